/**
 * A ConnectionsApi whose every call returns a deferred promise the test settles by hand, so races
 * (dedupe, stale responses, aborts) are exact and need no timers. It records every call with its
 * signal. Like a real api, a call rejects with the signal's reason when it is aborted, unless the
 * test builds it with `ignoreAbort` (a hand-written api that never looks at the signal).
 */
import { ApiError, type ApiErrorKind } from '../../src/api/errors.js';
import type {
  Connection,
  ConnectionRequest,
  ConnectionsApi,
  ConnectionsApiMethod,
  RequestOptions,
} from '../../src/api/types.js';

export interface FakeCall {
  method: ConnectionsApiMethod;
  id?: string;
  signal?: AbortSignal;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Rejects with an ApiError of `kind`. */
  fail(kind: ApiErrorKind, init?: ConstructorParameters<typeof ApiError>[2]): void;
}

export class FakeApi implements ConnectionsApi {
  readonly calls: FakeCall[] = [];
  private readonly ignoreAbort: boolean;

  constructor(options: { ignoreAbort?: boolean } = {}) {
    this.ignoreAbort = options.ignoreAbort ?? false;
  }

  /** The calls of one method (and id), oldest first. */
  callsOf(method: ConnectionsApiMethod, id?: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method && (id === undefined || c.id === id));
  }

  /** The latest call of `method`; fails the test when there is none. */
  last(method: ConnectionsApiMethod, id?: string): FakeCall {
    const calls = this.callsOf(method, id);
    if (!calls.length) throw new Error(`no call of ${method}${id ? ` ${id}` : ''}`);
    return calls[calls.length - 1];
  }

  listConnections(options?: RequestOptions): Promise<Connection[]> {
    return this.record('listConnections', undefined, options);
  }
  getConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.record('getConnection', id, options);
  }
  refreshConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.record('refreshConnection', id, options);
  }
  revokeConnection(id: string, options?: RequestOptions): Promise<Connection> {
    return this.record('revokeConnection', id, options);
  }
  listConnectionRequests(options?: RequestOptions): Promise<ConnectionRequest[]> {
    return this.record('listConnectionRequests', undefined, options);
  }

  private record<T>(
    method: ConnectionsApiMethod,
    id: string | undefined,
    options?: RequestOptions,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const signal = options?.signal;
      this.calls.push({
        method,
        id,
        signal,
        resolve: (value) => resolve(value as T),
        reject,
        fail: (kind, init) => reject(new ApiError(kind, `fake ${kind}`, init)),
      });
      if (signal && !this.ignoreAbort) {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }
    });
  }
}

/** A connection with sensible defaults. */
export function connection(id: string, overrides: Partial<Connection> = {}): Connection {
  return {
    id,
    app: { key: 'slack', name: 'Slack' },
    label: `Label ${id}`,
    status: 'active',
    externalAccountEmail: `${id}@example.com`,
    lastRefreshedAt: '2024-01-01T00:00:00.000Z',
    refreshable: true,
    ...overrides,
  };
}

export function request(id: string): ConnectionRequest {
  return {
    id,
    app: { key: 'hubspot', name: 'HubSpot' },
    requestedAt: '2024-01-02T00:00:00.000Z',
    requestedBy: 'Ada',
    connectUrl: `https://example.com/connect/${id}`,
  };
}

/** Lets every pending promise callback run (one macrotask turn drains the microtask queue). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
