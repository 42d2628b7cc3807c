/**
 * `HttpConnectionsApi`: the {@link ConnectionsApi} over the REST contract (docs/openapi.yaml).
 *
 * - Session token: `getSessionToken` is asked lazily, once; the promise is kept in memory only. After a
 *   401 it is asked once more (requests that failed with the same token share that one call) and the
 *   request is repeated once; a second 401 is `unauthorized`.
 * - Retries: GETs only, on network errors, 5xx and 429 (honouring `Retry-After`), with jittered
 *   exponential backoff, `retry.attempts` attempts in all. A POST is never retried (apart from the one
 *   repeat after a fresh token), because a refresh or revoke might have happened server-side.
 * - Timeouts are per attempt and cover reading the body (even from a `fetch` or a body stream that
 *   ignores the signal), and separately the wait for the session token; a timeout is not retried.
 * - The caller's `signal` is honoured while waiting for the token, the response, the body and a
 *   backoff; an abort rejects with `signal.reason`, not an ApiError.
 */
import { abortable, sleep } from './abort.js';
import {
  parseRetryAfter,
  resolveRetry,
  retryDelay,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './backoff.js';
import { ApiError, kindForStatus } from './errors.js';
import { attempt, type AttemptResponse, type FetchLike } from './http-transport.js';
import type { Connection, ConnectionRequest, ConnectionsApi, RequestOptions } from './types.js';
import { parseConnection, parseConnectionsPage, parseRequestsPage } from './validate.js';

export type { RetryOptions } from './backoff.js';

export interface HttpConnectionsApiOptions {
  /** Base URL of the REST contract, absolute or relative to the page (e.g. `/api`). */
  baseUrl: string;
  workspaceId: string;
  /** Gives the bearer token. Asked once, and once more after a 401. */
  getSessionToken?: () => Promise<string> | string;
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
  /** Per attempt, body included (default 15000). */
  timeoutMs?: number;
  /** Sent with every request; never overrides `Authorization`. */
  headers?: HeadersInit;
  retry?: RetryOptions;
}

/** More pages than this is a server bug, not a workspace. */
const MAX_PAGES = 1000;

type Method = 'GET' | 'POST';

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

function parseJson(text: string, description: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid-response', `${description} answered with a body that is not JSON.`);
  }
}

/** `text` with every occurrence of `secret` blanked out. */
function redact(text: string | undefined, secret: string | undefined): string | undefined {
  return text && secret ? text.split(secret).join('[redacted]') : text;
}

/** The ApiError of a non-2xx answer; a server that echoes the token back does not get it into the message. */
function errorFor(description: string, response: AttemptResponse, token?: string): ApiError {
  const body = readErrorBody(response.text);
  const code = redact(body.code, token);
  // Redacted before it is shortened, so no piece of the token survives the cut either.
  const message = redact(body.message, token)?.slice(0, 500);
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  return new ApiError(
    kindForStatus(response.status, code),
    `${description} answered ${response.status}${code ? ` (${code})` : ''}${message ? `: ${message}` : '.'}`,
    {
      status: response.status,
      code,
      retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    },
  );
}

const isRetryableStatus = (status: number) => status === 429 || status >= 500;

export class HttpConnectionsApi implements ConnectionsApi {
  readonly baseUrl: string;
  readonly workspaceId: string;
  readonly timeoutMs: number;

  readonly #getSessionToken?: () => Promise<string> | string;
  readonly #fetch?: FetchLike;
  readonly #headers: Headers;
  readonly #retry: ResolvedRetryOptions;
  /** The current token, as a promise: kept in memory only, never logged or stored. */
  #token?: Promise<string>;

  constructor(options: HttpConnectionsApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.workspaceId = options.workspaceId;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.#getSessionToken = options.getSessionToken;
    this.#fetch = options.fetch;
    this.#headers = new Headers(options.headers);
    this.#headers.delete('Authorization');
    this.#retry = resolveRetry(options.retry);
  }

  async listConnections(options: RequestOptions = {}): Promise<Connection[]> {
    const connections: Connection[] = [];
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query: string = cursor === null ? '' : `?cursor=${encodeURIComponent(cursor)}`;
      const body = await this.#request('GET', `/connections${query}`, options.signal);
      const result = parseConnectionsPage(body);
      connections.push(...result.connections);
      cursor = result.nextCursor;
      if (cursor === null) return connections;
      if (seen.has(cursor)) {
        throw new ApiError('invalid-response', 'The server sent the same page cursor twice.');
      }
      seen.add(cursor);
    }
    throw new ApiError('invalid-response', `The list of connections has over ${MAX_PAGES} pages.`);
  }

  async getConnection(id: string, options: RequestOptions = {}): Promise<Connection> {
    const body = await this.#request(
      'GET',
      `/connections/${encodeURIComponent(id)}`,
      options.signal,
    );
    return parseConnection(body);
  }

  async refreshConnection(id: string, options: RequestOptions = {}): Promise<Connection> {
    const path = `/connections/${encodeURIComponent(id)}/refresh`;
    return parseConnection(await this.#request('POST', path, options.signal));
  }

  async revokeConnection(id: string, options: RequestOptions = {}): Promise<Connection> {
    const path = `/connections/${encodeURIComponent(id)}/revoke`;
    return parseConnection(await this.#request('POST', path, options.signal));
  }

  async listConnectionRequests(options: RequestOptions = {}): Promise<ConnectionRequest[]> {
    const body = await this.#request('GET', '/connection-requests', options.signal);
    return parseRequestsPage(body).requests;
  }

  /** The token to send, asking for it the first time. */
  #currentToken(): Promise<string> | undefined {
    if (!this.#getSessionToken) return undefined;
    this.#token ??= this.#askForToken();
    return this.#token;
  }

  /** A fresh token after `stale` got a 401; requests that saw the same stale token share one ask. */
  #freshToken(stale: Promise<string>): Promise<string> {
    if (this.#token === stale || this.#token === undefined) this.#token = this.#askForToken();
    return this.#token;
  }

  #askForToken(): Promise<string> {
    const getSessionToken = this.#getSessionToken!;
    const asked = (async () => {
      let token: unknown;
      try {
        token = await getSessionToken();
      } catch (error) {
        throw new ApiError('unauthorized', 'getSessionToken failed.', { cause: error });
      }
      if (typeof token !== 'string' || token === '') {
        throw new ApiError('unauthorized', 'getSessionToken gave no token.');
      }
      return token;
    })();
    // A failed ask is not kept: the next request asks again.
    asked.catch(() => {
      if (this.#token === asked) this.#token = undefined;
    });
    return asked;
  }

  /**
   * Waits for the token under the caller's signal and the per-attempt timeout: a `getSessionToken`
   * that never settles is a `timeout`, and is not kept (the next request asks again).
   */
  async #awaitToken(token: Promise<string>, signal?: AbortSignal): Promise<string> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    try {
      return await abortable(abortable(token, signal), timeout.signal);
    } catch (error) {
      if (signal?.aborted || !timeout.signal.aborted) throw error;
      if (this.#token === token) this.#token = undefined;
      throw new ApiError('timeout', `getSessionToken gave no token within ${this.timeoutMs} ms.`);
    } finally {
      clearTimeout(timer);
    }
  }

  #url(path: string): string {
    return `${this.baseUrl}/workspaces/${encodeURIComponent(this.workspaceId)}${path}`;
  }

  /** One call of the contract: token, attempts, retries; resolves with the parsed JSON body. */
  async #request(method: Method, path: string, signal?: AbortSignal): Promise<unknown> {
    signal?.throwIfAborted();
    const description = `${method} ${path.replace(/\?.*$/, '')}`;
    const retry = this.#retry;
    let tokenPromise = this.#currentToken();
    let repeatedForToken = false;
    for (let attemptNo = 1; ; attemptNo += 1) {
      const headers = new Headers(this.#headers);
      headers.set('Accept', 'application/json');
      const token = tokenPromise ? await this.#awaitToken(tokenPromise, signal) : undefined;
      if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);

      let response: AttemptResponse;
      try {
        response = await attempt({
          method,
          url: this.#url(path),
          description,
          headers,
          timeoutMs: this.timeoutMs,
          signal,
          fetch: this.#fetch ?? ((input, init) => fetch(input, init)),
        });
      } catch (error) {
        const retryable = error instanceof ApiError && error.kind === 'network';
        if (!retryable || method !== 'GET' || attemptNo >= retry.attempts) throw error;
        await sleep(retryDelay(attemptNo, undefined, retry)!, signal);
        continue;
      }

      if (response.status >= 200 && response.status < 300) {
        return parseJson(response.text, description);
      }
      if (response.status === 401 && tokenPromise && !repeatedForToken) {
        // One repeat with a fresh token; it does not count as a retry.
        repeatedForToken = true;
        tokenPromise = this.#freshToken(tokenPromise);
        attemptNo -= 1;
        continue;
      }
      const error = errorFor(description, response, token);
      if (method !== 'GET' || !isRetryableStatus(response.status) || attemptNo >= retry.attempts) {
        throw error;
      }
      const delay = retryDelay(
        attemptNo,
        parseRetryAfter(response.headers.get('Retry-After')),
        retry,
      );
      if (delay === undefined) throw error; // the server asked for a longer wait than we allow
      await sleep(delay, signal);
    }
  }
}
