/**
 * `MemoryConnectionsApi`: one workspace held in memory, for demos, stories and tests. It follows the
 * same state rules as the reference server, can wait `latencyMs` before answering, and can be told to
 * fail any method with a given {@link ApiErrorKind}, at construction or at run time. It offers push
 * (`watchConnections`, unless `push` is false), and {@link MemoryConnectionsApi.serverUpdate} changes
 * a connection as the server would on its own.
 */
import { sleep } from './abort.js';
import { ApiError, STATUS_FOR_KIND, WATCH_FATAL_KINDS, type ApiErrorKind } from './errors.js';
import type {
  AppInfo,
  Connection,
  ConnectionRequest,
  ConnectionsApi,
  ConnectionsApiMethod,
  RequestOptions,
  WatchConnectionsOptions,
} from './types.js';
import { parseConnection, parseConnectionRequest } from './validate.js';

/**
 * A connection as the memory API takes it: the contract's fields (any status string) plus the
 * reference server's internal ones, so that the server's seed can be passed as it is.
 */
export interface MemoryConnectionInput extends Omit<Connection, 'status' | 'app'> {
  app: AppInfo;
  status: string;
  /** `'agency'`: the agency's own connection; never listed nor gettable. */
  owner?: string;
  /** The provider rejects the stored token: a refresh fails. */
  refreshFails?: boolean;
}

/** What {@link MemoryConnectionsApi.serverUpdate} may change: anything but the id and the owner. */
export type MemoryConnectionPatch = Partial<Omit<MemoryConnectionInput, 'id' | 'owner'>>;

export type MemoryFailures = Partial<Record<ConnectionsApiMethod, ApiErrorKind>>;

export interface MemoryConnectionsApiOptions {
  connections: readonly MemoryConnectionInput[];
  requests?: readonly ConnectionRequest[];
  /** Milliseconds every call waits before answering (default 0). */
  latencyMs?: number;
  failures?: MemoryFailures;
  /** Offers push: `watchConnections` works (default true); false: it rejects with `not-found`. */
  push?: boolean;
}

type Watcher = (connection: MemoryConnectionInput) => void;

const CODE_FOR_KIND: Partial<Record<ApiErrorKind, string>> = {
  'refresh-failed': 'refresh_failed',
  'not-found': 'not_found',
};

function failure(kind: ApiErrorKind, message: string): ApiError {
  return new ApiError(kind, message, { status: STATUS_FOR_KIND[kind], code: CODE_FOR_KIND[kind] });
}

export class MemoryConnectionsApi implements ConnectionsApi {
  /** Method → the kind it rejects with. Public and mutable: change it at any time. */
  failures: MemoryFailures;
  /** Milliseconds every call waits before answering. Public and mutable. */
  latencyMs: number;
  /**
   * Whether push is offered. Public and mutable; read when `watchConnections` is called: false makes
   * it reject at once with `not-found`, as a backend without push does.
   */
  push: boolean;

  readonly #connections: MemoryConnectionInput[];
  readonly #requests: ConnectionRequest[];
  readonly #watchers = new Set<Watcher>();

  constructor({
    connections,
    requests = [],
    latencyMs = 0,
    failures = {},
    push = true,
  }: MemoryConnectionsApiOptions) {
    this.#connections = structuredClone(connections.filter((c) => c.owner !== 'agency'));
    this.#requests = structuredClone(requests) as ConnectionRequest[];
    this.latencyMs = latencyMs;
    this.failures = { ...failures };
    this.push = push;
  }

  listConnections(options?: RequestOptions): Promise<Connection[]> {
    return this.#call('listConnections', options, () => this.#connections.map(parseConnection));
  }

  getConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.#call('getConnection', options, () => parseConnection(this.#find(id)));
  }

  refreshConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.#call(
      'refreshConnection',
      options,
      () => {
        const connection = this.#find(id);
        if (connection.status === 'revoked') {
          throw failure('refresh-failed', 'A revoked connection cannot be refreshed.');
        }
        if (connection.refreshable && !connection.refreshFails) {
          return this.#write(connection, {
            status: 'active',
            lastRefreshedAt: new Date().toISOString(),
          });
        }
        this.#write(connection, { status: 'error' });
        throw failure(
          'refresh-failed',
          connection.refreshable
            ? 'The provider rejected the stored credential.'
            : 'This connection holds no stored credential to refresh.',
        );
      },
      id,
    );
  }

  revokeConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.#call('revokeConnection', options, () => {
      const connection = this.#find(id);
      if (connection.status === 'revoked') return parseConnection(connection);
      return this.#write(connection, { status: 'revoked', refreshable: false });
    });
  }

  listConnectionRequests(options?: RequestOptions): Promise<ConnectionRequest[]> {
    return this.#call('listConnectionRequests', options, () =>
      this.#requests.map(parseConnectionRequest),
    );
  }

  /**
   * Push, in memory: `onConnection` hears a fresh copy of every connection that changes (a refresh, a
   * failed refresh that leaves it `error`, a revoke, {@link serverUpdate}), in a microtask after the
   * change, until `signal` aborts; then it resolves and stops listening. No latency.
   * - `push` false: rejects at once with `not-found`.
   * - `failures.watchConnections`, read at the call: `unauthorized`, `forbidden` or `not-found` reject
   *   at once, as over HTTP. Any other kind is an outage the HTTP watcher would ride out: while
   *   `failures.watchConnections` is set, changes are not heard (nor replayed later).
   */
  async watchConnections({ signal, onConnection }: WatchConnectionsOptions): Promise<void> {
    if (signal.aborted) return;
    if (!this.push) throw failure('not-found', 'This backend offers no push.');
    const kind = this.failures.watchConnections;
    if (kind && WATCH_FATAL_KINDS.includes(kind)) {
      throw failure(kind, `watchConnections failed (injected ${kind}).`);
    }
    const watcher: Watcher = (stored) => {
      if (this.failures.watchConnections) return;
      const connection = parseConnection(stored);
      queueMicrotask(() => {
        if (!signal.aborted) onConnection(connection);
      });
    };
    this.#watchers.add(watcher);
    // Until the signal aborts; the watcher goes at once (a leak check may count right after).
    return new Promise((resolve) => {
      const stop = () => {
        this.#watchers.delete(watcher);
        resolve();
      };
      signal.addEventListener('abort', stop, { once: true });
    });
  }

  /** How many watches are running (for leak checks: an aborted watch is gone). */
  get watchCount(): number {
    return this.#watchers.size;
  }

  /**
   * Changes a connection as the server would on its own (the provider's callback, a background job,
   * someone in another tab), for stories, tests and the demo: applies `patch` at once (no latency, no
   * injected failure), tells every watcher even when nothing changed (as a server may send the same
   * state twice), and returns a fresh copy. Not part of {@link ConnectionsApi}.
   * Throws an ApiError `not-found` for an unknown id, and `invalid-response` for a patch that would not
   * leave a valid Connection (then nothing changes).
   */
  serverUpdate(id: string, patch: MemoryConnectionPatch): Connection {
    const connection = this.#find(id);
    const next = { ...connection, ...structuredClone(patch), id, owner: connection.owner };
    parseConnection(next);
    return this.#write(connection, next, true);
  }

  /**
   * Applies `change` to a stored connection and returns a fresh copy of it. Watchers hear of it when a
   * field the client sees changed, or `always`.
   */
  #write(
    connection: MemoryConnectionInput,
    change: Partial<MemoryConnectionInput>,
    always = false,
  ): Connection {
    const before = JSON.stringify(parseConnection(connection));
    Object.assign(connection, change);
    const after = parseConnection(connection);
    if (always || JSON.stringify(after) !== before) {
      for (const watcher of this.#watchers) watcher(connection);
    }
    return after;
  }

  #find(id: string): MemoryConnectionInput {
    const connection = this.#connections.find((c) => c.id === id);
    if (!connection) throw failure('not-found', 'No such connection.');
    return connection;
  }

  /**
   * Waits the latency (abortable), then fails as `failures` said at the time of the call, or runs
   * `answer`. Every value returned is a fresh copy (the validators build new objects). `refreshed`:
   * the id of the connection a refresh is for.
   */
  async #call<T>(
    method: ConnectionsApiMethod,
    options: RequestOptions | undefined,
    answer: () => T,
    refreshed?: string,
  ): Promise<T> {
    const signal = options?.signal;
    signal?.throwIfAborted();
    const kind = this.failures[method];
    // Never synchronous: without latency, one microtask.
    await (this.latencyMs > 0 ? sleep(this.latencyMs, signal) : undefined);
    signal?.throwIfAborted();
    if (kind) {
      // An injected refresh failure leaves the connection in error, as a real one would.
      const connection = this.#connections.find((c) => c.id === refreshed);
      if (kind === 'refresh-failed' && connection && connection.status !== 'revoked') {
        this.#write(connection, { status: 'error' });
      }
      throw failure(kind, `${method} failed (injected ${kind}).`);
    }
    return answer();
  }
}
