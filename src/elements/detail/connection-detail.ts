import { ContextConsumer } from '@lit/context';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { Connection } from '../../api/types.js';
import { routerContext } from '../../context.js';
import { errorText } from '../../i18n/error-text.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import { connectionHref, DEFAULT_BASE_PATH, isModifiedClick } from '../../routing/router.js';
import type { DetailView } from '../../state/selectors.js';
import type { PendingAction } from '../../state/store-state.js';
import { StoreController } from '../../state/store-controller.js';
import {
  buttonStyles,
  focusRingStyles,
  skeletonStyles,
  visuallyHiddenStyles,
} from '../../styles/shared.styles.js';
import { deepActiveElement } from '../../utils/focus.js';
import { safeHref } from '../../utils/url-policy.js';
import { ActionController } from '../base/action-controller.js';
import { BaseElement } from '../base/base-element.js';
import { renderHeading } from '../base/heading.js';
import type { RevokeDialog } from '../revoke-dialog/revoke-dialog.js';
import { connectionDetailStyles } from './connection-detail.styles.js';
import { renderActions, renderFacts, renderSkeleton } from './detail-parts.js';

/** The revoke dialog's parts, renamed so they cannot be confused with the detail's own. */
const DIALOG_PARTS =
  'dialog,title:dialog-title,description:dialog-description,error:dialog-error,' +
  'confirm:dialog-confirm,cancel:dialog-cancel';

/**
 * One connection (the page at `/portal/connections/{connectionId}`): the app name, the status badge
 * with its description and the help page's advice, the label, and when available the external
 * account email and "Last refreshed". Next to the status: "Refresh credential" (only when the
 * connection can be refreshed; otherwise the line "Contact your agency if this integration needs to
 * be reconnected.") and "Revoke" (hidden once revoked), which opens a `revoke-dialog`.
 *
 * It reads and acts through the store of the `connections-provider` (or `connections-portal`) above
 * it, loading the connection when `connection-id` changes or the workspace changes. Without a
 * provider it shows its loading placeholder. It renders the revoke dialog under the tag name
 * `revoke-dialog`, which must be registered (the define entry does).
 *
 * The app name is a heading with `tabindex="-1"`, so a router can move focus to it.
 *
 * The status badge and the revoke dialog inside read their own tokens (`--pc-status-*`,
 * `--pc-shadow`, …; see their lists), which apply when set on this element or an ancestor.
 *
 * @summary A connection's health, with Refresh credential and Revoke.
 *
 * @event connections-back - "Back to Connections" was clicked (not with a modifier key).
 * Cancelable: prevent it to route yourself. `detail: { connectionId }`.
 * @event connection-refreshed - The refresh succeeded. `detail: { connection }` (as fetched afterwards).
 * @event connection-refresh-failed - The refresh failed. `detail: { connection, error }`; the
 * connection is what the server says after the failure.
 * @event connection-status-changed - A refresh (successful or not) left the connection with another
 * status than before. `detail: { connection, previousStatus }`. The revoke dialog fires its own.
 * @event connections-load-failed - The connection could not be loaded (including not found), once
 * per failure. `detail: { error }`.
 * @event connection-revoked - From the revoke dialog inside: the revoke succeeded.
 * @event connection-revoke-failed - From the revoke dialog inside: the revoke failed.
 * @event connection-revoke-cancelled - From the revoke dialog inside: "Keep connection" or Escape.
 *
 * @csspart header - The back link and the app name.
 * @csspart back-link - "Back to Connections".
 * @csspart app-name - The heading with the app name.
 * @csspart status - The status badge and the actions next to it.
 * @csspart badge - The `connection-status-badge` (with its description).
 * @csspart refresh-button - "Refresh credential".
 * @csspart revoke-button - "Revoke".
 * @csspart contact-note - "Contact your agency if this integration needs to be reconnected."
 * @csspart advice - What to do for the status (error, pending, revoked).
 * @csspart details - The `<dl>` of facts.
 * @csspart label - The label's value.
 * @csspart email - The external account email's value.
 * @csspart last-refreshed - The "Last refreshed" value (a `<time>`).
 * @csspart loading - The placeholder while loading.
 * @csspart not-found - "Connection not found" and its note.
 * @csspart error - Why the connection could not be loaded.
 * @csspart retry - The "Retry" button after a failed load.
 * @csspart dialog - The revoke dialog (`<dialog>`).
 * @csspart dialog-title - "Revoke this connection?"
 * @csspart dialog-description - The dialog's explanation of the impact.
 * @csspart dialog-error - Why the revoke failed, inside the dialog.
 * @csspart dialog-confirm - "Revoke connection".
 * @csspart dialog-cancel - "Keep connection".
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-lg=1.25rem] - Size of the app name.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of the advice, the note, the back link, buttons.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of the app name, the fact names, the buttons.
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Colour of the advice and the contact note.
 * @cssproperty [--pc-color-surface=light-dark(#ffffff, #0d1117)] - Background of the Retry button.
 * @cssproperty [--pc-color-border=light-dark(#6e7781, #6e7681)] - Border of the buttons.
 * @cssproperty [--pc-color-accent=light-dark(#0969da, #4493f8)] - "Refresh credential" and the back link.
 * @cssproperty [--pc-color-accent-hover=light-dark(#0550ae, #79b8ff)] - The hovered "Refresh credential" and back link.
 * @cssproperty [--pc-color-on-accent=light-dark(#ffffff, #0d1117)] - Text of "Refresh credential".
 * @cssproperty [--pc-color-danger=light-dark(#cf222e, #f85149)] - "Revoke".
 * @cssproperty [--pc-color-danger-hover=light-dark(#a40e26, #ff7b72)] - The hovered "Revoke".
 * @cssproperty [--pc-color-on-danger=light-dark(#ffffff, #0d1117)] - Text of "Revoke".
 * @cssproperty [--pc-color-surface-hover=light-dark(#f3f4f6, #21262d)] - The loading placeholder; the hovered Retry.
 * @cssproperty [--pc-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssproperty [--pc-radius=6px] - Corner radius of the buttons and the placeholder's lines.
 * @cssproperty [--pc-space-1=0.25rem] - Block padding of the buttons.
 * @cssproperty [--pc-space-2=0.5rem] - Gaps between the actions and between the facts.
 * @cssproperty [--pc-space-3=0.75rem] - Gap between the status and the actions; space below the
 * back link and the app name; inline padding of the buttons.
 * @cssproperty [--pc-space-4=1rem] - Space below the advice; gap between a fact and its value.
 * @cssproperty [--pc-disabled-opacity=0.6] - Opacity of the buttons while an action is in flight.
 */
export class ConnectionDetail extends BaseElement {
  static override styles = [
    ...BaseElement.styles,
    buttonStyles,
    focusRingStyles,
    visuallyHiddenStyles,
    skeletonStyles,
    connectionDetailStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      connectionId: { attribute: 'connection-id' },
      basePath: { attribute: 'base-path' },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  private store = new StoreController(this, {
    shows: () => (this.connectionId ? { id: this.connectionId } : undefined),
  });
  private i18n = new MessagesController(this);
  private actions = new ActionController(this, this.store, () => this.i18n.messages);
  private router = new ContextConsumer(this, { context: routerContext, subscribe: true });
  /** After Retry, where focus goes once the answer is shown (Retry itself is gone meanwhile). */
  private focusAfterLoad = false;

  /** The id of the connection to show. */
  connectionId?: string;

  /** Where "Back to Connections" points when no router is above: the list's path. */
  basePath = DEFAULT_BASE_PATH;

  /** The level of the app name's heading, 1 to 6 (default 2), to fit the host page's outline. */
  headingLevel = 2;

  private get dialog(): RevokeDialog | null {
    return this.renderRoot.querySelector('revoke-dialog');
  }

  /** The control that had focus before this update, when it was one of ours. */
  private focusedBefore?: Element;

  protected override willUpdate(): void {
    const active = deepActiveElement();
    this.focusedBefore = active && this.shadowRoot?.contains(active) ? active : undefined;
    // Before rendering, so the 'loading' it sets is part of this update, not another one.
    const id = this.connectionId;
    if (id && this.store.detail(id).status === 'idle') void this.store.value?.getConnection(id);
  }

  protected override updated(): void {
    const id = this.connectionId;
    if (!id) return;
    const view = this.store.detail(id);
    if (view.status === 'error' || view.status === 'not-found') this.reportLoadFailure(view.error);
    if (this.focusAfterLoad && view.status !== 'loading') {
      this.focusAfterLoad = false;
      this.focusFirst('[part="app-name"], .message-title, [part="retry"]');
    } else if (this.focusedBefore && !this.focusedBefore.isConnected) {
      // An update removed the focused control (another tab revoked it: Revoke is gone).
      this.focusFirst('[part="app-name"], .message-title');
    }
    this.focusedBefore = undefined;
  }

  private focusFirst(selector: string): void {
    this.shadowRoot!.querySelector<HTMLElement>(selector)?.focus();
  }

  private view(): DetailView {
    return this.connectionId ? this.store.detail(this.connectionId) : { status: 'idle' };
  }

  /** Asks first with the cancelable `connections-back`, then lets the router (or the link) go. */
  private onBack(event: MouseEvent): void {
    if (isModifiedClick(event)) return;
    const allowed = this.emit('connections-back', { connectionId: this.connectionId ?? '' });
    const router = this.router.value;
    if (!allowed || router) event.preventDefault();
    if (allowed) router?.navigate(null);
  }

  /** Retry, from the error state only: a second click while it loads again is not a second request. */
  private retry(): void {
    if (!this.connectionId || this.view().status !== 'error') return;
    this.focusAfterLoad = true;
    void this.store.value?.getConnection(this.connectionId, { force: true });
  }

  private async refresh(connection: Connection): Promise<void> {
    if (this.store.pendingAction(connection.id)) return;
    const button = this.shadowRoot!.querySelector<HTMLElement>('[part="refresh-button"]');
    const hadFocus = deepActiveElement() === button;
    await this.actions.run('refresh', connection);
    // The button was disabled while busy, which drops focus: give it back.
    await this.updateComplete;
    if (hadFocus) this.focusFirst('[part="refresh-button"]');
  }

  /** Opens the dialog (drawn with the connection), focus to return to the Revoke button. */
  private openRevoke(event: Event): void {
    this.dialog?.show(event.currentTarget as HTMLElement);
  }

  /** The Revoke button is gone once revoked: focus goes to the heading, before the status. */
  private async onRevoked(): Promise<void> {
    await this.updateComplete;
    this.focusFirst('[part="app-name"]');
  }

  private renderBackLink(): TemplateResult | typeof nothing {
    const router = this.router.value;
    const href = safeHref(router ? router.hrefFor(null) : connectionHref(this.basePath, null));
    if (!href) return nothing;
    return html`<a part="back-link" class="back-link" href=${href} @click=${this.onBack}
      >${this.i18n.messages.backToConnections}</a
    >`;
  }

  /** The page's heading; `tabindex="-1"` so a router can move focus to it. */
  private renderHeading(text: string, part: string, className: string): TemplateResult {
    return renderHeading(this.headingLevel, { part, className, focusable: true }, text);
  }

  private renderConnection(connection: Connection, pending?: PendingAction): TemplateResult {
    const { messages } = this.i18n;
    return html`<div part="header">
        ${this.renderBackLink()} ${this.renderHeading(connection.app.name, 'app-name', 'app-name')}
      </div>
      <div part="status" class="status">
        <connection-status-badge
          part="badge"
          status=${connection.status}
          with-description
        ></connection-status-badge>
        ${renderActions(
          connection,
          messages,
          pending,
          () => void this.refresh(connection),
          this.openRevoke,
        )}
      </div>
      ${renderFacts(connection, messages, this.i18n.lang)}
      <revoke-dialog
        exportparts=${DIALOG_PARTS}
        .connection=${connection}
        @connection-revoked=${this.onRevoked}
      ></revoke-dialog>`;
  }

  /** Not found, or the load failed (with Retry): the back link, then why. */
  private renderProblem(error: ApiError | undefined): TemplateResult {
    const { messages } = this.i18n;
    return html`<div part="header">${this.renderBackLink()}</div>
      ${
        error
          ? html`<div part="error" class="message">
              <p>${messages.detailLoadFailed} ${errorText(error, messages)}</p>
              <button part="retry" class="button" type="button" @click=${this.retry}>
                ${messages.retry}
              </button>
            </div>`
          : html`<div part="not-found" class="message">
              ${this.renderHeading(messages.notFoundTitle, '', 'message-title')}
              <p>${messages.notFoundNote}</p>
            </div>`
      }`;
  }

  override render() {
    const view = this.view();
    switch (view.status) {
      case 'ready':
        return this.renderConnection(view.connection, view.pending);
      case 'not-found':
        return this.renderProblem(undefined);
      case 'error':
        return this.renderProblem(view.error);
      default:
        return renderSkeleton(this.i18n.messages);
    }
  }
}
