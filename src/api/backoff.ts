/** Retry timing: jittered exponential backoff, `Retry-After`, and the options that tune them. */

export interface RetryOptions {
  /** Attempts in total, the first included (default 3). */
  attempts?: number;
  /** The first backoff delay before jitter (default 300 ms). */
  baseDelayMs?: number;
  /** No wait is longer; a `Retry-After` asking for more is not retried (default 5000 ms). */
  maxDelayMs?: number;
}

/**
 * Option `name`'s `value`, at least `min`. Anything but a finite number is a `RangeError` naming it:
 * `NaN` attempts would retry until aborted, and a `NaN` limit would take any Retry-After with no wait.
 */
export function finite(name: string, value: number, min = 0): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number.`);
  return Math.max(min, value);
}

export function resolveRetry({
  attempts = 3,
  baseDelayMs = 300,
  maxDelayMs = 5000,
}: RetryOptions = {}): Required<RetryOptions> {
  return {
    attempts: Math.floor(finite('retry.attempts', attempts, 1)),
    baseDelayMs: finite('retry.baseDelayMs', baseDelayMs),
    maxDelayMs: finite('retry.maxDelayMs', maxDelayMs),
  };
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delta-seconds or an HTTP date.
 * `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month ("Tue, 25 Nov 2025 12:00:03 GMT"); a bare number that is
  // not delta-seconds ("-5", "1.5") is not one, even though Date.parse would accept it.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The backoff before retry number `retry` (1 for the first retry): exponential from `baseDelayMs`,
 * capped at `maxDelayMs`, with "equal jitter" (between half and all of it) so that clients that failed
 * together do not retry together.
 */
export function backoffDelay(
  retry: number,
  { baseDelayMs, maxDelayMs }: Omit<RetryOptions, 'attempts'>,
  random = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs!, baseDelayMs! * 2 ** (retry - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}
