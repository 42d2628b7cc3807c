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
 * - Push: `watchConnections` reads the event stream with the same headers, token and 401 repeat; its
 *   connect has the per-attempt timeout, its body a silence limit instead (src/api/http-watch.ts).
 */
import { sleep } from './abort.js';
import {
  parseRetryAfter,
  finiteOption,
  resolveRetry,
  retryDelay,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './backoff.js';
import { isUrlSafeId } from '../utils/url-policy.js';
import { ApiError } from './errors.js';
import { errorFor } from './http-errors.js';
import {
  exchange,
  readText,
  type AttemptResponse,
  type FetchLike,
  type ReadAnswer,
} from './http-transport.js';
import {
  readStreamAnswer,
  resolveWatch,
  sendableEventId,
  streamError,
  watchEvents,
  type HttpWatchOptions,
  type OpenStream,
  type ResolvedWatchOptions,
} from './http-watch.js';
import { SessionTokens, type GetSessionToken, type TokenTurn } from './session-token.js';
import type {
  Connection,
  ConnectionRequest,
  ConnectionsApi,
  RequestOptions,
  WatchConnectionsOptions,
} from './types.js';
import { parseConnection, parseConnectionsPage, parseRequestsPage } from './validate.js';

export type { RetryOptions } from './backoff.js';
export type { HttpWatchOptions, WatchRetryOptions } from './http-watch.js';

export interface HttpConnectionsApiOptions {
  /** Base URL of the REST contract, absolute or relative to the page (e.g. `/api`). */
  baseUrl: string;
  workspaceId: string;
  /** Gives the bearer token. Asked once, and once more after a 401. */
  getSessionToken?: GetSessionToken;
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
  /** Per attempt, body included (default 15000); for the event stream, its connect only. */
  timeoutMs?: number;
  /** Sent with every request; never overrides `Authorization`. */
  headers?: HeadersInit;
  retry?: RetryOptions;
  /** The event stream of `watchConnections`: silence limit and reconnect backoff. */
  watch?: HttpWatchOptions;
}

/** More pages than this is a server bug, not a workspace. */
const MAX_PAGES = 1000;

type Method = 'GET' | 'POST';

/** Names a request in error messages: method and path, without the query. */
const describeRequest = (method: Method, path: string) => `${method} ${path.replace(/\?.*$/, '')}`;

function parseJson(text: string, description: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid-response', `${description} answered with a body that is not JSON.`);
  }
}

/**
 * `/connections/{id}`, or `not-found` without a request when the id cannot be one segment of a URL
 * that stays the connection's own (`..` would post to the workspace itself).
 */
function connectionPath(id: string): string {
  if (!isUrlSafeId(id)) {
    throw new ApiError('not-found', 'No connection has this id: it cannot be part of a URL.');
  }
  return `/connections/${encodeURIComponent(id)}`;
}

const isRetryableStatus = (status: number) => status === 429 || status >= 500;

export class HttpConnectionsApi implements ConnectionsApi {
  readonly baseUrl: string;
  readonly workspaceId: string;
  readonly timeoutMs: number;

  readonly #tokens: SessionTokens;
  readonly #fetch?: FetchLike;
  readonly #headers: Headers;
  readonly #retry: ResolvedRetryOptions;
  readonly #watch: ResolvedWatchOptions;

  constructor(options: HttpConnectionsApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.workspaceId = options.workspaceId;
    this.timeoutMs = finiteOption('timeoutMs', options.timeoutMs, 15_000);
    this.#tokens = new SessionTokens(options.getSessionToken, this.timeoutMs);
    this.#fetch = options.fetch;
    this.#headers = new Headers(options.headers);
    this.#headers.delete('Authorization');
    this.#retry = resolveRetry(options.retry);
    this.#watch = resolveWatch(options.watch);
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
    return parseConnection(await this.#request('GET', connectionPath(id), options.signal));
  }

  async refreshConnection(id: string, options: RequestOptions = {}): Promise<Connection> {
    const path = `${connectionPath(id)}/refresh`;
    return parseConnection(await this.#request('POST', path, options.signal));
  }

  async revokeConnection(id: string, options: RequestOptions = {}): Promise<Connection> {
    const path = `${connectionPath(id)}/revoke`;
    return parseConnection(await this.#request('POST', path, options.signal));
  }

  async listConnectionRequests(options: RequestOptions = {}): Promise<ConnectionRequest[]> {
    const body = await this.#request('GET', '/connection-requests', options.signal);
    return parseRequestsPage(body).requests;
  }

  /**
   * The connection events (`GET /connection-events`, Server-Sent Events): see
   * {@link ConnectionsApi.watchConnections} and src/api/http-watch.ts. Resolves when `signal` aborts;
   * rejects with `not-found` (no push), `unauthorized` or `forbidden`; reconnects on anything else.
   */
  watchConnections({ signal, onConnection }: WatchConnectionsOptions): Promise<void> {
    return watchEvents({
      signal,
      onConnection,
      ...this.#watch,
      open: (lastEventId, connectSignal) => this.#openEvents(lastEventId, connectSignal),
    });
  }

  /** One connect to the event stream: the open stream, or the ApiError of why not. */
  async #openEvents(lastEventId: string, signal: AbortSignal): Promise<OpenStream> {
    const path = '/connection-events';
    const turn = this.#tokens.turn();
    const id = sendableEventId(lastEventId);
    const answer = await this.#authorized(
      turn,
      'GET',
      path,
      signal,
      readStreamAnswer,
      (headers) => {
        headers.set('Accept', 'text/event-stream');
        if (id !== undefined) headers.set('Last-Event-ID', id);
      },
    );
    if (answer.stream) return answer.stream;
    throw streamError(describeRequest('GET', path), answer, turn.sent);
  }

  #url(path: string): string {
    return `${this.baseUrl}/workspaces/${encodeURIComponent(this.workspaceId)}${path}`;
  }

  /**
   * One attempt with the options' headers, `setHeaders`' and the token (only in `Authorization`);
   * after a 401, the turn's one repeat with a fresh token. Resolves with the final answer.
   */
  async #authorized<T extends { status: number }>(
    turn: TokenTurn,
    method: Method,
    path: string,
    signal: AbortSignal | undefined,
    read: ReadAnswer<T>,
    setHeaders: (headers: Headers) => void,
  ): Promise<T> {
    const description = describeRequest(method, path);
    for (;;) {
      const headers = new Headers(this.#headers);
      setHeaders(headers);
      await turn.authorize(headers, signal);
      const answer = await exchange(
        {
          method,
          url: this.#url(path),
          description,
          headers,
          timeoutMs: this.timeoutMs,
          signal,
          fetch: this.#fetch ?? ((input, init) => fetch(input, init)),
        },
        read,
      );
      if (answer.status !== 401 || !turn.renew()) return answer;
    }
  }

  /** One call of the contract: token, attempts, retries; resolves with the parsed JSON body. */
  async #request(method: Method, path: string, signal?: AbortSignal): Promise<unknown> {
    signal?.throwIfAborted();
    const description = describeRequest(method, path);
    const retry = this.#retry;
    // One fresh-token repeat per call, however many retries it takes.
    const turn = this.#tokens.turn();
    for (let attemptNo = 1; ; attemptNo += 1) {
      let response: AttemptResponse;
      try {
        response = await this.#authorized(turn, method, path, signal, readText, (headers) =>
          headers.set('Accept', 'application/json'),
        );
      } catch (error) {
        const retryable = error instanceof ApiError && error.kind === 'network';
        if (!retryable || method !== 'GET' || attemptNo >= retry.attempts) throw error;
        await sleep(retryDelay(attemptNo, undefined, retry)!, signal);
        continue;
      }

      if (response.status >= 200 && response.status < 300) {
        return parseJson(response.text, description);
      }
      const error = errorFor(description, response, turn.sent);
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
