import type { Clock } from '../../src/utils/clock.js';

/** Lets every pending promise callback run (one macrotask turn drains the microtask queue). */
const drain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A clock the test drives: timers run only when the test advances it, in time order, and
 * `advance` lets the promises each timer starts settle before the next one runs.
 */
export class ManualClock implements Clock {
  private time: number;
  private nextHandle = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = 1_700_000_000_000) {
    this.time = start;
  }

  /** Timers set and not yet run or cleared. */
  get pending(): number {
    return this.timers.size;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.time + Math.max(0, ms), callback });
    return handle;
  }

  clearTimeout(handle: number): void {
    this.timers.delete(handle);
  }

  /** Moves time on by `ms`, running every timer that falls due, each followed by its promises. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await drain();
    while (this.runNext(end)) {
      await drain();
      await drain();
    }
    this.time = end;
    await drain();
  }

  /** The same, at once: for code whose timers start no promises (the toasts). */
  tick(ms: number): void {
    const end = this.time + ms;
    while (this.runNext(end));
    this.time = end;
  }

  /** Runs the earliest timer due by `end`; false when there is none. */
  private runNext(end: number): boolean {
    const due = [...this.timers]
      .filter(([, timer]) => timer.at <= end)
      .sort((a, b) => a[1].at - b[1].at)[0];
    if (!due) return false;
    const [handle, timer] = due;
    this.timers.delete(handle);
    this.time = Math.max(this.time, timer.at);
    timer.callback();
    return true;
  }
}
