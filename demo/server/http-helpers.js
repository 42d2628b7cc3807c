// Small helpers for answering JSON over node:http. Every answer is JSON and never cached (but the
// event stream's, live.js).

/** Largest request body the reference server reads (the control endpoints take seed data). */
const MAX_BODY_BYTES = 1_000_000;

/**
 * An error that the router turns into `{"error":{"code","message"}}` with its HTTP status.
 */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, code, message, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const notFound = (message = 'Not found.') => new HttpError(404, 'not_found', message);

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string>} [headers]
 */
export function sendRaw(res, status, body, headers = {}) {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...headers,
    // Last, so no fault's headers can make an API answer anything but JSON a browser will not run.
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * On every API answer: never sniffed into another type, and nothing in it may load or run if a
 * browser is made to open it as a page.
 */
export const API_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'",
});

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} [value]  omitted for 204
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, value, headers = {}) {
  if (status === 204) {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(204, { 'Cache-Control': 'no-store', ...headers, ...API_HEADERS });
    res.end();
    return;
  }
  sendRaw(res, status, JSON.stringify(value), headers);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {HttpError} error
 */
export function sendError(res, error) {
  sendJson(
    res,
    error.status,
    { error: { code: error.code, message: error.message } },
    error.headers,
  );
}

/** The standard `code` for an HTTP status, for faults that give a status without a body. */
export function codeForStatus(status) {
  const codes = {
    400: 'bad_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    422: 'refresh_failed',
    429: 'rate_limited',
    500: 'internal_error',
    502: 'bad_gateway',
    503: 'service_unavailable',
    504: 'gateway_timeout',
  };
  return codes[status] ?? (status >= 500 ? 'server_error' : 'error');
}

/**
 * Reads a JSON request body; an empty body is `{}`.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<unknown>}
 */
export async function readJsonBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'payload_too_large', 'Body too large.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}

/**
 * Splits a raw request URL into decoded path segments (split BEFORE decoding, so an id holding an
 * encoded `/`, `?` or `#` stays one segment) and its query.
 * @param {string} rawUrl  e.g. `/api/workspaces/a%2Fb/connections?limit=2`
 * @returns {{ rawPath: string, segments: string[], query: URLSearchParams }}
 */
export function parseUrl(rawUrl) {
  const hashAt = rawUrl.indexOf('#');
  const url = hashAt === -1 ? rawUrl : rawUrl.slice(0, hashAt);
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
  const segments = rawPath
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw new HttpError(400, 'bad_request', 'The path is not validly URL-encoded.');
      }
    });
  return { rawPath, segments, query };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
