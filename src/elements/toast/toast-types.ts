import type { ToastOptions } from '../../context.js';
import type { Clock } from '../../utils/clock.js';

/** A toast on screen. */
export interface Toast extends ToastOptions {
  readonly id: number;
}

/** The time source of success toasts (see `Clock`). */
export type ToastClock = Clock;

/** Why a success toast's timer is stopped: the pointer is over it, or focus is inside it. */
export type Hold = 'hover' | 'focus';

/** A toast and its timer, as the region keeps it. */
export interface Entry {
  toast: Toast;
  /** Time left before a success toast goes, while its timer is stopped. */
  remaining: number;
  startedAt: number;
  handle: number | undefined;
  holds: Set<Hold>;
}
