/**
 * `HttpConnectionsApi`: the {@link ConnectionsApi} over the REST contract (docs/openapi.yaml).
 *
 * - Session token: asked lazily, once, kept in memory only as a promise, sent only in
 *   `Authorization`. After a 401 it is asked once more (calls that failed with the same token share
 *   that ask) and the call repeated once, however many retries it takes; a second 401 is final.
 * - Retries: GETs only (a refresh or revoke might have happened server-side), on network errors,
 *   5xx and 429 (honouring `Retry-After`), with jittered exponential backoff.
 * - Timeouts are per attempt and cover the body (even from a `fetch` or a body stream that ignores
 *   the signal), and separately the wait for the token; a timeout is not retried.
 * - The caller's `signal` is honoured while waiting for the token, the response, the body and a
 *   backoff; an abort rejects with `signal.reason`, not an ApiError.
 * - Push: `watchConnections` connects with the same headers, token and 401 repeat, within the
 *   per-attempt timeout; its body has a silence limit instead (src/api/http-watch.ts).
 */
import { isUrlSafeId } from '../utils/url-policy.js';
import { sleep, wait } from './abort.js';
import {
  backoffDelay,
  finite,
  parseRetryAfter,
  resolveRetry,
  type RetryOptions,
} from './backoff.js';
import { ApiError } from './errors.js';
import { answerError, openStream, readText } from './http-answer.js';
import {
  resolveWatch,
  watchEvents,
  type HttpWatchOptions,
  type OpenStream,
  type ResolvedWatchOptions,
} from './http-watch.js';
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

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type GetSessionToken = () => Promise<string> | string;

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

export class HttpConnectionsApi implements ConnectionsApi {
  readonly baseUrl: string;
  readonly workspaceId: string;
  readonly timeoutMs: number;

  readonly #getSessionToken?: GetSessionToken;
  readonly #fetch: FetchLike;
  readonly #headers: Headers;
  readonly #retry: Required<RetryOptions>;
  readonly #watch: ResolvedWatchOptions;
  /** The current token, as a promise: kept in memory only, never logged or stored. */
  #token?: Promise<string>;

  constructor(options: HttpConnectionsApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.workspaceId = options.workspaceId;
    this.timeoutMs = finite('timeoutMs', options.timeoutMs ?? 15_000, -Infinity);
    this.#getSessionToken = options.getSessionToken;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#headers = new Headers(options.headers);
    this.#headers.delete('Authorization');
    this.#retry = resolveRetry(options.retry ?? undefined); // null (plain JS) = the defaults
    this.#watch = resolveWatch(options.watch ?? undefined);
  }

  async listConnections({ signal }: RequestOptions = {}): Promise<Connection[]> {
    const connections: Connection[] = [];
    const cursors = new Set<string>();
    let query = '';
    for (;;) {
      const page = parseConnectionsPage(await this.#call('GET', `/connections${query}`, signal));
      connections.push(...page.connections);
      const cursor = page.nextCursor;
      if (cursor === null) return connections;
      if (cursors.has(cursor)) {
        throw new ApiError('invalid-response', 'The server sent the same page cursor twice.');
      }
      if (cursors.add(cursor).size >= MAX_PAGES) {
        throw new ApiError(
          'invalid-response',
          `The list of connections has over ${MAX_PAGES} pages.`,
        );
      }
      query = `?cursor=${encodeURIComponent(cursor)}`;
    }
  }

  async getConnection(id: string, { signal }: RequestOptions = {}): Promise<Connection> {
    return parseConnection(await this.#call('GET', connectionPath(id), signal));
  }

  async refreshConnection(id: string, { signal }: RequestOptions = {}): Promise<Connection> {
    return parseConnection(await this.#call('POST', `${connectionPath(id)}/refresh`, signal));
  }

  async revokeConnection(id: string, { signal }: RequestOptions = {}): Promise<Connection> {
    return parseConnection(await this.#call('POST', `${connectionPath(id)}/revoke`, signal));
  }

  async listConnectionRequests({ signal }: RequestOptions = {}): Promise<ConnectionRequest[]> {
    return parseRequestsPage(await this.#call('GET', '/connection-requests', signal)).requests;
  }

  /**
   * The connection events (`GET /connection-events`, Server-Sent Events): see
   * {@link ConnectionsApi.watchConnections} and src/api/http-watch.ts.
   */
  watchConnections(options: WatchConnectionsOptions): Promise<void> {
    return watchEvents(
      options,
      this.#watch,
      (lastEventId, signal) =>
        this.#call('GET', '/connection-events', signal, lastEventId) as Promise<OpenStream>,
    );
  }

  /** Asks `getSessionToken` for the current token. A failed ask is not kept: the next call asks again. */
  #ask(): Promise<string> {
    const getSessionToken = this.#getSessionToken!;
    const asked = (async () => {
      let token: unknown;
      try {
        token = await getSessionToken();
      } catch (cause) {
        throw new ApiError('unauthorized', 'getSessionToken failed.', { cause });
      }
      if (typeof token !== 'string' || !token) {
        throw new ApiError('unauthorized', 'getSessionToken gave no token.');
      }
      return token;
    })();
    asked.catch(() => this.#forget(asked));
    return (this.#token = asked);
  }

  #forget(token: Promise<string>): void {
    if (this.#token === token) this.#token = undefined;
  }

  /** `promise` under `signal`, within `timeoutMs`: after it, a `timeout` ApiError saying `what`. */
  #within<T>(
    promise: Promise<T>,
    signal: AbortSignal | undefined,
    what: string,
    onTimeout?: () => void,
  ): Promise<T> {
    return wait(promise, signal, this.timeoutMs, () => {
      onTimeout?.();
      throw new ApiError('timeout', `${what} within ${this.timeoutMs} ms.`);
    });
  }

  /**
   * One call: the token, attempts and their retries (GETs that answer JSON), the one repeat with a
   * fresh token after a 401. Resolves with the parsed JSON of a 2xx answer, or for the event stream
   * (`lastEventId` given) with the open stream, its body unread. Rejects with the ApiError of any
   * other answer, or with the signal's reason.
   */
  async #call(
    method: Method,
    path: string,
    signal?: AbortSignal,
    lastEventId?: string,
  ): Promise<unknown> {
    signal?.throwIfAborted();
    const stream = lastEventId !== undefined;
    const description = `${method} ${path.replace(/\?.*$/, '')}`;
    const url = `${this.baseUrl}/workspaces/${encodeURIComponent(this.workspaceId)}${path}`;
    const { attempts, maxDelayMs } = this.#retry;
    const retries = method === 'GET' && !stream ? attempts : 1;
    let token = this.#getSessionToken && (this.#token ?? this.#ask());
    let renewed = false;
    for (let attempt = 1; ;) {
      const controller = new AbortController();
      let open: OpenStream | undefined;
      let text = '';
      let sent: string | undefined;
      let response: Response | undefined;
      let error: ApiError | undefined;
      let retryAfterMs: number | undefined;
      try {
        // The token's own timeout: a `getSessionToken` that never settles is not kept.
        const asked = token;
        sent =
          asked &&
          (await this.#within(asked, signal, 'getSessionToken gave no token', () =>
            this.#forget(asked),
          ));
        signal?.throwIfAborted(); // aborted while the token came: nothing goes out
        const headers = new Headers(this.#headers);
        headers.set('Accept', stream ? 'text/event-stream' : 'application/json');
        // Only an ID that can be a header value (printable ASCII, not too long); else none, and the
        // server starts the stream afresh.
        if (stream && /^[\x20-\x7e]{1,1024}$/.test(lastEventId)) {
          headers.set('Last-Event-ID', lastEventId);
        }
        if (sent) headers.set('Authorization', `Bearer ${sent}`);
        // The fetch and the body within `timeoutMs`, raced against the timer and the caller's
        // signal: a `fetch` or a body stream that ignores its signal must still time out and abort.
        response = await this.#within(
          (async () => {
            const got = await this.#fetch(url, {
              method,
              headers,
              signal: controller.signal,
              cache: 'no-store',
            });
            if (stream && got.ok) open = openStream(got, description, () => controller.abort());
            else text = await readText(got);
            return got;
          })(),
          signal,
          `${description} got no answer`,
        );
      } catch (thrown) {
        controller.abort(thrown);
        if (signal?.aborted) throw signal.reason;
        error =
          thrown instanceof ApiError
            ? thrown
            : new ApiError('network', `${description} failed: the network request failed.`, {
                cause: thrown,
              });
        if (error.kind !== 'network') throw error; // a network failure is retried below
      }

      if (response) {
        const { status, headers, ok } = response;
        if (status === 401 && token && !renewed) {
          // Calls that got a 401 with the same token share one fresh ask.
          renewed = true;
          token = (this.#token !== token && this.#token) || this.#ask();
          continue;
        }
        if (ok) {
          if (open) return open;
          try {
            return JSON.parse(text);
          } catch {
            throw new ApiError(
              'invalid-response',
              `${description} answered with a body that is not JSON.`,
            );
          }
        }
        retryAfterMs = parseRetryAfter(headers.get('Retry-After'));
        // A backend without push answers 404, 405 or 501.
        const notOffered = stream && (status === 405 || status === 501);
        error = answerError(description, status, text, sent, retryAfterMs, notOffered);
        if (!(status === 429 || status >= 500)) throw error; // 5xx and 429 are retried below
      }
      // A GET's retry, while attempts remain: after what `Retry-After` asks (giving up when that is
      // longer than we allow: more honest than hammering the server early), else the backoff.
      if (attempt >= retries || (retryAfterMs ?? 0) > maxDelayMs) throw error!;
      await sleep(retryAfterMs ?? backoffDelay(attempt, this.#retry), signal);
      attempt += 1;
    }
  }
}
