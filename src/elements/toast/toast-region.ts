import { html, nothing, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Messages } from '../../i18n/messages.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import { buttonStyles, focusRingStyles, visuallyHiddenStyles } from '../../styles/shared.styles.js';
import type { ToastOptions, Toaster } from '../../context.js';
import { windowClock } from '../../utils/clock.js';
import { deepActiveElement } from '../../utils/focus.js';
import { BaseElement } from '../base/base-element.js';
import { toastRegionStyles } from './toast-region.styles.js';
import {
  toastTimer,
  type Entry,
  type Hold,
  type Toast,
  type ToastClock,
  type ToastPlacement,
} from './toast-timer.js';

let nextId = 1;

/**
 * The toasts of the portal. Success toasts are announced politely from a `role="status"` region,
 * failures assertively from a separate `role="alert"` region; both regions are in the page from the
 * start so that screen readers announce what is inserted into them.
 *
 * A success toast stays `successDurationMs` (6 s by default), counting only while it is neither
 * hovered nor holding focus; a failure stays until dismissed. Each toast has a "Dismiss" button.
 *
 * Placement: the stack is `position: fixed` in the block-end inline-end corner, where toasts are
 * expected and where they never shift the page's layout (a region in normal flow would push content
 * about and could sit far out of view). Whenever focus moves, the page scrolls or resizes, or a toast
 * appears, the region checks whether the stack would cover the focused element (looking through
 * shadow roots) and if so moves to the block-start end. Being fixed, it must not be placed inside
 * an ancestor with a `transform` or `filter`, which would make that ancestor its containing block.
 *
 * Fires no events: it only reports what others did.
 *
 * @summary Announces the result of an action and lets the user dismiss it.
 *
 * @csspart toast - One toast.
 * @csspart toast-title - Its title ("Connection refreshed.").
 * @csspart toast-detail - Its detail line, when it has one.
 * @csspart dismiss - Its "Dismiss" button.
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of the detail and the button.
 * @cssproperty [--pc-font-size-md=1rem] - Size of the title.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of the title and the button.
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Colour of the detail.
 * @cssproperty [--pc-color-surface=light-dark(#ffffff, #0d1117)] - Background of a toast and its button.
 * @cssproperty [--pc-color-surface-hover=light-dark(#f3f4f6, #21262d)] - Background of a hovered button.
 * @cssproperty [--pc-color-border=light-dark(#6e7781, #6e7681)] - Border of a toast and its button.
 * @cssproperty [--pc-color-accent=light-dark(#0969da, #4493f8)] - Primary buttons (shared button styles; none drawn here).
 * @cssproperty [--pc-color-accent-hover=light-dark(#0550ae, #79b8ff)] - Hovered primary buttons (none drawn here).
 * @cssproperty [--pc-color-on-accent=light-dark(#ffffff, #0d1117)] - Text of primary buttons (none drawn here).
 * @cssproperty [--pc-status-active-fg=light-dark(#116329, #56d364)] - Stripe and mark of a success toast.
 * @cssproperty [--pc-color-danger=light-dark(#cf222e, #f85149)] - Stripe and mark of a failure toast.
 * @cssproperty [--pc-color-danger-hover=light-dark(#a40e26, #ff7b72)] - Hovered danger buttons (none drawn here).
 * @cssproperty [--pc-color-on-danger=light-dark(#ffffff, #0d1117)] - Text of danger buttons (none drawn here).
 * @cssproperty [--pc-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssproperty [--pc-radius=6px] - Corner radius.
 * @cssproperty [--pc-shadow=0 4px 12px light-dark(rgb(31 35 40 / 20%), rgb(0 0 0 / 60%))] - Shadow of a toast.
 * @cssproperty [--pc-space-1=0.25rem] - Block padding of the button.
 * @cssproperty [--pc-space-2=0.5rem] - Gap between toasts.
 * @cssproperty [--pc-space-3=0.75rem] - Padding of a toast.
 * @cssproperty [--pc-space-4=1rem] - Distance from the viewport's edges.
 * @cssproperty [--pc-toast-width=24rem] - Width of the stack (never wider than the viewport).
 * @cssproperty [--pc-z-index-toast=1000] - Stacking order of the region.
 * @cssproperty [--pc-disabled-opacity=0.6] - Disabled buttons (shared button styles; none drawn here).
 */
export class ToastRegion extends BaseElement implements Toaster {
  static override styles = [
    ...BaseElement.styles,
    visuallyHiddenStyles,
    focusRingStyles,
    buttonStyles,
    toastRegionStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      successDurationMs: { type: Number, attribute: 'success-duration-ms' },
      clock: { attribute: false },
      messages: { attribute: false },
      entries: { state: true, attribute: false },
      atTop: { state: true, attribute: false },
    };
  }

  private documentListeners?: AbortController;
  /** Where focus was before it entered a toast, to go back to when the last one is dismissed. */
  private returnFocusTo?: WeakRef<HTMLElement>;

  /** How long a success toast stays, in milliseconds of not being hovered or focused. */
  successDurationMs = 6000;

  /** The time source of success toasts; tests inject a manual one. Set it before showing toasts. */
  clock: ToastClock = windowClock;

  /** Overrides of the strings (dismiss) on top of its `lang`'s language; else the provider's. */
  messages?: Partial<Messages>;

  private i18n = new MessagesController(this, () => this.messages);

  private entries: readonly Entry[] = [];
  private atTop = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.documentListeners = new AbortController();
    // Capture: a scroll box's scroll does not bubble to the document.
    const options = { signal: this.documentListeners.signal, capture: true, passive: true };
    const check = () => this.place();
    document.addEventListener('focusin', check, options);
    document.addEventListener('scroll', check, options);
    window.addEventListener('resize', check, options);
    for (const entry of this.entries) entry.hold('away', false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.documentListeners?.abort();
    this.returnFocusTo = undefined;
    for (const entry of this.entries) entry.hold('away', true);
  }

  private removeToast(id: number): void {
    // Held as 'away' for good: a removed toast's last focusout does not start its timer again.
    for (const entry of this.entries) if (entry.toast.id === id) entry.hold('away', true);
    this.entries = this.entries.filter((entry) => entry.toast.id !== id);
  }

  /**
   * Puts the stack at the top when, in the corner, it would cover the focused element and at the top
   * it would not. It keeps its size and inline position, and its distance from the viewport's edge
   * at either end, so both places are known from where it is drawn now (not the placement last
   * chosen: a second check can come before that choice is rendered).
   *
   * Runs when focus moves or the page scrolls or resizes, noting where focus is to go back to, and
   * when a toast has been shown (`shown`: then, with focus inside a toast, the stack stays).
   */
  private place(shown?: boolean): void {
    const active = deepActiveElement();
    const inside = !!active && this.renderRoot.contains(active);
    if (shown && inside) return;
    if (!shown && !inside && active instanceof HTMLElement && active !== document.body) {
      this.returnFocusTo = new WeakRef(active);
    }
    const stack = this.renderRoot.querySelector('.stack');
    if (!stack || !this.isConnected) return;
    const box = stack.getBoundingClientRect();
    const height = window.innerHeight;
    const gap = stack.classList.contains('stack--top') ? box.top : height - box.bottom;
    const focused =
      !inside && active && active !== document.body && this.entries.length > 0
        ? active.getBoundingClientRect()
        : undefined;
    const covers = (top: number) =>
      !!focused &&
      focused.left < box.right &&
      box.left < focused.right &&
      focused.top < top + box.height &&
      top < focused.bottom;
    this.atTop = box.height > 0 && covers(height - gap - box.height) && !covers(gap);
  }

  /** The toasts on screen, oldest first. */
  get toasts(): readonly Toast[] {
    return this.entries.map((entry) => entry.toast);
  }

  /** Where the stack is now: 'bottom' (the corner) or 'top' (moved off the focused element). */
  get placement(): ToastPlacement {
    return this.atTop ? 'top' : 'bottom';
  }

  /** Shows a toast. Title and detail are rendered as text, never as HTML. */
  show(options: ToastOptions): void {
    const id = nextId++;
    const error = options.variant === 'error';
    const entry: Entry = {
      toast: {
        id,
        variant: error ? 'error' : 'success',
        title: String(options.title),
        ...(options.detail == null ? {} : { detail: String(options.detail) }),
      },
      // A failure stays until dismissed: it has no timer.
      hold: error
        ? () => {}
        : toastTimer(this.clock, this.successDurationMs, () => this.removeToast(id)),
    };
    this.entries = [...this.entries, entry];
    entry.hold('away', !this.isConnected);
    void this.updateComplete.then(() => this.place(true));
  }

  /**
   * Removes a toast. When focus was inside it, focus goes to the next toast's "Dismiss" (or the
   * previous one's), else back to where it was before it entered the toasts.
   */
  dismiss(id: number): void {
    const elements = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.toast') ?? [])];
    const index = elements.findIndex((element) => element.dataset.toastId === String(id));
    const active = deepActiveElement();
    const focusWasInside = active && elements[index]?.contains(active);
    this.removeToast(id);
    if (!focusWasInside) return;
    const next = elements[index + 1] ?? elements[index - 1];
    void this.updateComplete.then(() => {
      const target = next?.querySelector<HTMLElement>('.dismiss') ?? this.returnFocusTo?.deref();
      if (target?.isConnected) target.focus();
    });
  }

  private renderToast(entry: Entry) {
    const { id, variant, title, detail } = entry.toast;
    const hold = (reason: Hold, on: boolean) => () => entry.hold(reason, on);
    return html`<div
      part="toast"
      class="toast toast--${variant}"
      data-toast-id=${id}
      @pointerenter=${hold('hover', true)}
      @pointerleave=${hold('hover', false)}
      @focusin=${hold('focus', true)}
      @focusout=${(event: FocusEvent) =>
        (event.currentTarget as Node).contains(event.relatedTarget as Node | null) ||
        hold('focus', false)()}
    >
      <span class="icon" aria-hidden="true"></span>
      <div class="text">
        <p part="toast-title" class="title">${title}</p>
        ${detail ? html`<p part="toast-detail" class="detail muted">${detail}</p>` : nothing}
      </div>
      <button part="dismiss" class="button dismiss" type="button" @click=${() => this.dismiss(id)}>
        ${this.i18n.messages.dismiss}<span class="visually-hidden"> ${title}</span>
      </button>
    </div>`;
  }

  private renderToasts(variant: Toast['variant']) {
    return repeat(
      this.entries.filter((entry) => entry.toast.variant === variant),
      (entry) => entry.toast.id,
      (entry) => this.renderToast(entry),
    );
  }

  override render() {
    return html`<div class="stack ${this.atTop ? 'stack--top' : ''}">
      <div class="live" role="status" aria-atomic="false">${this.renderToasts('success')}</div>
      <div class="live" role="alert" aria-atomic="false">${this.renderToasts('error')}</div>
    </div>`;
  }
}
