import type { ToastOptions } from '../../context.js';
import type { Clock } from '../../utils/clock.js';

/** A toast on screen. */
export interface Toast extends ToastOptions {
  readonly id: number;
}

/** The time source of success toasts (see `Clock`). */
export type ToastClock = Clock;
