import { assert, expect, fixture, html } from '@open-wc/testing';
import { styleMap } from 'lit/directives/style-map.js';
import { ToastRegion } from '../../../src/elements/toast/toast-region.js';
import type { ToastClock } from '../../../src/elements/toast/toast-timer.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { deepActiveElement } from '../../../src/utils/focus.js';
import { animationsFinished, text } from '../../helpers/dom.js';
import { waitUntil } from '../../helpers/wait-until.js';

ToastRegion.define('connections-toast-region');

const REFRESHED = { variant: 'success', title: 'Connection refreshed.' } as const;
const REFRESH_FAILED = {
  variant: 'error',
  title: 'Failed to refresh connection',
  detail: 'You may need to reconnect.',
} as const;

async function region(clock: ToastClock = new ManualClock()) {
  return fixture<ToastRegion>(
    html`<connections-toast-region .clock=${clock}></connections-toast-region>`,
  );
}
const $ = <T extends Element = HTMLElement>(el: ToastRegion, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = (el: ToastRegion, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

describe('connections-toast-region', () => {
  describe('rendering', () => {
    it('has an empty status region and an empty alert region from the start', async () => {
      const el = await region();
      assert.strictEqual($$(el, '[role="status"]').length, 1);
      assert.strictEqual($$(el, '[role="alert"]').length, 1);
      assert.strictEqual(text($(el, '[role="status"]')), '');
      assert.strictEqual(text($(el, '[role="alert"]')), '');
      assert.deepEqual(el.toasts, []);
    });

    it('shows a success toast in the status region with the exact words', async () => {
      const el = await region();
      el.show(REFRESHED);
      await el.updateComplete;
      const toast = $(el, '[role="status"] [part~="toast"]')!;
      assert.strictEqual(
        text(toast.querySelector('[part~="toast-title"]')),
        'Connection refreshed.',
      );
      assert.isNull(toast.querySelector('[part~="toast-detail"]'));
      assert.strictEqual(text($(el, '[role="alert"]')), '');
      assert.strictEqual(el.toasts.length, 1);
      assert.strictEqual(el.toasts[0]!.variant, 'success');
    });

    it('shows a failure toast in the alert region with title and detail', async () => {
      const el = await region();
      el.show(REFRESH_FAILED);
      await el.updateComplete;
      const toast = $(el, '[role="alert"] [part~="toast"]')!;
      assert.strictEqual(
        text(toast.querySelector('[part~="toast-title"]')),
        'Failed to refresh connection',
      );
      assert.strictEqual(
        text(toast.querySelector('[part~="toast-detail"]')),
        'You may need to reconnect.',
      );
      assert.strictEqual(text($(el, '[role="status"]')), '');
    });

    it('labels Dismiss with the visible word first, then the toast as hidden context', async () => {
      const el = await region();
      el.show(REFRESHED);
      await el.updateComplete;
      const button = $(el, '[part~="dismiss"]')!;
      assert.strictEqual(text(button), 'Dismiss Connection refreshed.');
      assert.strictEqual(text(button.querySelector('.visually-hidden')), 'Connection refreshed.');
      assert.isFalse(button.hasAttribute('aria-label'));
      assert.isTrue(button.textContent!.trim().startsWith('Dismiss'));
    });

    it('renders title and detail as text, never HTML', async () => {
      const el = await region();
      const hostile = '<img src=x onerror="window.__toastPwned=1"><b>bold</b>';
      el.show({ variant: 'error', title: hostile, detail: hostile });
      await el.updateComplete;
      assert.isNull($(el, 'img'));
      assert.isNull($(el, 'b'));
      assert.strictEqual(text($(el, '[part~="toast-title"]')), hostile);
      assert.isUndefined((window as unknown as { __toastPwned?: number }).__toastPwned);
    });

    it('draws its text in the text colour of its own surface, whatever colour the host sets on it', async () => {
      const el = await region();
      el.style.color = 'rgb(255, 255, 255)'; // a host's white text, on a dark sidebar say
      el.show(REFRESHED);
      await el.updateComplete;
      const title = $(el, '[part~="toast-title"]')!;
      // --pc-color-text on --pc-color-surface: #1f2328 on #ffffff (the light defaults)
      assert.strictEqual(getComputedStyle(title).color, 'rgb(31, 35, 40)');
      assert.strictEqual(
        getComputedStyle($(el, '[part~="toast"]')!).backgroundColor,
        'rgb(255, 255, 255)',
      );
    });

    it('takes "Dismiss" from the messages property', async () => {
      const el = await region();
      el.messages = { dismiss: 'Fermer' };
      el.show(REFRESHED);
      await el.updateComplete;
      assert.strictEqual(text($(el, '[part~="dismiss"]')), 'Fermer Connection refreshed.');
    });
  });

  describe('timing', () => {
    it('keeps a success toast 6 s by default, then removes it', async () => {
      const clock = new ManualClock();
      const el = await region(clock);
      assert.strictEqual(el.successDurationMs, 6000);
      el.show(REFRESHED);
      clock.tick(5999);
      assert.strictEqual(el.toasts.length, 1);
      clock.tick(1);
      assert.strictEqual(el.toasts.length, 0);
      await el.updateComplete;
      assert.isNull($(el, '[part~="toast"]'));
    });

    it('keeps a failure toast until it is dismissed', async () => {
      const clock = new ManualClock();
      const el = await region(clock);
      el.show(REFRESH_FAILED);
      assert.strictEqual(clock.pending, 0);
      clock.tick(10 * 60_000);
      await el.updateComplete;
      assert.strictEqual(el.toasts.length, 1);
      $(el, '[part~="dismiss"]')!.click();
      await el.updateComplete;
      assert.strictEqual(el.toasts.length, 0);
      assert.isNull($(el, '[part~="toast"]'));
    });

    it('pauses while hovered and resumes with the time that was left', async () => {
      const clock = new ManualClock();
      const el = await region(clock);
      el.show(REFRESHED);
      await el.updateComplete;
      const toast = $(el, '[part~="toast"]')!;
      clock.tick(4000);
      toast.dispatchEvent(new PointerEvent('pointerenter'));
      clock.tick(60_000);
      assert.strictEqual(el.toasts.length, 1, 'still there while hovered');
      toast.dispatchEvent(new PointerEvent('pointerleave'));
      clock.tick(1999);
      assert.strictEqual(el.toasts.length, 1);
      clock.tick(1);
      assert.strictEqual(el.toasts.length, 0);
    });

    it('pauses while focus is inside and resumes when focus leaves', async () => {
      const clock = new ManualClock();
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="outside">Outside</button>
          <connections-toast-region .clock=${clock}></connections-toast-region>
        </div>`,
      );
      const el = wrapper.querySelector<ToastRegion>('connections-toast-region')!;
      el.show(REFRESHED);
      await el.updateComplete;
      $(el, '[part~="dismiss"]')!.focus();
      clock.tick(60_000);
      assert.strictEqual(el.toasts.length, 1, 'still there while focused');
      wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
      clock.tick(5999);
      assert.strictEqual(el.toasts.length, 1);
      clock.tick(1);
      assert.strictEqual(el.toasts.length, 0);
    });

    it('keeps a toast paused by hover and focus until both end', async () => {
      const clock = new ManualClock();
      const el = await region(clock);
      el.show(REFRESHED);
      await el.updateComplete;
      const toast = $(el, '[part~="toast"]')!;
      toast.dispatchEvent(new PointerEvent('pointerenter'));
      $(el, '[part~="dismiss"]')!.focus();
      toast.dispatchEvent(new PointerEvent('pointerleave'));
      clock.tick(60_000);
      assert.strictEqual(el.toasts.length, 1);
    });

    it('removes a success toast on the real clock once its duration has passed', async () => {
      const el = await fixture<ToastRegion>(
        html`<connections-toast-region success-duration-ms="20"></connections-toast-region>`,
      );
      el.show(REFRESHED);
      assert.strictEqual(el.toasts.length, 1);
      await waitUntil(() => el.toasts.length === 0, 'the toast went');
    });
  });

  describe('focus', () => {
    it('moves focus to the next toast when a focused toast is dismissed', async () => {
      const el = await region();
      el.show(REFRESH_FAILED);
      el.show({ variant: 'error', title: 'Connection revoked' });
      await el.updateComplete;
      const [first, second] = $$(el, '[part~="dismiss"]');
      first!.focus();
      first!.click();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement === second);
      assert.deepEqual(
        el.toasts.map((toast) => toast.title),
        ['Connection revoked'],
      );
    });

    it('moves focus back to where it was when the last toast is dismissed', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="origin">Refresh credential</button>
          <connections-toast-region .clock=${new ManualClock()}></connections-toast-region>
        </div>`,
      );
      const origin = wrapper.querySelector<HTMLButtonElement>('#origin')!;
      const el = wrapper.querySelector<ToastRegion>('connections-toast-region')!;
      origin.focus();
      el.show(REFRESHED);
      await el.updateComplete;
      const dismiss = $(el, '[part~="dismiss"]')!;
      dismiss.focus();
      dismiss.click();
      await waitUntil(() => document.activeElement === origin, 'focus went back');
      assert.strictEqual(el.toasts.length, 0);
    });

    it('does not take focus when a toast goes while focus is elsewhere', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="origin">Refresh credential</button>
          <connections-toast-region .clock=${new ManualClock()}></connections-toast-region>
        </div>`,
      );
      const origin = wrapper.querySelector<HTMLButtonElement>('#origin')!;
      const el = wrapper.querySelector<ToastRegion>('connections-toast-region')!;
      el.show(REFRESH_FAILED);
      el.show(REFRESHED);
      await el.updateComplete;
      origin.focus();
      el.dismiss(el.toasts[0]!.id);
      await el.updateComplete;
      assert.strictEqual(document.activeElement, origin);
    });

    it('moves off the focused element when it would cover it', async () => {
      const corner = { position: 'fixed', insetBlockEnd: '0', insetInlineEnd: '0' };
      const topStart = { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0' };
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="corner" style=${styleMap(corner)}>Revoke</button>
          <button id="top-start" style=${styleMap(topStart)}>Back to Connections</button>
          <connections-toast-region .clock=${new ManualClock()}></connections-toast-region>
        </div>`,
      );
      const el = wrapper.querySelector<ToastRegion>('connections-toast-region')!;
      const cornerButton = wrapper.querySelector<HTMLElement>('#corner')!;
      el.show(REFRESH_FAILED);
      await el.updateComplete;
      await el.updateComplete;
      assert.strictEqual(el.placement, 'bottom');

      cornerButton.focus();
      await el.updateComplete;
      assert.strictEqual(el.placement, 'top');
      const stack = $(el, '.stack')!.getBoundingClientRect();
      const focused = deepActiveElement()!.getBoundingClientRect();
      assert.isTrue(stack.bottom <= focused.top || focused.bottom <= stack.top, 'not covered');

      wrapper.querySelector<HTMLElement>('#top-start')!.focus();
      await el.updateComplete;
      assert.strictEqual(el.placement, 'bottom');
    });

    it('stays off the focused element when a second check comes before it has moved', async () => {
      // A failed refresh on a phone: the toast appears, focus goes back to the button it covers,
      // and another check (the toast's own, a scroll, a resize) runs before the stack re-rendered.
      const corner = { position: 'fixed', insetBlockEnd: '0', insetInlineEnd: '0' };
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="corner" style=${styleMap(corner)}>Refresh credential</button>
          <connections-toast-region .clock=${new ManualClock()}></connections-toast-region>
        </div>`,
      );
      const el = wrapper.querySelector<ToastRegion>('connections-toast-region')!;
      el.show(REFRESH_FAILED);
      await el.updateComplete;
      await el.updateComplete;
      wrapper.querySelector<HTMLElement>('#corner')!.focus();
      window.dispatchEvent(new Event('resize'));
      await el.updateComplete;
      assert.strictEqual(el.placement, 'top');
      const stack = $(el, '.stack')!.getBoundingClientRect();
      const focused = deepActiveElement()!.getBoundingClientRect();
      assert.isTrue(stack.bottom <= focused.top || focused.bottom <= stack.top, 'not covered');
    });

    it('does not move an empty stack', async () => {
      const corner = { position: 'fixed', insetBlockEnd: '0', insetInlineEnd: '0' };
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="corner" style=${styleMap(corner)}>Revoke</button>
          <connections-toast-region .clock=${new ManualClock()}></connections-toast-region>
        </div>`,
      );
      const el = wrapper.querySelector<ToastRegion>('connections-toast-region')!;
      wrapper.querySelector<HTMLElement>('#corner')!.focus();
      await el.updateComplete;
      assert.strictEqual(el.placement, 'bottom');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean when empty', async () => {
      const el = await region();
      await expect(el).to.be.accessible();
    });

    it('is axe-clean with a success toast', async () => {
      const el = await region();
      el.show(REFRESHED);
      await el.updateComplete;
      // Axe skips text it reads as invisible: check the toast once its fade-in has ended.
      await animationsFinished(el);
      expect(getComputedStyle($(el, '.toast')!).opacity).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean with a failure toast', async () => {
      const el = await region();
      el.show(REFRESH_FAILED);
      await el.updateComplete;
      // Axe skips text it reads as invisible: check the toast once its fade-in has ended.
      await animationsFinished(el);
      expect(getComputedStyle($(el, '.toast')!).opacity).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean with both at once', async () => {
      const el = await region();
      el.show(REFRESHED);
      el.show({
        variant: 'success',
        title: 'Connection revoked',
        detail: 'Workflows using this connection will pause until reconnected.',
      });
      el.show(REFRESH_FAILED);
      await el.updateComplete;
      // Axe skips text it reads as invisible: check the toast once its fade-in has ended.
      await animationsFinished(el);
      expect(getComputedStyle($(el, '.toast')!).opacity).to.equal('1');
      await expect(el).to.be.accessible();
    });
  });

  describe('leaks', () => {
    it('leaves no timer running once removed from the page, and resumes when re-attached', async () => {
      const clock = new ManualClock();
      const el = await region(clock);
      el.show(REFRESHED);
      el.show({ variant: 'success', title: 'Connection revoked' });
      el.show(REFRESH_FAILED);
      assert.strictEqual(clock.pending, 2);
      const parent = el.parentElement!;
      el.remove();
      assert.strictEqual(clock.pending, 0);
      clock.tick(60_000);
      assert.strictEqual(el.toasts.length, 3);
      parent.append(el);
      assert.strictEqual(clock.pending, 2);
      clock.tick(6000);
      assert.strictEqual(el.toasts.length, 1);
    });

    it('leaves no timer after many mounts and unmounts', async () => {
      const clock = new ManualClock();
      for (let i = 0; i < 20; i++) {
        const el = await region(clock);
        el.show(REFRESHED);
        el.remove();
      }
      assert.strictEqual(clock.pending, 0);
    });

    it('stops listening to the document once removed', async () => {
      const el = await region();
      const added: unknown[] = [];
      const removedSignals: AbortSignal[] = [];
      const original = document.addEventListener.bind(document);
      document.addEventListener = ((type: string, listener: EventListener, options?: unknown) => {
        added.push(type);
        const signal = (options as AddEventListenerOptions | undefined)?.signal;
        if (signal) removedSignals.push(signal);
        original(type, listener, options as AddEventListenerOptions);
      }) as typeof document.addEventListener;
      try {
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        el.remove();
      } finally {
        document.addEventListener = original;
      }
      assert.isAbove(added.length, 0);
      assert.strictEqual(removedSignals.length, added.length, 'every listener has a signal');
      assert.isTrue(removedSignals.every((signal) => signal.aborted));
    });
  });
});
