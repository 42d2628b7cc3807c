/**
 * What the store makes of the api's answers and failures, as pure functions: any failure is an
 * `ApiError`, an answer about another connection is `invalid-response`, and a list keeps each id
 * once and only the ids that can make a safe URL.
 */
import { ApiError, isApiError } from '../api/errors.js';
import type { Connection } from '../api/types.js';
import { isUrlSafeId } from '../utils/url-policy.js';

/** Any failure as an `ApiError`: a hand-written api may throw anything. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  const message = error instanceof Error ? error.message : 'The request failed.';
  return new ApiError('unexpected', message, { cause: error });
}

/** The answer must be about the connection asked for; names what was expected, never the value. */
export function expectId(id: string, connection: Connection): Connection {
  if (connection.id === id) return connection;
  throw new ApiError('invalid-response', 'The answer is about another connection.');
}

/** Each id once, where it came first (a server paging over a changing list may repeat one). */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

/**
 * The connections of a list to show: a connection whose id cannot make a safe URL is left out, the
 * rest is listed, with an `invalid-response` error saying how many were left out (never which).
 */
export function listAnswer(answer: readonly Connection[]): [Connection[], ApiError?] {
  const safe = answer.filter((c) => isUrlSafeId(c.id));
  const dropped = answer.length - safe.length;
  return [
    uniqueById(safe),
    dropped
      ? new ApiError(
          'invalid-response',
          `${dropped} connection(s) left out: their ids cannot be part of a URL.`,
        )
      : undefined,
  ];
}
