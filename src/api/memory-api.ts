/**
 * `MemoryConnectionsApi`: one workspace held in memory, for demos, stories and tests. It follows the
 * same state rules as the reference server, can wait `latencyMs` before answering, and can be told to
 * fail any method with a given {@link ApiErrorKind}, at construction or at run time.
 */
import { sleep } from './abort.js';
import { ApiError, STATUS_FOR_KIND, type ApiErrorKind } from './errors.js';
import type {
  AppInfo,
  Connection,
  ConnectionRequest,
  ConnectionsApi,
  ConnectionsApiMethod,
  RequestOptions,
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

export type MemoryFailures = Partial<Record<ConnectionsApiMethod, ApiErrorKind>>;

export interface MemoryConnectionsApiOptions {
  connections: readonly MemoryConnectionInput[];
  requests?: readonly ConnectionRequest[];
  /** Milliseconds every call waits before answering (default 0). */
  latencyMs?: number;
  failures?: MemoryFailures;
}

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

  readonly #connections: MemoryConnectionInput[];
  readonly #requests: ConnectionRequest[];

  constructor({
    connections,
    requests = [],
    latencyMs = 0,
    failures = {},
  }: MemoryConnectionsApiOptions) {
    this.#connections = structuredClone(connections.filter((c) => c.owner !== 'agency'));
    this.#requests = structuredClone([...requests]);
    this.latencyMs = latencyMs;
    this.failures = { ...failures };
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
        if (!connection.refreshable || connection.refreshFails) {
          connection.status = 'error';
          throw failure('refresh-failed', 'The provider rejected the stored credential.');
        }
        connection.status = 'active';
        connection.lastRefreshedAt = new Date().toISOString();
        return parseConnection(connection);
      },
      (kind) => {
        // An injected refresh failure leaves the connection in error, as a real one would.
        const connection = this.#connections.find((c) => c.id === id);
        if (kind === 'refresh-failed' && connection && connection.status !== 'revoked') {
          connection.status = 'error';
        }
      },
    );
  }

  revokeConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.#call('revokeConnection', options, () => {
      const connection = this.#find(id);
      if (connection.status !== 'revoked') {
        connection.status = 'revoked';
        connection.refreshable = false;
      }
      return parseConnection(connection);
    });
  }

  listConnectionRequests(options?: RequestOptions): Promise<ConnectionRequest[]> {
    return this.#call('listConnectionRequests', options, () =>
      this.#requests.map(parseConnectionRequest),
    );
  }

  #find(id: string): MemoryConnectionInput {
    const connection = this.#connections.find((c) => c.id === id);
    if (!connection) throw failure('not-found', 'No such connection.');
    return connection;
  }

  /**
   * Waits the latency (abortable), then fails as `failures` said at the time of the call, or runs
   * `answer`. Every value returned is a fresh copy (the validators build new objects).
   */
  async #call<T>(
    method: ConnectionsApiMethod,
    options: RequestOptions | undefined,
    answer: () => T,
    onInjectedFailure?: (kind: ApiErrorKind) => void,
  ): Promise<T> {
    const signal = options?.signal;
    signal?.throwIfAborted();
    const kind = this.failures[method];
    if (this.latencyMs > 0) await sleep(this.latencyMs, signal);
    else await Promise.resolve();
    signal?.throwIfAborted();
    if (kind) {
      onInjectedFailure?.(kind);
      throw failure(kind, `${method} failed (injected ${kind}).`);
    }
    return answer();
  }
}
