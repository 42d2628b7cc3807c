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
 * `defaults` with each option of `options` that is set in its place, at least `min`; `prefix` + key
 * names it. Anything but a finite number is a `RangeError` naming the option: `NaN` attempts would
 * retry until aborted, and a `NaN` limit would take any Retry-After with no wait at all.
 */
export function resolveOptions<T extends Record<string, number>>(
  prefix: string,
  options: Partial<T> = {},
  defaults: T,
  min = 0,
): T {
  const resolved: Record<string, number> = {};
  for (const key in defaults) {
    const value = options[key] === undefined ? defaults[key] : options[key];
    if (!Number.isFinite(value)) throw new RangeError(`${prefix}${key} must be a finite number.`);
    resolved[key] = Math.max(min, value!);
  }
  return resolved as T;
}

export function resolveRetry(options?: RetryOptions): Required<RetryOptions> {
  const resolved = resolveOptions('retry.', options, {
    attempts: 3,
    baseDelayMs: 300,
    maxDelayMs: 5000,
  });
  resolved.attempts = Math.max(1, Math.floor(resolved.attempts));
  return resolved;
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
