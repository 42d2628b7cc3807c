import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { routerContext } from '../../context.js';
import {
  connectionHref,
  connectionIdFromPath,
  DEFAULT_BASE_PATH,
  type PortalRouter,
} from '../../routing/router.js';
import { requestsPanel, selectRequests } from '../../state/selectors.js';
import { focusRingStyles } from '../../styles/shared.styles.js';
import { headingLevel, renderHeading } from '../base/heading.js';
import { BaseElement } from '../base/base-element.js';
import { ConnectionsProvider, TOAST_REGION } from '../provider/connections-provider.js';
import { portalStyles } from './connections-portal.styles.js';

// The parts of the elements inside, passed through so `connections-portal::part(…)` reaches them
// (no spaces: `exportparts` needs none). Renamed where a name would clash.
const REQUESTS_PARTS =
  'panel:requests-panel,placeholder:requests-placeholder,heading:requests-heading,' +
  'list:requests-list,request,app:request-app,icon:request-icon,requested-by,requested-at,' +
  'connect-link,connect-unavailable,note:requests-note';
const TABLE_PARTS =
  'table,row,app,icon,label,status,badge,manage-link,skeleton,empty,error,retry,search,' +
  'search-count,sort-button,no-match,clear-search';
const DETAIL_PARTS =
  'header,back-link,app-name,status,badge,refresh-button,revoke-button,contact-note,advice,' +
  'details,label,email,last-refreshed,loading,not-found,error,retry,dialog,dialog-title,' +
  'dialog-description,dialog-error,dialog-confirm,dialog-cancel';
export type RoutingMode = 'history' | 'none';

/** An empty `connection-id` is removed rather than written as `connection-id=""`. */
const optionalText = { toAttribute: (value: string) => value || null };

/**
 * A `connections-provider` that draws the page itself: it provides the API, the store and the
 * toasts, configured by the same attributes and properties (`api-base-url`, `workspace-id`,
 * `.getSessionToken`, `.api`, `.messages`).
 * With `routing="history"` (the default) Manage links are real links, a plain click pushes
 * `{base-path}/{id}`, back and forward work and a deep link renders its detail. With
 * `routing="none"` the URL is never touched: Manage switches the view and reflects `connection-id`.
 *
 * The parts of the elements it draws are passed through (all listed below), renamed where a name
 * would clash: the requests panel's as `requests-…` and `request-…`, the revoke dialog's as
 * `dialog-…`. The tokens of the elements it draws apply when set on the portal (custom properties
 * inherit); each of those elements lists the ones it reads. The tokens listed here are the portal's
 * own.
 *
 * @summary The whole Connections page: the heading, the Outstanding connection requests panel and the
 * connections table, or the detail of one connection, with routing, toasts and the revoke dialog.
 * One tag is all a host needs.
 *
 * @event connection-manage - Manage was activated; cancelable (route yourself). `{ connection }`
 * @event connections-back - "Back to Connections" was activated; cancelable (route yourself). With
 * `routing="none"` the portal clears `connection-id` unless it was cancelled. `{ connectionId }`
 * @event connection-refreshed - A refresh succeeded. `{ connection }`
 * @event connection-refresh-failed - A refresh failed. `{ connection, error }`
 * @event connection-revoked - A revoke succeeded. `{ connection }`
 * @event connection-revoke-failed - A revoke failed. `{ connection, error }`
 * @event connection-revoke-cancelled - The revoke dialog was closed with Keep connection or Escape. `{ connection }`
 * @event connection-status-changed - A status changed. `{ connection, previousStatus }`
 * @event connections-load-failed - The list or a detail could not load. `{ error }`
 * @event connection-request-connect - Connect on an outstanding request; cancelable. `{ request }`
 * @event connections-auth-required - A request stayed unauthorized after a fresh token. `{ error }`
 *
 * @csspart heading - The "Connections" heading.
 * @csspart requests-panel - The Outstanding connection requests panel (a `<section>`).
 * @csspart requests-placeholder - The panel's placeholder while the requests load for the first time.
 * @csspart requests-heading - The panel's heading.
 * @csspart requests-list - The list of requests.
 * @csspart request - One request (a list item).
 * @csspart request-app - A request's app name.
 * @csspart request-icon - A request's app icon, or its monogram.
 * @csspart requested-by - "Requested by …".
 * @csspart requested-at - When a request was made (holds a `<time>`).
 * @csspart connect-link - A request's Connect link.
 * @csspart connect-unavailable - "Connect link unavailable", shown instead of an unsafe link.
 * @csspart requests-note - "Only your agency can cancel a request that asked you to connect an app."
 * @csspart table - The connections table.
 * @csspart row - A row of the table (skeleton rows too).
 * @csspart app - A row's App cell.
 * @csspart icon - A row's app icon, or its letter.
 * @csspart label - A row's Label cell; in the detail, the label's value.
 * @csspart status - A row's Status cell; in the detail, the status badge and the actions beside it.
 * @csspart badge - A status badge: in a row, the badge itself (shape and word); in the detail, the
 * whole `connection-status-badge`, description included.
 * @csspart manage-link - A row's Manage link.
 * @csspart skeleton - A placeholder row while the list loads.
 * @csspart empty - The "No connections yet" block.
 * @csspart error - Why the list (or, in the detail, the connection) could not be loaded.
 * @csspart retry - The "Retry" button after a failed load (list or detail).
 * @csspart search - The table's search field (above `search-threshold` connections).
 * @csspart search-count - "{shown} of {total} connections".
 * @csspart sort-button - The button in a sortable column header.
 * @csspart no-match - "No connections match …" with Clear search.
 * @csspart clear-search - The "Clear search" button.
 * @csspart header - The detail's back link and app name.
 * @csspart back-link - "Back to Connections".
 * @csspart app-name - The detail's heading with the app name.
 * @csspart refresh-button - "Refresh credential" (detail).
 * @csspart revoke-button - "Revoke" (detail).
 * @csspart contact-note - "Contact your agency if this integration needs to be reconnected."
 * @csspart advice - What to do for the status (error, pending, revoked), in the detail.
 * @csspart details - The detail's `<dl>` of facts.
 * @csspart email - The external account email's value.
 * @csspart last-refreshed - The "Last refreshed" value (a `<time>`).
 * @csspart loading - The detail's placeholder while loading.
 * @csspart not-found - "Connection not found" and its note.
 * @csspart dialog - The revoke dialog (`<dialog>`).
 * @csspart dialog-title - "Revoke this connection?"
 * @csspart dialog-description - The dialog's explanation of the impact.
 * @csspart dialog-error - Why the revoke failed, inside the dialog.
 * @csspart dialog-confirm - "Revoke connection" (the revoke dialog).
 * @csspart dialog-cancel - "Keep connection" (the revoke dialog).
 * @csspart toast - A toast.
 * @csspart toast-title - A toast's title.
 * @csspart toast-detail - A toast's detail line.
 * @csspart dismiss - A toast's "Dismiss" button.
 *
 * @cssproperty [--pc-font-family=inherit] - Font family; the page's by default.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of small secondary text (none drawn here).
 * @cssproperty [--pc-font-size-lg=1.25rem] - The heading's base size (it is drawn 1.2 times larger).
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Small secondary text (shared host styles; none drawn here).
 * @cssproperty [--pc-color-focus=light-dark(#0969da, #4493f8)] - Focus ring of the heading (focused on a change of view).
 * @cssproperty [--pc-space-4=1rem] - Space below the heading and between the panels.
 */
export class ConnectionsPortal extends ConnectionsProvider {
  static override styles = [...BaseElement.styles, focusRingStyles, portalStyles];

  static override get properties(): PropertyDeclarations {
    return {
      basePath: { attribute: 'base-path' },
      routing: {},
      connectionId: {
        attribute: 'connection-id',
        reflect: true,
        useDefault: true,
        converter: optionalText,
      },
      searchThreshold: { type: Number, attribute: 'search-threshold' },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /**
   * The router of the elements inside (`routerContext`). With `routing="history"` the URL is the
   * truth: Manage pushes `{base-path}/{id}`, back and forward re-render, and a deep link shows its
   * detail on first load. With `routing="none"` the URL is never read nor touched: only
   * `connection-id` changes.
   */
  private router: PortalRouter = {
    hrefFor: (connectionId) => connectionHref(this.basePath, connectionId),
    navigate: (connectionId) => {
      if (this.routing === 'history') {
        const href = this.router.hrefFor(connectionId);
        if (location.pathname !== href) history.pushState(history.state, '', href);
      }
      this.showView(connectionId ?? '', true);
    },
  };
  private routerProvider = new ContextProvider(this, {
    context: routerContext,
    initialValue: this.router,
  });
  private readonly onPopState = () => this.syncFromLocation(true); // back and forward
  /** Set when the user changed the view, so focus follows them (not on first load). */
  private moveFocusAfterRender = false;
  /** The connection shown before the last change of view. */
  private previousConnectionId = '';
  /** Stops re-rendering for the store (its own: as a provider, it cannot consume it). */
  private stopWatchingStore?: () => void;

  /** Where the page lives; detail URLs are `{base-path}/{encodeURIComponent(id)}`. */
  basePath = DEFAULT_BASE_PATH;

  /** `history`: real links, pushState, back/forward, deep links. `none`: the URL is never touched. */
  routing: RoutingMode = 'history';

  /**
   * The connection shown in detail; empty shows the list. With `routing="none"` the host may set it.
   * Reflected once the portal changes it (Manage, Back, a deep link), never as its empty default, and
   * removed rather than written empty: an upgrade leaves the server's HTML as it was.
   */
  connectionId = '';

  /** Above this many connections the table shows a search field and sortable headers (default 10). */
  searchThreshold = 10;

  /** The level of the "Connections" heading (1–6); 2 by default, under the host page's own title. */
  headingLevel = 2;

  /**
   * Re-renders when the store changes, to know when the requests panel has loaded. The provider
   * creates the store as it connects and keeps it (a new workspace resets it) until it disconnects.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingStore = this.store?.subscribe(() => this.requestUpdate());
    this.listenToHistory();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingStore?.();
    removeEventListener('popstate', this.onPopState);
  }

  /** With `routing="history"`: follows back and forward, and shows what the URL points at. */
  private listenToHistory(): void {
    if (this.routing !== 'history') return;
    addEventListener('popstate', this.onPopState);
    this.syncFromLocation(false);
  }

  private syncFromLocation(byUser: boolean): void {
    // Any URL that is not `{base-path}/{id}` shows the list (DESIGN.md, `base-path`).
    this.showView(connectionIdFromPath(this.basePath, location.pathname) ?? '', byUser);
  }

  private showView(connectionId: string, byUser: boolean): void {
    if (connectionId === this.connectionId) return;
    this.connectionId = connectionId;
    if (byUser) this.moveFocusAfterRender = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('routing') && changed.get('routing') !== undefined) {
      removeEventListener('popstate', this.onPopState);
      if (this.isConnected) this.listenToHistory();
    }
    if (changed.has('basePath')) this.routerProvider.setValue(this.router, true);
    if (changed.has('connectionId')) this.previousConnectionId = changed.get('connectionId') ?? '';
  }

  protected override updated(): void {
    if (!this.moveFocusAfterRender) return;
    this.moveFocusAfterRender = false;
    void this.focusView(this.previousConnectionId);
  }

  /**
   * Moves focus into the new view, so keyboard and screen-reader users land in it: the detail's
   * heading, or back on the list, the Manage link they left from (else the list's heading).
   */
  private async focusView(cameFrom: string): Promise<void> {
    const detail = this.renderRoot.querySelector('connection-detail');
    if (detail) {
      await detail.updateComplete;
      detail.shadowRoot?.querySelector<HTMLElement>('[part~="app-name"]')?.focus();
      return;
    }
    const table = this.renderRoot.querySelector('connections-table');
    await table?.updateComplete;
    const href = CSS.escape(this.router.hrefFor(cameFrom));
    const link = cameFrom
      ? table?.shadowRoot?.querySelector<HTMLElement>(`a[part~="manage-link"][href="${href}"]`)
      : null;
    (link ?? this.renderRoot.querySelector<HTMLElement>('[part~="heading"]'))?.focus();
  }

  /**
   * The heading, the requests panel and the table. The panel shows its placeholder until the
   * requests have loaded (with no store yet, as on a server, too), and while it does the table
   * keeps its own: the panel appears above the table, and rows must not move once the user can
   * click them. With nothing to show, the panel is hidden, margin and all.
   */
  private renderList(level: number): TemplateResult {
    const heading = { part: 'heading', className: 'heading', focusable: true };
    const panel = this.store ? requestsPanel(selectRequests(this.store.state)) : 'placeholder';
    return html`${renderHeading(level, heading, this.provider.messages.pageTitle)}
      <connection-requests
        exportparts=${REQUESTS_PARTS}
        ?hidden=${panel === 'none'}
        heading-level=${Math.min(level + 1, 6)}
      ></connection-requests>
      <connections-table
        exportparts=${TABLE_PARTS}
        base-path=${this.basePath}
        ?hold-placeholder=${panel === 'placeholder'}
        search-threshold=${this.searchThreshold}
      ></connections-table>`;
  }

  override render(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    return html`${
      this.connectionId
        ? html`<connection-detail
            exportparts=${DETAIL_PARTS}
            connection-id=${this.connectionId}
            base-path=${this.basePath}
            heading-level=${level}
          ></connection-detail>`
        : this.renderList(level)
    }
    ${TOAST_REGION}`;
  }
}
