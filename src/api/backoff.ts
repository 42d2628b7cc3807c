/** Retry timing for idempotent requests: jittered exponential backoff and `Retry-After`. */

export interface RetryOptions {
  /** Attempts in total, the first included (default 3). */
  attempts?: number;
  /** The first backoff delay before jitter (default 300 ms). */
  baseDelayMs?: number;
  /** No wait is longer; a `Retry-After` asking for more is not retried (default 5000 ms). */
  maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  attempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 5000,
};

/**
 * `value` when it is a finite number, else a `RangeError` naming the option: `NaN` attempts would
 * retry until aborted, and a `NaN` limit would take any Retry-After with no wait at all.
 */
export function finiteOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number.`);
  }
  return value;
}

export function resolveRetry(options: RetryOptions = {}): ResolvedRetryOptions {
  const { attempts, baseDelayMs, maxDelayMs } = DEFAULT_RETRY;
  return {
    attempts: Math.max(1, Math.floor(finiteOption('retry.attempts', options.attempts, attempts))),
    baseDelayMs: Math.max(0, finiteOption('retry.baseDelayMs', options.baseDelayMs, baseDelayMs)),
    maxDelayMs: Math.max(0, finiteOption('retry.maxDelayMs', options.maxDelayMs, maxDelayMs)),
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
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month ("Tue, 25 Nov 2025 12:00:03 GMT"); a bare number that is
  // not delta-seconds ("-5", "1.5") is not one, even though Date.parse would accept it.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The backoff before retry number `retry` (1 for the first retry): exponential from `baseDelayMs`,
 * capped at `maxDelayMs`, with "equal jitter" (between half and all of it) so that clients that failed
 * together do not retry together.
 */
export function backoffDelay(
  retry: number,
  options: Pick<ResolvedRetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * How long to wait before retry number `retry`, or `undefined` when the server asked for a wait
 * longer than `maxDelayMs` (then giving up is more honest than hammering it early).
 */
export function retryDelay(
  retry: number,
  retryAfterMs: number | undefined,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs === undefined) return backoffDelay(retry, options, random);
  return retryAfterMs > options.maxDelayMs ? undefined : retryAfterMs;
}
