/** Every way a call to the {@link ConnectionsApi} can fail (DESIGN.md). */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'refresh-failed'
  | 'rate-limited'
  | 'server'
  | 'invalid-response'
  | 'unexpected';

export const API_ERROR_KINDS: readonly ApiErrorKind[] = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'refresh-failed',
  'rate-limited',
  'server',
  'invalid-response',
  'unexpected',
];

/**
 * The kinds `watchConnections` rejects with: trying again would not help. It rides out every other
 * failure by reconnecting.
 */
export const WATCH_FATAL_KINDS: readonly ApiErrorKind[] = [
  'unauthorized',
  'forbidden',
  'not-found',
];

export interface ApiErrorInit {
  /** The HTTP status, when there was a response. */
  status?: number;
  /** The server's machine-readable `error.code`, when it sent one. */
  code?: string;
  /** Seconds the server asked us to wait (429 / 503 Retry-After). */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error type of the API layer. Its message is for developers and logs; the UI shows the
 * messages of `src/i18n`, chosen by `kind`. It never carries a token.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly retryAfter?: number;

  constructor(kind: ApiErrorKind, message: string, init: ApiErrorInit = {}) {
    super(message, init); // takes `cause` when there is one
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status;
    this.code = init.code;
    this.retryAfter = init.retryAfter;
  }
}

/**
 * The copy of `error` that may travel in a DOM event (which crosses every shadow root): kind,
 * status, code and message, without `cause`, where a host's own `fetch` or `.api` may have put a
 * request and its headers (and so a token).
 */
export function withoutCause(error: ApiError): ApiError {
  return new ApiError(error.kind, error.message, {
    status: error.status,
    code: error.code,
    retryAfter: error.retryAfter,
  });
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** The HTTP status that means each kind (the inverse of {@link kindForStatus}), for fakes and tests. */
export const STATUS_FOR_KIND: Readonly<Partial<Record<ApiErrorKind, number>>> = {
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'refresh-failed': 422,
  'rate-limited': 429,
  server: 500,
  unexpected: 400,
};

/**
 * The kind an HTTP status maps to (the inverse of {@link STATUS_FOR_KIND}, every 5xx `server`). 422 is
 * only `refresh-failed` for the refresh endpoint's code.
 */
export function kindForStatus(status: number, code?: string): ApiErrorKind {
  if (status >= 500) return 'server';
  if (status === 422 && code !== 'refresh_failed') return 'unexpected';
  const kinds = Object.keys(STATUS_FOR_KIND) as ApiErrorKind[];
  return kinds.find((kind) => STATUS_FOR_KIND[kind] === status) ?? 'unexpected';
}
