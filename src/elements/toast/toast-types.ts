/** What a caller asks the toast region to show. Title and detail are text, never HTML. */
export interface ToastOptions {
  variant: 'success' | 'error';
  title: string;
  detail?: string;
}

/** Anything that can show a toast: the region, or whatever a provider hands to its elements. */
export interface Toaster {
  show(options: ToastOptions): void;
}

/** A toast on screen. */
export interface Toast extends ToastOptions {
  readonly id: number;
}

/**
 * The time source of success toasts. Injectable so tests drive time by hand instead of waiting on
 * the wall clock; the default is the window's.
 */
export interface ToastClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export const windowClock: ToastClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};
