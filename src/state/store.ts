/**
 * The single source of truth for one workspace: every element under a provider reads this store and
 * calls its actions, so the table, the detail and the badge always agree and two requests for the
 * same thing are one request.
 *
 * Three pieces, each written once:
 * - `StoreBase` keeps the state and the rules for writing it (sequence numbers, authoritative
 *   action results);
 * - `LatestRequest` times each read: the latest call wins, the older one is aborted, and an aborted
 *   or superseded answer never writes (the list, the requests and each detail own one);
 * - `ActionQueue` times actions: one per kind and id, one after another on the same connection.
 * This class says what to ask and what each answer means. An answer about another connection than
 * the one asked for is an `invalid-response` failure and writes nothing. Aborted requests never
 * write state and are never reported as errors.
 *
 * Without an api (the host has not configured one yet) reads stay `idle` and resolve at once, and
 * actions fail with an `ApiError` of kind `unexpected`; nothing is reported through `onError`,
 * because nothing was requested.
 */
import { ApiError } from '../api/errors.js';
import type { Connection, ConnectionsApi } from '../api/types.js';
import { ActionQueue, throwIfAborted } from './action-queue.js';
import { isAbort, LatestRequest } from './latest-request.js';
import { StoreBase, toApiError } from './store-base.js';
import {
  type ActionOutcome,
  type ActionResult,
  type DetailState,
  type GetConnectionOptions,
  type LoadStatus,
  type PendingAction,
  type StoreState,
} from './store-state.js';

export * from './store-state.js';

/** The answer must be about the connection asked for; names what was expected, never the value. */
function expectId(id: string, connection: Connection): Connection {
  if (connection.id === id) return connection;
  throw new ApiError(
    'invalid-response',
    'The server answered with another connection than the one asked for.',
  );
}

function unwrap(outcome: ActionOutcome): ActionResult {
  if (!outcome.ok) throw outcome.error;
  return { connection: outcome.connection, previousStatus: outcome.previousStatus };
}

export class ConnectionsStore extends StoreBase {
  private currentApi: ConnectionsApi | null;
  private readonly list = new LatestRequest<void>(this.nextSeq);
  private readonly requests = new LatestRequest<void>(this.nextSeq);
  private readonly details = new Map<string, LatestRequest<Connection | undefined>>();
  private readonly actions = new ActionQueue();
  private readonly results = new WeakMap<Promise<ActionOutcome>, Promise<ActionResult>>();

  constructor(api: ConnectionsApi | null = null) {
    super();
    this.currentApi = api;
  }

  get api(): ConnectionsApi | null {
    return this.currentApi;
  }

  /** Loads the list unless it is loading or loaded; concurrent calls share one request. */
  loadConnections(): Promise<void> {
    return this.load(this.list, 'list', () => this.reloadConnections());
  }

  /** Asks the server again; an older list request in flight is aborted and its answer ignored. */
  reloadConnections(): Promise<void> {
    return this.read(
      this.list,
      'list',
      (api, signal) => api.listConnections({ signal }),
      (connections, seq) => {
        const map = new Map(this.state.connections);
        for (const connection of connections) this.write(map, connection, seq);
        // An id listed twice (a server paging over a changing list) is one row, where it came first.
        const ids = [...new Set(connections.map((c) => c.id))];
        return { connections: map, list: { status: 'ready', ids } };
      },
    );
  }

  /** Loads the outstanding connection requests unless loading or loaded. */
  loadRequests(): Promise<void> {
    return this.load(this.requests, 'requests', () => this.reloadRequests());
  }

  reloadRequests(): Promise<void> {
    return this.read(
      this.requests,
      'requests',
      (api, signal) => api.listConnectionRequests({ signal }),
      (items) => ({ requests: { status: 'ready', items } }),
    );
  }

  /**
   * One connection. Served from the state when the store holds it (unless `force`); concurrent
   * calls for one id share one request. Never rejects: resolves with the connection, or with
   * `undefined` when it failed (see `state.details`), was aborted, or there is no api.
   */
  getConnection(id: string, options: GetConnectionOptions = {}): Promise<Connection | undefined> {
    let request = this.details.get(id);
    if (request?.inFlight && !options.force) return request.inFlight;
    const known = this.state.connections.get(id);
    if (known && !options.force) return Promise.resolve(known);
    const api = this.usableApi();
    if (!api) return Promise.resolve(undefined);
    if (!request) this.details.set(id, (request = new LatestRequest(this.nextSeq)));
    const done = request.run(
      (signal) => api.getConnection(id, { signal }).then((c) => expectId(id, c)),
      {
        value: (connection, seq) => {
          const map = new Map(this.state.connections);
          this.write(map, connection, seq);
          this.succeed({ connections: map, details: this.withDetail(id, { status: 'ready' }) });
          return map.get(id);
        },
        error: (error) => {
          const apiError = toApiError(error);
          this.fail(apiError, {
            details: this.withDetail(id, { status: 'error', error: apiError }),
          });
          return undefined;
        },
      },
    );
    this.setState({ details: this.withDetail(id, { status: 'loading' }) });
    return done;
  }

  /**
   * Refreshes the credential, then fetches the connection again ("the page reloads with the updated
   * status") and resolves with that fresh copy. On failure it still fetches the connection, so the
   * state shows what the server now says, then rejects with the refresh's error.
   */
  refresh(id: string): Promise<ActionResult> {
    return this.settled(this.perform('refresh', id));
  }

  /** Revokes access; the server's answer is written to the state. */
  revoke(id: string): Promise<ActionResult> {
    return this.settled(this.perform('revoke', id));
  }

  /**
   * Runs an action and resolves with how it ended (a failure too); rejects only when aborted. The
   * same action asked again while queued or running is the same promise; another action on the same
   * connection waits for this one to settle. `known` is the caller's copy of the connection, used
   * only where the store holds none (a host-opened dialog for a connection never loaded).
   */
  perform(action: PendingAction, id: string, known?: Connection): Promise<ActionOutcome> {
    if (this.isDisposed) {
      return Promise.reject(new DOMException('The connections store was disposed.', 'AbortError'));
    }
    const api = this.currentApi;
    if (!api) {
      // Nothing was requested, so nothing is reported through `onError`; the caller says why.
      const connection = this.state.connections.get(id) ?? known;
      return Promise.resolve({
        ok: false,
        error: new ApiError(
          'unexpected',
          'No ConnectionsApi is configured (set api-base-url or .api).',
        ),
        connection,
        previousStatus: connection?.status ?? 'unknown',
      });
    }
    return this.actions.enqueue(action, id, (signal) => this.act(api, action, id, signal, known), {
      started: () => this.setState({ pending: new Map(this.state.pending).set(id, action) }),
      settled: (last) => {
        if (!last) return;
        const pending = new Map(this.state.pending);
        pending.delete(id);
        this.setState({ pending });
      },
    });
  }

  /**
   * A workspace change: aborts everything in flight, switches to `api`, clears the state back to
   * idle and notifies, so the elements that read it load again.
   */
  reset(api: ConnectionsApi | null): void {
    this.abortAll();
    this.currentApi = api;
    this.clear();
  }

  /** Aborts everything in flight and stops notifying. The store is not usable afterwards. */
  dispose(): void {
    this.abortAll();
    this.stop();
  }

  private async act(
    api: ConnectionsApi,
    action: PendingAction,
    id: string,
    signal: AbortSignal,
    known: Connection | undefined,
  ): Promise<ActionOutcome> {
    const previousStatus = this.state.connections.get(id)?.status ?? known?.status ?? 'unknown';
    const call = action === 'refresh' ? api.refreshConnection : api.revokeConnection;
    let result: Connection;
    try {
      result = expectId(id, await call.call(api, id, { signal }));
    } catch (error) {
      if (isAbort(error, signal)) throw signal.aborted ? signal.reason : error;
      const apiError = toApiError(error);
      this.reportError(apiError);
      // A failed refresh may have changed the connection (the provider rejected it): read it again.
      if (action === 'refresh') await this.getConnection(id, { force: true });
      throwIfAborted(signal);
      const connection = this.state.connections.get(id) ?? known;
      return { ok: false, error: apiError, connection, previousStatus };
    }
    throwIfAborted(signal);
    this.writeAuthoritative(result);
    this.reportSuccess();
    if (action === 'refresh') await this.getConnection(id, { force: true });
    throwIfAborted(signal);
    return { ok: true, connection: this.state.connections.get(id) ?? result, previousStatus };
  }

  /** An outcome as a result or a rejection; one promise per action, so a double click is one. */
  private settled(outcome: Promise<ActionOutcome>): Promise<ActionResult> {
    let result = this.results.get(outcome);
    if (!result) this.results.set(outcome, (result = outcome.then(unwrap)));
    return result;
  }

  /** The read in flight, else nothing when ready, else a new read. */
  private load(
    request: LatestRequest<void>,
    key: 'list' | 'requests',
    reload: () => Promise<void>,
  ): Promise<void> {
    return request.inFlight ?? (this.state[key].status === 'ready' ? Promise.resolve() : reload());
  }

  /**
   * A read of the list or the requests through its `LatestRequest`: 'loading' now, then the patch
   * `onValue` makes of the answer, or 'error' with the failure (the data already shown is kept).
   */
  private read<K extends 'list' | 'requests', R>(
    request: LatestRequest<void>,
    key: K,
    call: (api: ConnectionsApi, signal: AbortSignal) => Promise<R>,
    onValue: (result: R, seq: number) => Partial<StoreState>,
  ): Promise<void> {
    const api = this.usableApi();
    if (!api) return Promise.resolve();
    const patch = (status: LoadStatus, error?: ApiError) =>
      ({ [key]: { ...this.state[key], status, error } }) as Partial<StoreState>;
    const done = request.run((signal) => call(api, signal), {
      value: (result, seq) => this.succeed(onValue(result, seq)),
      error: (error) => {
        const apiError = toApiError(error);
        this.fail(apiError, patch('error', apiError));
      },
    });
    // After `run` recorded the call, so a listener that loads again on 'loading' shares it.
    this.setState(patch('loading'));
    return done;
  }

  private usableApi(): ConnectionsApi | null {
    return this.isDisposed ? null : this.currentApi;
  }

  private withDetail(id: string, detail: DetailState): ReadonlyMap<string, DetailState> {
    return new Map(this.state.details).set(id, detail);
  }

  private abortAll(): void {
    this.list.abort();
    this.requests.abort();
    for (const request of this.details.values()) request.abort();
    this.details.clear();
    this.actions.abortAll();
  }
}
