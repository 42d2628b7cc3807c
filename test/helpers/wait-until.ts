/**
 * `waitUntil` for every test here, in place of @open-wc/testing's (lint forbids that one):
 * - it waits 5 s by default, not 1 s. The three engines run side by side on a 2-core CI machine, and
 *   a load over HTTP that takes 30 ms alone can take over a second there. The limit only decides how
 *   long a failing test takes to fail; a passing one resolves as soon as its predicate holds;
 * - it clears its timers once it settles. @open-wc's leaves its timeout pending after it resolves,
 *   which a leak probe (test/helpers/leaks.ts) would count as the element's.
 */
export interface WaitUntilOptions {
  /** Milliseconds between two checks (default 50). */
  interval?: number;
  /** Milliseconds before it rejects (default 5000). */
  timeout?: number;
}

export const WAIT_UNTIL_TIMEOUT = 5000;

/**
 * Resolves once `predicate` returns (or resolves to) a truthy value; rejects with
 * "Timeout: {message}" after `timeout`, or with what `predicate` threw.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  { interval = 50, timeout = WAIT_UNTIL_TIMEOUT }: WaitUntilOptions = {},
): Promise<void> {
  // Made here, so that a timeout's stack names the test that waited, not a timer.
  const error = new Error(
    message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout}ms`,
  );
  return new Promise<void>((resolve, reject) => {
    let next: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      settled = true;
      clearTimeout(limit);
      clearTimeout(next);
      outcome();
    };
    const limit = setTimeout(() => settle(() => reject(error)), timeout);
    const check = async () => {
      try {
        const done = await predicate();
        if (settled) return;
        if (done) settle(resolve);
        else next = setTimeout(() => void check(), interval);
      } catch (thrown) {
        if (!settled) settle(() => reject(thrown));
      }
    };
    void check();
  });
}
