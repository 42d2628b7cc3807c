import { ContextConsumer } from '@lit/context';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Connection } from '../../api/types.js';
import { errorText } from '../../i18n/error-text.js';
import { routerContext } from '../../context.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import { connectionHref, DEFAULT_BASE_PATH, isModifiedClick } from '../../routing/router.js';
import type { ListView } from '../../state/selectors.js';
import { StoreController } from '../../state/store-controller.js';
import { buttonStyles, focusRingStyles, visuallyHiddenStyles } from '../../styles/shared.styles.js';
import { safeHref } from '../../utils/url-policy.js';
import { BaseElement } from '../base/base-element.js';
import { tableStyles } from './connections-table.styles.js';
import { AppIconController, appIconStyles } from '../app-icon/app-icon.js';

/** How many placeholder rows hold the table's place while the first list loads. */
const SKELETON_ROWS = 3;

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
 * The status badge in each row reads its own tokens (`--pc-status-*`; see its list), which apply
 * when set on this element or an ancestor.
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
 * @csspart badge - The status badge inside the Status cell (exported from the badge).
 * @csspart manage-link - The Manage link.
 * @csspart skeleton - A placeholder row shown while loading.
 * @csspart empty - The "No connections yet" block.
 * @csspart error - The failure block.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of headers, notes and buttons.
 * @cssproperty [--pc-font-size-md=1rem] - Size of the rows.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of headers, app names and the link.
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=#1f2328] - Text colour.
 * @cssproperty [--pc-color-text-muted=#59636e] - Colour of headers and notes.
 * @cssproperty [--pc-color-surface=#ffffff] - Background of the Retry button.
 * @cssproperty [--pc-color-surface-hover=#f3f4f6] - Skeleton blocks, the app letter, hovered button.
 * @cssproperty [--pc-color-border=#6e7781] - Row rules and borders.
 * @cssproperty [--pc-color-accent=#0969da] - The Manage link.
 * @cssproperty [--pc-color-accent-hover=#0550ae] - The hovered Manage link.
 * @cssproperty [--pc-color-on-accent=#ffffff] - Text of primary buttons (shared button styles; none drawn here).
 * @cssproperty [--pc-color-danger=#cf222e] - Stripe of the failure block.
 * @cssproperty [--pc-color-danger-hover=#a40e26] - Hovered danger buttons (none drawn here).
 * @cssproperty [--pc-color-on-danger=#ffffff] - Text of danger buttons (none drawn here).
 * @cssproperty [--pc-color-focus=#0969da] - Focus ring.
 * @cssproperty [--pc-radius=6px] - Corner radius.
 * @cssproperty [--pc-space-1=0.25rem] - Small gaps.
 * @cssproperty [--pc-space-2=0.5rem] - Cell padding (block).
 * @cssproperty [--pc-space-3=0.75rem] - Cell padding (inline).
 * @cssproperty [--pc-space-4=1rem] - Padding of the empty and failure blocks.
 * @cssproperty [--pc-disabled-opacity=0.6] - Disabled buttons (shared button styles; none drawn here).
 */
export class ConnectionsTable extends BaseElement {
  static override styles = [
    ...BaseElement.styles,
    visuallyHiddenStyles,
    focusRingStyles,
    buttonStyles,
    appIconStyles,
    tableStyles,
  ];

  private store = new StoreController(this, { shows: () => ({ list: true }) });
  private i18n = new MessagesController(this);
  private router = new ContextConsumer(this, { context: routerContext, subscribe: true });
  private appIcon = new AppIconController(this);

  /** Where the detail pages live, when no router is provided: links go to `{base-path}/{id}`. */
  @property({ attribute: 'base-path' }) basePath = DEFAULT_BASE_PATH;

  /**
   * Keeps the loading placeholder after the list has loaded. A layout sets it while something above
   * the table is still loading, so that rows never move once they are shown (the portal sets it
   * until the requests panel has loaded). A failed load still shows its error.
   */
  @property({ type: Boolean, attribute: 'hold-placeholder' }) holdPlaceholder = false;

  protected override updated(): void {
    const list = this.store.list;
    if (list.status === 'idle') void this.store.value?.loadConnections();
    if (list.status === 'error') this.reportLoadFailure(list.error);
  }

  private hrefFor(id: string): string | undefined {
    const router = this.router.value;
    const href = router ? router.hrefFor(id) : connectionHref(this.basePath, id);
    return safeHref(href);
  }

  private onManageClick(event: MouseEvent, connection: Connection): void {
    if (isModifiedClick(event)) return;
    const allowed = this.emit('connection-manage', { connection });
    const router = this.router.value;
    if (!allowed) {
      event.preventDefault();
      return;
    }
    if (router) {
      event.preventDefault();
      router.navigate(connection.id);
    }
  }

  private renderHead() {
    const m = this.i18n.messages;
    return html`<colgroup>
        <col class="col-app" />
        <col class="col-label" />
        <col class="col-status" />
        <col class="col-actions" />
      </colgroup>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${m.columnApp}</th>
          <th role="columnheader" scope="col">${m.columnLabel}</th>
          <th role="columnheader" scope="col">${m.columnStatus}</th>
          <th role="columnheader" scope="col">${m.columnActions}</th>
        </tr>
      </thead>`;
  }

  private renderManage(connection: Connection) {
    const m = this.i18n.messages;
    // An empty id has no detail URL (it would be the list's own): no link rather than a dead one.
    const href = connection.id ? this.hrefFor(connection.id) : undefined;
    // A link with no href would drop out of the tab order silently; without a safe URL there is no link.
    if (href === undefined) return nothing;
    return html`<a
      part="manage-link"
      class="manage-link"
      href=${href}
      @click=${(event: MouseEvent) => this.onManageClick(event, connection)}
      >${m.manage}<span class="visually-hidden">
        ${m.manageContext(connection.app.name, connection.label)}</span
      ></a
    >`;
  }

  private renderRow(connection: Connection) {
    return html`<tr part="row" role="row">
      <td part="app" role="cell" class="cell-app">
        <span class="app"
          >${this.appIcon.render(connection.app)}<span class="app-name"
            >${connection.app.name}</span
          ></span
        >
      </td>
      <td part="label" role="cell" class="cell-label">${connection.label}</td>
      <td part="status" role="cell" class="cell-status">
        <connection-status-badge
          exportparts="badge"
          status=${connection.status}
        ></connection-status-badge>
      </td>
      <td role="cell" class="cell-actions">${this.renderManage(connection)}</td>
    </tr>`;
  }

  private renderSkeletonRows() {
    return Array.from(
      { length: SKELETON_ROWS },
      () =>
        html`<tr part="row skeleton" role="row" class="skeleton">
          <td role="cell" class="cell-app"><span class="bone bone--app"></span></td>
          <td role="cell" class="cell-label"><span class="bone"></span></td>
          <td role="cell" class="cell-status"><span class="bone bone--status"></span></td>
          <td role="cell" class="cell-actions"><span class="bone bone--manage"></span></td>
        </tr>`,
    );
  }

  private renderTable(connections: readonly Connection[], busy: boolean) {
    const skeleton = busy && connections.length === 0;
    return html`${
        skeleton ? html`<p class="visually-hidden">${this.i18n.messages.loading}</p>` : nothing
      }
      <table
        part="table"
        role="table"
        aria-label=${this.i18n.messages.tableLabel}
        aria-busy=${busy ? 'true' : 'false'}
      >
        ${this.renderHead()}
        <tbody role="rowgroup">
          ${
            skeleton
              ? this.renderSkeletonRows()
              : repeat(
                  connections,
                  (connection) => connection.id,
                  (connection) => this.renderRow(connection),
                )
          }
        </tbody>
      </table>`;
  }

  private renderEmpty() {
    const m = this.i18n.messages;
    return html`<div part="empty" class="empty">
      <p class="empty-title">${m.emptyTitle}</p>
      <p class="empty-note">${m.emptyNote}</p>
    </div>`;
  }

  private renderError(error: ListView['error']) {
    const m = this.i18n.messages;
    return html`<div part="error" class="error">
      <p>${m.listLoadFailed} ${errorText(error, m)}</p>
      <button part="retry" class="button" type="button" @click=${this.retry}>${m.retry}</button>
    </div>`;
  }

  /** Retry; a second click while the list loads again (a double click) is not a second request. */
  private retry(): void {
    if (this.store.list.status !== 'loading') void this.store.value?.reloadConnections();
  }

  override render() {
    const list = this.store.list;
    const rows = list.connections;
    if (list.status === 'error') {
      return html`${this.renderError(list.error)}${
        rows.length ? this.renderTable(rows, false) : nothing
      }`;
    }
    if (this.holdPlaceholder) return this.renderTable([], true);
    if (list.status === 'ready' && rows.length === 0) return this.renderEmpty();
    return this.renderTable(rows, list.status !== 'ready');
  }
}
