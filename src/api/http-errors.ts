/** The ApiError of an HTTP answer that is not a success: kind, status, code, Retry-After, no token. */
import { parseRetryAfter } from './backoff.js';
import { ApiError, kindForStatus, type ApiErrorKind } from './errors.js';
import type { AttemptResponse } from './http-transport.js';

interface ErrorBody {
  code?: string;
  message?: string;
}

/** Reads `{"error":{"code","message"}}` tolerantly: whatever is missing or odd is left out. */
function readErrorBody(text: string): ErrorBody {
  try {
    const body: unknown = JSON.parse(text);
    const error = (body as { error?: unknown } | null)?.error;
    if (typeof error !== 'object' || error === null) return {};
    const { code, message } = error as Record<string, unknown>;
    return {
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message : undefined,
    };
  } catch {
    return {};
  }
}

/** `text` with every occurrence of `secret` blanked out. */
function redact(text: string | undefined, secret: string | undefined): string | undefined {
  if (!text || !secret) return text;
  // As sent and as a URL would carry it (a server may echo a query string or a redirect).
  const forms = [secret, encodeURIComponent(secret)];
  return forms.reduce((out, form) => out.split(form).join('[redacted]'), text);
}

/**
 * The ApiError of a non-2xx answer, of the kind its status maps to unless `kind` is given. A server
 * that echoes the token back does not get it into the message or the code.
 */
export function errorFor(
  description: string,
  response: AttemptResponse,
  token?: string,
  kind?: ApiErrorKind,
): ApiError {
  const body = readErrorBody(response.text);
  const code = redact(body.code, token);
  // Redacted before it is shortened, so no piece of the token survives the cut either.
  const message = redact(body.message, token)?.slice(0, 500);
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  return new ApiError(
    kind ?? kindForStatus(response.status, code),
    `${description} answered ${response.status}${code ? ` (${code})` : ''}${message ? `: ${message}` : '.'}`,
    {
      status: response.status,
      code,
      retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    },
  );
}
