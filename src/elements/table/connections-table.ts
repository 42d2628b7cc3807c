import { ContextConsumer } from '@lit/context';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Connection } from '../../api/types.js';
import { routerContext } from '../../context.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import { connectionHref, DEFAULT_BASE_PATH, isModifiedClick } from '../../routing/router.js';
import { StoreController } from '../../state/store-controller.js';
import {
  buttonStyles,
  focusRingStyles,
  skeletonStyles,
  visuallyHiddenStyles,
} from '../../styles/shared.styles.js';
import { safeHref } from '../../utils/url-policy.js';
import { AppIconController, appIconStyles } from '../app-icon/app-icon.js';
import { renderStatusMark } from '../badge/status-mark.js';
import { statusMarkStyles } from '../badge/status-mark.styles.js';
import { BaseElement } from '../base/base-element.js';
import { tableStyles } from './connections-table.styles.js';
import {
  renderEmpty,
  renderError,
  renderHead,
  renderNoMatch,
  renderSearch,
  renderSpacer,
  skeletonRows,
} from './table-parts.js';
import { RowWindow } from './row-window.js';
import { filterConnections, nextSort, sortConnections, type Sort } from './table-view.js';

/**
 * The connections of the current workspace: App, Label, Status and a Manage link per row, in the
 * server's order. Reads the provider's store, so a refresh or revoke made anywhere updates the
 * row's badge without a reload. Shows skeleton rows while the list first loads, "No connections
 * yet" when there are none, and the failure with a Retry button when the list cannot be loaded.
 *
 * Manage is a real link to `{base-path}/{id}` (or the portal router's URL), so opening it in a new
 * tab works; a plain click asks first with the cancelable `connection-manage`, then lets the router
 * (when there is one) show the detail without a page load.
 *
 * Each row draws its status in this element's own shadow root (the same pill, shape and word as
 * `connection-status-badge`, without an element per row), with the `--pc-status-*` tokens.
 *
 * Past 100 connections only the rows near the viewport are in the DOM (spacer rows hold the rest of
 * the height); the table keeps `aria-rowcount` and each row its `aria-rowindex`, and the rows around
 * the focused Manage link stay drawn, so Tab walks every row. Find-in-page only finds drawn rows:
 * above `search-threshold` connections (default 10) a search field filters by app name, label and
 * status word, and the App, Label and Status headers sort.
 *
 * @summary The list of connections: App, Label, Status, Actions.
 *
 * @event connection-manage - Manage was clicked (not with a modifier key). Cancelable:
 * preventDefault() to route yourself; the link then does nothing. `detail: { connection }`.
 * @event connections-load-failed - The list could not be loaded; once per failed load.
 * `detail: { error }`.
 *
 * @csspart table - The table.
 * @csspart row - A row of the table (skeleton rows too).
 * @csspart app - The App cell.
 * @csspart icon - The app's icon, or the letter shown when it has none.
 * @csspart label - The Label cell.
 * @csspart status - The Status cell.
 * @csspart badge - The status mark inside the Status cell (drawn here, like the badge element's).
 * @csspart manage-link - The Manage link.
 * @csspart skeleton - A placeholder row shown while loading.
 * @csspart empty - The "No connections yet" block.
 * @csspart error - The failure block.
 * @csspart retry - The Retry button.
 * @csspart search - The search field (above `search-threshold` connections).
 * @csspart search-count - "{shown} of {total} connections", announced politely.
 * @csspart sort-button - The button in the App, Label and Status headers (above the threshold).
 * @csspart no-match - "No connections match …" with its Clear search button.
 * @csspart clear-search - The "Clear search" button.
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of headers, notes and buttons.
 * @cssproperty [--pc-font-size-md=1rem] - Size of the rows.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of headers, app names and the link.
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Colour of headers and notes.
 * @cssproperty [--pc-color-surface=light-dark(#ffffff, #0d1117)] - Background of the Retry button.
 * @cssproperty [--pc-color-surface-hover=light-dark(#f3f4f6, #21262d)] - Skeleton blocks, the app letter, hovered button.
 * @cssproperty [--pc-color-border=light-dark(#6e7781, #6e7681)] - Row rules and borders.
 * @cssproperty [--pc-color-accent=light-dark(#0969da, #4493f8)] - The Manage link.
 * @cssproperty [--pc-color-accent-hover=light-dark(#0550ae, #79b8ff)] - The hovered Manage link.
 * @cssproperty [--pc-color-on-accent=light-dark(#ffffff, #0d1117)] - Text of primary buttons (shared button styles; none drawn here).
 * @cssproperty [--pc-color-danger=light-dark(#cf222e, #f85149)] - Stripe of the failure block.
 * @cssproperty [--pc-color-danger-hover=light-dark(#a40e26, #ff7b72)] - Hovered danger buttons (none drawn here).
 * @cssproperty [--pc-color-on-danger=light-dark(#ffffff, #0d1117)] - Text of danger buttons (none drawn here).
 * @cssproperty [--pc-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssproperty [--pc-radius=6px] - Corner radius.
 * @cssproperty [--pc-space-1=0.25rem] - Small gaps.
 * @cssproperty [--pc-space-2=0.5rem] - Cell padding (block).
 * @cssproperty [--pc-space-3=0.75rem] - Cell padding (inline).
 * @cssproperty [--pc-space-4=1rem] - Padding of the empty and failure blocks.
 * @cssproperty [--pc-disabled-opacity=0.6] - Disabled buttons (shared button styles; none drawn here).
 * @cssproperty [--pc-status-active-bg=light-dark(#dafbe1, #0f2e1b)] - Background of an active status.
 * @cssproperty [--pc-status-active-fg=light-dark(#116329, #56d364)] - Text of an active status.
 * @cssproperty [--pc-status-error-bg=light-dark(#ffebe9, #3a1216)] - Background of an error status.
 * @cssproperty [--pc-status-error-fg=light-dark(#a40e26, #ff9492)] - Text of an error status.
 * @cssproperty [--pc-status-pending-bg=light-dark(#fff8c5, #2e2408)] - Background of a pending status.
 * @cssproperty [--pc-status-pending-fg=light-dark(#7d4e00, #e3b341)] - Text of a pending status.
 * @cssproperty [--pc-status-revoked-bg=light-dark(#eaeef2, #21262d)] - Background of a revoked status.
 * @cssproperty [--pc-status-revoked-fg=light-dark(#424a53, #c9d1d9)] - Text of a revoked status.
 * @cssproperty [--pc-status-unknown-bg=light-dark(#f6f8fa, #161b22)] - Background of an unknown status.
 * @cssproperty [--pc-status-unknown-fg=light-dark(#59636e, #9198a1)] - Text of an unknown status.
 */
export class ConnectionsTable extends BaseElement {
  static override styles = [
    ...BaseElement.styles,
    visuallyHiddenStyles,
    focusRingStyles,
    buttonStyles,
    skeletonStyles,
    appIconStyles,
    statusMarkStyles,
    tableStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      basePath: { attribute: 'base-path' },
      holdPlaceholder: { type: Boolean, attribute: 'hold-placeholder' },
      searchThreshold: { type: Number, attribute: 'search-threshold' },
      query: { state: true, attribute: false },
      sort: { state: true, attribute: false },
    };
  }

  private store = new StoreController(this, { shows: () => ({ list: true }) });
  private i18n = new MessagesController(this);
  private router = new ContextConsumer(this, { context: routerContext, subscribe: true });
  private appIcon = new AppIconController(this);
  private rowWindow = new RowWindow(this);

  /** Where the detail pages live, when no router is provided: links go to `{base-path}/{id}`. */
  basePath = DEFAULT_BASE_PATH;

  /**
   * Keeps the loading placeholder after the list has loaded. A layout sets it while something above
   * the table is still loading, so that rows never move once they are shown (the portal sets it
   * until the requests panel has loaded). A failed load still shows its error.
   */
  holdPlaceholder = false;

  /** Above this many connections, a search field shows and the headers sort (default 10). */
  searchThreshold = 10;

  private query = '';
  private sort?: Sort;

  protected override willUpdate(): void {
    // Before rendering, so the 'loading' it sets is part of this update, not another one.
    if (this.store.list.status === 'idle') void this.store.value?.loadConnections();
  }

  protected override updated(): void {
    const list = this.store.list;
    if (list.status === 'error') this.reportLoadFailure(list.error);
    if (list.status === 'ready') this.reportLoadFailure(list.leftOut);
  }

  private onManageClick(event: MouseEvent, connection: Connection): void {
    if (isModifiedClick(event)) return;
    const allowed = this.emit('connection-manage', { connection });
    const router = this.router.value;
    if (!allowed || router) event.preventDefault();
    if (allowed) router?.navigate(connection.id);
  }

  /** Retry; a second click while the list loads again (a double click) is not a second request. */
  private retry(): void {
    if (this.store.list.status !== 'loading') void this.store.value?.reloadConnections();
  }

  private clearSearch(): void {
    this.query = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  private renderRow(connection: Connection, index: number) {
    const m = this.i18n.messages;
    const { id, app, label } = connection;
    const router = this.router.value;
    // An empty id has no detail URL (it would be the list's own). A link with no href would drop
    // out of the tab order silently: without a safe URL there is no link.
    const href = id && safeHref(router ? router.hrefFor(id) : connectionHref(this.basePath, id));
    const manage = href
      ? html`<a
          part="manage-link"
          class="manage-link"
          href=${href}
          @click=${(event: MouseEvent) => this.onManageClick(event, connection)}
          @focus=${() => this.rowWindow.focus(index)}
          >${m.manage}<span class="visually-hidden"> ${m.manageContext(app.name, label)}</span></a
        >`
      : nothing;
    return html`<tr part="row" role="row" aria-rowindex=${index + 2}>
      <td part="app" role="cell" class="cell-app">
        <span class="app"
          >${this.appIcon.render(app)}<span class="app-name">${app.name}</span></span
        >
      </td>
      <td part="label" role="cell" class="cell-label">${label}</td>
      <td part="status" role="cell" class="cell-status">
        ${renderStatusMark(connection.status, m)}
      </td>
      <td role="cell" class="cell-actions">${manage}</td>
    </tr>`;
  }

  /** The drawn rows between spacers holding the height of those not drawn. */
  private renderRows(connections: readonly Connection[]) {
    const [first, end, before, after] = this.rowWindow.slice(connections.length);
    return html`${renderSpacer(before)}${repeat(
      connections.slice(first, end),
      (connection) => connection.id,
      (connection, i) => this.renderRow(connection, first + i),
    )}${renderSpacer(after)}`;
  }

  /** The table; skeleton rows while the first list loads (`busy` with no connections). */
  private renderTable(connections: readonly Connection[], busy: boolean, sortable?: boolean) {
    const m = this.i18n.messages;
    const skeleton = busy && connections.length === 0;
    return html`${skeleton ? html`<p class="visually-hidden">${m.loading}</p>` : nothing}
      <table
        part="table"
        role="table"
        aria-label=${m.tableLabel}
        aria-busy=${busy}
        aria-rowcount=${skeleton ? nothing : connections.length + 1}
      >
        ${renderHead(
          m,
          sortable ? (key) => (this.sort = nextSort(this.sort, key)) : undefined,
          this.sort,
        )}
        <tbody role="rowgroup">
          ${skeleton ? skeletonRows : this.renderRows(connections)}
        </tbody>
      </table>`;
  }

  /**
   * The list: above `search-threshold` connections, searched and sorted, with the search field;
   * else exactly the API's.
   */
  private renderList(all: readonly Connection[], busy: boolean): TemplateResult {
    const threshold = Number.isFinite(this.searchThreshold) ? this.searchThreshold : 10;
    if (all.length <= threshold) return this.renderTable(all, busy);
    const { messages: m, lang } = this.i18n;
    const shown = sortConnections(filterConnections(all, this.query, m), this.sort, lang);
    return html`${renderSearch(m, lang, this.query, shown.length, all.length, (value) => {
      this.query = value;
    })}${
      shown.length
        ? this.renderTable(shown, busy, true)
        : renderNoMatch(m, this.query, () => this.clearSearch())
    }`;
  }

  override render() {
    const list = this.store.list;
    const rows = list.connections;
    const m = this.i18n.messages;
    if (list.status === 'error') {
      return html`${renderError(m, list.error, () => this.retry())}${
        rows.length ? this.renderList(rows, false) : nothing
      }`;
    }
    if (!this.holdPlaceholder && rows.length) return this.renderList(rows, list.status !== 'ready');
    return list.status === 'ready' && !this.holdPlaceholder
      ? renderEmpty(m)
      : this.renderTable([], true);
  }
}
