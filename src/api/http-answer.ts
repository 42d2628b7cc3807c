/**
 * Reading an HTTP answer: the whole body, an open event stream, or the ApiError of an answer that is
 * not a success (kind, status, code, Retry-After, no token).
 */
import { ApiError, kindForStatus } from './errors.js';
import type { OpenStream } from './http-watch.js';

/**
 * The whole body as text. A body shorter than its `Content-Length` was cut off: WebKit resolves
 * `text()` with the part it got where Chromium and Firefox reject, so this makes it a network
 * failure in every engine. (Only without `Content-Encoding`: then the length counts encoded bytes.
 * No header is `Number(null)`, 0: never short.)
 */
export async function readText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { headers } = response;
  if (!headers.has('Content-Encoding') && bytes.length < Number(headers.get('Content-Length'))) {
    throw new TypeError('The body ended before its Content-Length.');
  }
  return new TextDecoder().decode(bytes);
}

const EVENT_STREAM = /^\s*text\/event-stream\s*(;|$)/i;

/**
 * The open event stream of a 2xx answer, read later with no time limit. Any other 2xx is a backend
 * without push, as `EventSource` has it: `not-found`, its body released unread (a page served for
 * any path is not a stream).
 */
export function openStream(response: Response, description: string, abort: () => void): OpenStream {
  const { body, status } = response;
  if (body && EVENT_STREAM.test(response.headers.get('Content-Type') ?? '')) return { body, abort };
  body?.cancel().catch(() => {});
  throw new ApiError('not-found', `${description} answered ${status}, not with an event stream.`, {
    status,
  });
}

/** `text` (the server's) with every form of `secret` blanked out; undefined when not a string. */
function redact(text: unknown, secret: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  // As sent and as a URL would carry it (a server may echo a query string or a redirect).
  const forms = secret ? [secret, encodeURIComponent(secret)] : [];
  return forms.reduce((out, form) => out.split(form).join('[redacted]'), text);
}

/**
 * The ApiError of a non-2xx answer with body `text`, of the kind its status maps to (`not-found`
 * when the backend does not offer what was asked), reading `{"error":{"code","message"}}`
 * tolerantly. A server that echoes the token (`sent`) back does not get it into the message or the
 * code.
 */
export function answerError(
  description: string,
  status: number,
  text: string,
  sent: string | undefined,
  retryAfterMs: number | undefined,
  notOffered: boolean,
): ApiError {
  let code: string | undefined;
  let message: unknown;
  try {
    ({ code, message } = JSON.parse(text).error);
  } catch {
    // Not the contract's error body: status only.
  }
  code = redact(code, sent);
  // Redacted before it is shortened, so no piece of the token survives the cut.
  message = redact(message, sent)?.slice(0, 500);
  return new ApiError(
    notOffered ? 'not-found' : kindForStatus(status, code),
    `${description} answered ${status}${code ? ` (${code})` : ''}${message ? `: ${message}` : '.'}`,
    { status, code, retryAfter: retryAfterMs && Math.ceil(retryAfterMs / 1000) },
  );
}
