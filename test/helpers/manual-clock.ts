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
    for (;;) {
      const due = [...this.timers]
        .filter(([, timer]) => timer.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [handle, timer] = due;
      this.timers.delete(handle);
      this.time = Math.max(this.time, timer.at);
      timer.callback();
      await drain();
      await drain();
    }
    this.time = end;
    await drain();
  }
}
