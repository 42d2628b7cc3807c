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

/** Why a success toast's timer is stopped: the pointer is over it, or focus is inside it. */
export type Hold = 'hover' | 'focus';

/** A toast and its timer, as the region keeps it. */
export interface Entry {
  toast: Toast;
  holds: Set<Hold>;
  /** Runs or stops the toast's timer (`pausable`). */
  timer: (run: boolean) => void;
}

/**
 * A timer that calls `done` after `ms` of running: stopped, it keeps the time it had left and goes
 * on from there when it runs again.
 */
export function pausable(clock: Clock, ms: number, done: () => void): (run: boolean) => void {
  let handle: number | undefined;
  let since = 0;
  return (run) => {
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
