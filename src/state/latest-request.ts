/**
 * "Latest call wins", written once: the list, the requests and each detail of the store each own one.
 *
 * Starting a call aborts the one before it. A call's handlers run only while it is still the latest
 * and was not aborted, so an aborted or superseded result never writes state; its callers are handed
 * the promise of the call that replaced it (or `undefined` once nothing is in flight). Modelled on
 * Lit's `Task` (`@lit/task`), without the element: the store owns the state, this owns the timing.
 */

/**
 * When a call started: `seq` orders the calls of one store, `at` (epoch ms) orders them against
 * other tabs.
 */
export interface Stamp {
  seq: number;
  at: number;
}

/** What a settled call does with its answer; runs only when the call is still the latest. */
export interface Settle<R, T> {
  /** The answer arrived. `stamp` is the one the call took when it started. */
  value(result: R, stamp: Stamp): T;
  /** The call failed (an abort is never reported: it is not a failure). */
  error(error: unknown): T;
}

interface Flight<T> {
  controller: AbortController;
  promise: Promise<T | undefined>;
}

/** True when `error` is an abort: ours (the signal fired) or one the api raised. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return !!signal?.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

/** Turns a synchronous throw of a hand-written api into a rejection. */
export function attempt<T>(call: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}

export class LatestRequest<T> {
  private flight?: Flight<T>;

  /** @param nextStamp hands out the store's stamps, taken when a call STARTS. */
  constructor(private readonly nextStamp: () => Stamp) {}

  /** The promise of the call in flight, if any. */
  get inFlight(): Promise<T | undefined> | undefined {
    return this.flight?.promise;
  }

  /**
   * Starts `request` with its own abort signal; any older call is aborted first. The result goes to
   * `settle` only if this call is still the latest when it answers.
   */
  run<R>(
    request: (signal: AbortSignal) => Promise<R>,
    settle: Settle<R, T>,
  ): Promise<T | undefined> {
    this.flight?.controller.abort();
    const controller = new AbortController();
    const { signal } = controller;
    const stamp = this.nextStamp();
    const flight: Flight<T> = {
      controller,
      promise: attempt(() => request(signal)).then(
        (result) =>
          this.isLatest(flight) ? this.finish(() => settle.value(result, stamp)) : this.inFlight,
        (error: unknown) =>
          this.isLatest(flight) && !isAbort(error, signal)
            ? this.finish(() => settle.error(error))
            : this.inFlight,
      ),
    };
    this.flight = flight;
    return flight.promise;
  }

  /** Aborts the call in flight; its callers resolve with `undefined`, nothing is written. */
  abort(): void {
    this.flight?.controller.abort();
    this.flight = undefined;
  }

  private isLatest(flight: Flight<T>): boolean {
    return this.flight === flight && !flight.controller.signal.aborted;
  }

  /** Clears the flight BEFORE the handler writes, so a listener that loads again starts a new call. */
  private finish(handler: () => T): T {
    this.flight = undefined;
    return handler();
  }
}
