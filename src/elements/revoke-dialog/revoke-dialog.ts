import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Connection } from '../../api/types.js';
import { errorText } from '../../i18n/error-text.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import type { ActionOutcome } from '../../state/store-state.js';
import { StoreController } from '../../state/store-controller.js';
import { buttonStyles, focusRingStyles } from '../../styles/shared.styles.js';
import { deepActiveElement } from '../../utils/focus.js';
import { ActionController } from '../base/action-controller.js';
import { BaseElement } from '../base/base-element.js';
import { revokeDialogStyles } from './revoke-dialog.styles.js';

/** The title's heading: level 2 inside its own modal dialog, whatever the page around it. */

/**
 * The confirmation before a revoke: a native modal `<dialog>` (`role="alertdialog"`) titled
 * "Revoke this connection?" that explains the impact, with "Revoke connection" and
 * "Keep connection". Focus starts on "Keep connection", the safe choice.
 *
 * It acts through the store of the `connections-provider` (or `connections-portal`) above it:
 * "Revoke connection" calls `store.revoke(connection.id)`. Without a provider above it there is
 * nothing to act with, so "Revoke connection" is disabled; it never calls an api on its own, so
 * the store stays the one source of truth and every element showing the connection agrees.
 *
 * A host opens it with `show(returnFocusTo?)` (or by setting `open`) after setting `.connection`.
 * When it closes, focus goes back to `returnFocusTo`, or else to the element that had focus when it
 * opened (looking through shadow roots), if that is still in the page.
 *
 * On failure the dialog stays open and says why inside itself (not as a toast); nothing else
 * changes. While the revoke is in flight, Escape and "Keep connection" do nothing.
 *
 * @summary Asks "Revoke this connection?" and revokes on confirmation.
 *
 * @event connection-revoked - The revoke succeeded. `detail: { connection }` (as the server returned it).
 * @event connection-status-changed - The revoke changed the status. `detail: { connection, previousStatus }`.
 * @event connection-revoke-failed - The revoke failed; the dialog stays open. `detail: { connection, error }`.
 * @event connection-revoke-cancelled - "Keep connection" or Escape closed it; nothing was requested.
 * `detail: { connection }`.
 *
 * @csspart dialog - The `<dialog>` box.
 * @csspart title - The title, "Revoke this connection?".
 * @csspart description - The explanation of the impact.
 * @csspart error - Why the revoke failed, shown after a failure.
 * @csspart confirm - The "Revoke connection" button.
 * @csspart cancel - The "Keep connection" button.
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of the buttons.
 * @cssproperty [--pc-font-size-lg=1.25rem] - Size of the title.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of the title and the buttons.
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Small secondary text (shared host styles; none drawn here).
 * @cssproperty [--pc-color-surface=light-dark(#ffffff, #0d1117)] - Background of the dialog and of "Keep connection".
 * @cssproperty [--pc-color-surface-hover=light-dark(#f3f4f6, #21262d)] - Background of the hovered "Keep connection".
 * @cssproperty [--pc-color-border=light-dark(#6e7781, #6e7681)] - Border of the dialog and of "Keep connection".
 * @cssproperty [--pc-color-accent=light-dark(#0969da, #4493f8)] - Primary buttons (shared button styles; none drawn here).
 * @cssproperty [--pc-color-accent-hover=light-dark(#0550ae, #79b8ff)] - Hovered primary buttons (none drawn here).
 * @cssproperty [--pc-color-on-accent=light-dark(#ffffff, #0d1117)] - Text of primary buttons (none drawn here).
 * @cssproperty [--pc-color-danger=light-dark(#cf222e, #f85149)] - "Revoke connection" and the error's stripe.
 * @cssproperty [--pc-color-danger-hover=light-dark(#a40e26, #ff7b72)] - The hovered "Revoke connection".
 * @cssproperty [--pc-color-on-danger=light-dark(#ffffff, #0d1117)] - Text of "Revoke connection".
 * @cssproperty [--pc-status-error-bg=light-dark(#ffebe9, #3a1216)] - Background of the error.
 * @cssproperty [--pc-status-error-fg=light-dark(#a40e26, #ff9492)] - Text of the error.
 * @cssproperty [--pc-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssproperty [--pc-radius=6px] - Corner radius.
 * @cssproperty [--pc-shadow=0 4px 12px light-dark(rgb(31 35 40 / 20%), rgb(0 0 0 / 60%))] - Shadow of the dialog.
 * @cssproperty [--pc-space-1=0.25rem] - Block padding of the buttons.
 * @cssproperty [--pc-space-2=0.5rem] - Space below the title; gap between the buttons.
 * @cssproperty [--pc-space-3=0.75rem] - Inline padding of the buttons and of the error.
 * @cssproperty [--pc-space-4=1rem] - Padding of the dialog; space below the text; gap to the viewport.
 * @cssproperty [--pc-disabled-opacity=0.6] - A disabled button (revoke in flight; no provider).
 */
export class RevokeDialog extends BaseElement {
  static override styles = [
    ...BaseElement.styles,
    buttonStyles,
    focusRingStyles,
    revokeDialogStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      connection: { attribute: false },
      open: { type: Boolean, reflect: true, useDefault: true },
      error: { attribute: false },
      busy: { state: true, attribute: false },
    };
  }

  private store = new StoreController(this);
  private i18n = new MessagesController(this);
  private actions = new ActionController(this, this.store, () => this.i18n.messages);
  /** Where focus goes when the dialog closes. */
  private returnFocusTo: HTMLElement | null = null;

  /** The connection to revoke. */
  connection?: Connection;

  /** Whether the dialog is showing. Reflected; prefer `show()` and `close()`. */
  open = false;

  /** Why the last revoke failed; cleared when the dialog opens again. */
  error?: string;

  /** True while the revoke is in flight. */
  private busy = false;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog') as HTMLDialogElement;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A dialog removed while open must not leave the page inert.
    if (this.dialog?.open) this.dialog.close();
  }

  /** Opened by setting `open` rather than by `show()`: focus returns to what had focus. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open && changed.has('open')) this.returnFocusTo ??= focusable(deepActiveElement());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (this.open && !dialog.open && this.isConnected) {
      dialog.showModal();
      // `autofocus` is unreliable inside a shadow root: focus the safe choice ourselves.
      this.focusButton('cancel');
    } else if (!this.open && dialog.open) {
      this.closeNow();
    }
  }

  /** Closes the native dialog at once, so a listener of the event that follows sees it closed. */
  private closeNow(): void {
    this.error = undefined;
    if (this.dialog?.open) this.dialog.close();
    this.restoreFocus();
  }

  private restoreFocus(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target?.isConnected) target.focus();
  }

  /** Escape: the dialog's `cancel`. Closed by us, so `open` stays true to the screen. */
  private onCancel(event: Event): void {
    event.preventDefault();
    this.cancel();
  }

  /** The browser closed the dialog without asking us (a forced close): follow it. */
  private onClose(): void {
    // The `close` event is queued: one from an earlier close can arrive after the user opened the
    // dialog again (Escape, then Enter at once). The dialog is open then: not ours to close.
    if (!this.open || this.dialog.open) return;
    this.open = false;
    this.restoreFocus();
  }

  private cancel(): void {
    if (this.busy || !this.open) return;
    this.close();
    if (this.connection) this.emit('connection-revoke-cancelled', { connection: this.connection });
  }

  private async confirm(): Promise<void> {
    const connection = this.connection;
    if (this.busy || !this.store.value || !connection) return;
    this.busy = true;
    this.error = undefined;
    const outcome = await this.actions.run('revoke', connection, (settled) => this.settle(settled));
    // Aborted (the provider left or changed workspace): nothing was reported.
    if (!outcome) this.busy = false;
  }

  /** Before the action reports: closed on success (a listener sees it closed), else says why. */
  private async settle(outcome: ActionOutcome): Promise<void> {
    this.busy = false;
    if (outcome.ok) {
      this.close();
      return;
    }
    const { messages } = this.i18n;
    this.error = `${messages.revokeFailed} ${errorText(outcome.error, messages)}`;
    await this.updateComplete;
    if (this.open) this.focusButton('confirm');
  }

  private focusButton(part: 'cancel' | 'confirm'): void {
    this.dialog.querySelector<HTMLElement>(`[part="${part}"]`)!.focus();
  }

  /**
   * Opens the dialog. Focus returns to `returnFocusTo` when it closes, else to what had focus now.
   */
  show(returnFocusTo?: HTMLElement | null): void {
    if (this.open) return;
    this.returnFocusTo = returnFocusTo ?? focusable(deepActiveElement());
    this.open = true;
  }

  /** Closes the dialog without revoking and without an event (the host decided). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.closeNow();
  }

  override render() {
    const { messages } = this.i18n;
    const { error } = this;
    return html`<dialog
      part="dialog"
      role="alertdialog"
      aria-labelledby="title"
      aria-describedby=${error ? 'description error' : 'description'}
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <h2 id="title" part="title" class="title">${messages.revokeDialogTitle}</h2>
      <p id="description" part="description" class="description">
        ${messages.revokeDialogDescription}
      </p>
      ${error ? html`<p id="error" part="error" class="error">${error}</p>` : nothing}
      <div class="actions">
        <button
          part="cancel"
          class="button"
          type="button"
          ?disabled=${this.busy}
          @click=${this.cancel}
        >
          ${messages.revokeCancel}
        </button>
        <button
          part="confirm"
          class="button button--danger"
          type="button"
          aria-busy=${this.busy}
          aria-describedby=${error ? 'error' : nothing}
          ?disabled=${this.busy || !this.store.value || !this.connection}
          @click=${this.confirm}
        >
          ${messages.revokeConfirm}
        </button>
      </div>
    </dialog>`;
  }
}

function focusable(element: Element | null): HTMLElement | null {
  return element instanceof HTMLElement && element !== document.body ? element : null;
}
