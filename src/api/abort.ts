/** Abort-aware waiting: every wait of the API layer goes through `wait`, which leaves nothing behind. */

/**
 * Settles as `promise` does (never, when it is undefined), except that it rejects with the signal's
 * reason as soon as the signal aborts, and, after `ms` when given, settles with what `onTime` returns
 * or throws. Its timer and listener are removed as soon as it settles.
 */
export function wait<T>(
  promise: PromiseLike<T> | undefined,
  signal?: AbortSignal,
  ms?: number,
  onTime?: () => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const end = (settle: (value: never) => void, value: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle(value as never);
    };
    const onAbort = () => end(reject, signal!.reason);
    // `onTime` runs at once; what it throws rejects the promise it is wrapped in.
    const timer =
      ms === undefined
        ? undefined
        : setTimeout(() => end(resolve, new Promise((r) => r(onTime!()))), ms);
    // Handlers first, even when aborted already: a promise that rejects later is then handled.
    promise?.then(
      (value) => end(resolve, value),
      (error: unknown) => end(reject, error),
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
  });
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  wait(undefined, signal, ms, () => {});
