import type { ToastOptions } from '../../context.js';
import type { Clock } from '../../utils/clock.js';

/** A toast on screen. */
export interface Toast extends ToastOptions {
  readonly id: number;
}

/** The time source of success toasts (see `Clock`). */
export type ToastClock = Clock;

/** Where the toast stack sits: the block-end inline-end corner, or flipped to the block start. */
export type ToastPlacement = 'bottom' | 'top';

/**
 * Why a success toast's timer is stopped: the pointer is over it, focus is inside it, or the region
 * is out of the page.
 */
export type Hold = 'hover' | 'focus' | 'away';

/** A toast and its timer, as the region keeps it. */
export interface Entry {
  toast: Toast;
  /** Sets or lifts a hold on the toast's timer (`toastTimer`). */
  hold: (hold: Hold, on: boolean) => void;
}

/**
 * The timer of a success toast: it calls `done` after `ms` of running, and runs only while nothing
 * holds it; held, it keeps the time it had left and goes on from there once the last hold is lifted.
 */
export function toastTimer(
  clock: Clock,
  ms: number,
  done: () => void,
): (hold: Hold, on: boolean) => void {
  const holds = new Set<Hold>();
  let handle: number | undefined;
  let since = 0;
  return (hold, on) => {
    // Out of the page, no pointerleave or focusout comes: going or coming back ends those holds.
    if (hold === 'away') holds.clear();
    if (on) holds.add(hold);
    else holds.delete(hold);
    const run = holds.size === 0;
    if (run === (handle !== undefined)) return;
    if (run) {
      since = clock.now();
      handle = clock.setTimeout(done, ms);
    } else {
      clock.clearTimeout(handle!);
      handle = undefined;
      ms = Math.max(0, ms - (clock.now() - since));
    }
  };
}
