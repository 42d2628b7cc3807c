/**
 * A time source. Everything that waits (toasts today) takes one, so tests drive time by hand
 * instead of waiting on the wall clock; the default is the window's.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export const windowClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};
