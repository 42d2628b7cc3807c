/**
 * A time source. Everything that waits (toasts, live updates) takes one, so tests drive time by hand
 * instead of waiting on the wall clock; the default is the window's.
 */
export interface Clock {
  /** Epoch milliseconds (live updates stamp their reads with it, to compare across tabs). */
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export const windowClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};
