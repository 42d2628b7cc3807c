import { html, nothing, type PropertyDeclarations } from 'lit';
import type { ConnectionStatus } from '../../api/types.js';
import type { Messages } from '../../i18n/messages.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import { BaseElement } from '../base/base-element.js';
import { badgeStyles } from './connection-status-badge.styles.js';
import { renderStatusMark } from './status-mark.js';
import { statusMarkStyles } from './status-mark.styles.js';
import { statusText } from '../../i18n/status-text.js';

/**
 * The status badge of a connection: the help page's word (active, error, pending, revoked) as text,
 * with a shape per status so colour is never the only cue. Any other value shows a neutral
 * "unknown" badge. With `with-description`, the help page's description follows the badge.
 *
 * Fires no events: it only shows a value.
 *
 * @summary A connection's health as a word, with an optional description.
 *
 * @csspart badge - The badge: the shape and the status word.
 * @csspart description - The description after the badge ("Connected and working.").
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of the word and the description.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of the word.
 * @cssproperty [--pc-line-height=1.5] - Line height of the description (the badge's own is 1.25).
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Host text colour (the word and description set theirs).
 * @cssproperty [--pc-space-1=0.25rem] - Gap between the shape and the word.
 * @cssproperty [--pc-space-2=0.5rem] - Inline padding of the badge; gap before the description.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Colour of the description.
 * @cssproperty [--pc-status-active-bg=light-dark(#dafbe1, #0f2e1b)] - Background of an active badge.
 * @cssproperty [--pc-status-active-fg=light-dark(#116329, #56d364)] - Text of an active badge.
 * @cssproperty [--pc-status-error-bg=light-dark(#ffebe9, #3a1216)] - Background of an error badge.
 * @cssproperty [--pc-status-error-fg=light-dark(#a40e26, #ff9492)] - Text of an error badge.
 * @cssproperty [--pc-status-pending-bg=light-dark(#fff8c5, #2e2408)] - Background of a pending badge.
 * @cssproperty [--pc-status-pending-fg=light-dark(#7d4e00, #e3b341)] - Text of a pending badge.
 * @cssproperty [--pc-status-revoked-bg=light-dark(#eaeef2, #21262d)] - Background of a revoked badge.
 * @cssproperty [--pc-status-revoked-fg=light-dark(#424a53, #c9d1d9)] - Text of a revoked badge.
 * @cssproperty [--pc-status-unknown-bg=light-dark(#f6f8fa, #161b22)] - Background of an unknown badge.
 * @cssproperty [--pc-status-unknown-fg=light-dark(#59636e, #9198a1)] - Text of an unknown badge.
 */
export class ConnectionStatusBadge extends BaseElement {
  static override styles = [...BaseElement.styles, statusMarkStyles, badgeStyles];

  static override get properties(): PropertyDeclarations {
    return {
      status: { reflect: true, useDefault: true },
      withDescription: {
        type: Boolean,
        reflect: true,
        useDefault: true,
        attribute: 'with-description',
      },
      messages: { attribute: false },
    };
  }

  private i18n = new MessagesController(this, () => this.messages);

  /** active, error, pending or revoked; any other value shows as "unknown". Reflected for CSS. */
  status: ConnectionStatus | string = '';

  /** Show the help page's description of the status after the badge. */
  withDescription = false;

  /**
   * Overrides of the strings (statusActive, descriptionActive, …) on top of the language of the
   * closest `lang`; else the provider's.
   */
  messages?: Partial<Messages>;

  override render() {
    const { messages } = this.i18n;
    return html`${renderStatusMark(this.status, messages)}${
      this.withDescription
        ? html`<span part="description" class="muted"
            >${statusText(this.status, messages).description}</span
          >`
        : nothing
    }`;
  }
}
