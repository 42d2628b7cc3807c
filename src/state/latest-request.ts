/**
 * "Latest call wins", written once: the store's reads of the list, the requests and each connection
 * all go through `runLatest`.
 *
 * Starting a call aborts the one before it under the same key. A call's handlers run only while it
 * is still the latest and was not aborted, so an aborted or superseded result never writes state;
 * its callers are handed the promise of the call that replaced it (or `undefined` once nothing is in
 * flight). Modelled on Lit's `Task` (`@lit/task`), without the element: the store owns the state,
 * this owns the timing.
 */

/**
 * When a call started: `seq` orders the calls of one store, `at` (epoch ms) orders them against
 * other tabs.
 */
export interface Stamp {
  seq: number;
  at: number;
}

/** A call in flight; the map of them holds only those, by key. */
export interface Flight {
  controller: AbortController;
  promise: Promise<unknown>;
}

/** True when `error` is an abort: ours (the signal fired) or one the api raised. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return !!signal?.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

/** Turns a synchronous throw of a hand-written api into a rejection. */
export const attempt = <T>(call: () => Promise<T>): Promise<T> =>
  new Promise((resolve) => resolve(call()));

/**
 * Starts `call` under `key` with its own abort signal, aborting the call before it. Its answer goes
 * to `value`, its failure to `error` (its own abort is never a failure), only while it is the latest;
 * the flight is removed BEFORE the handler runs, so a listener that reads again starts a new call.
 */
export function runLatest<R, T>(
  flights: Map<string, Flight>,
  key: string,
  call: (signal: AbortSignal) => Promise<R>,
  value: (result: R) => T,
  error: (error: unknown) => T,
): Promise<T | undefined> {
  flights.get(key)?.controller.abort();
  const controller = new AbortController();
  const { signal } = controller;
  /** Ends the flight when it is still the latest; else the promise of the one in flight, if any. */
  const settle = (handler: () => T) => {
    if (flights.get(key) !== flight || signal.aborted) return flights.get(key)?.promise;
    flights.delete(key);
    return handler();
  };
  const flight: Flight = {
    controller,
    promise: attempt(() => call(signal)).then(
      (result) => settle(() => value(result)),
      // Only this flight's own abort is one; an api's own AbortError is a failure like any other
      // (else the flight would wait on itself, and the read would stay loading).
      (reason: unknown) => settle(() => error(reason)),
    ),
  };
  flights.set(key, flight);
  return flight.promise as Promise<T | undefined>;
}
