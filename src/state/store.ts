/**
 * The single source of truth for one workspace: every element under a provider reads this store and
 * calls its actions, so the table, the detail and the badge always agree and two requests for the
 * same thing are one request.
 *
 * Rules that keep the state right when requests race:
 * - Every read takes a sequence number when it STARTS; every write of a connection records the
 *   sequence it came from; a read writes a connection only if it started after that connection's
 *   last write. So a slow, older response never overwrites a newer one.
 * - Action (POST) results are authoritative when they ARRIVE: they take a fresh sequence then.
 * - The list and the requests panel are written only by their latest request; a superseded request
 *   is aborted, and its response (if the api ignores the signal) is dropped.
 * - Aborted requests never write state and are never reported as errors.
 *
 * Without an api (the host has not configured one yet) reads stay `idle` and resolve at once, and
 * actions reject with an `ApiError` of kind `unexpected`; nothing is reported through `onError`,
 * because nothing was requested.
 */
import { ApiError, isApiError } from '../api/errors.js';
import type {
  Connection,
  ConnectionRequest,
  ConnectionsApi,
  ConnectionStatus,
} from '../api/types.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type PendingAction = 'refresh' | 'revoke';

export interface ListState {
  status: LoadStatus;
  /** The connections of the list, in the server's order; look them up in `connections`. */
  ids: readonly string[];
  error?: ApiError;
}

export interface DetailState {
  status: 'loading' | 'ready' | 'error';
  error?: ApiError;
}

export interface RequestsState {
  status: LoadStatus;
  items: readonly ConnectionRequest[];
  error?: ApiError;
}

/** A snapshot: replaced (never mutated) on each change, so `previous !== store.state` detects one. */
export interface StoreState {
  /** Every connection the store knows, by id, whichever request brought it. */
  connections: ReadonlyMap<string, Connection>;
  list: ListState;
  /** Connections fetched one by one (`getConnection`). */
  details: ReadonlyMap<string, DetailState>;
  requests: RequestsState;
  /** Actions in flight, by connection id. */
  pending: ReadonlyMap<string, PendingAction>;
}

export interface ActionResult {
  connection: Connection;
  previousStatus: ConnectionStatus;
}

export interface GetConnectionOptions {
  /** Ask the server even when the store already holds the connection. */
  force?: boolean;
}

export const initialState: StoreState = Object.freeze({
  connections: new Map(),
  list: Object.freeze({ status: 'idle', ids: [] }),
  details: new Map(),
  requests: Object.freeze({ status: 'idle', items: [] }),
  pending: new Map(),
}) as StoreState;

/** A request in flight: its start sequence, its own abort switch, and what its callers await. */
interface Flight<T> {
  seq: number;
  controller: AbortController;
  promise: Promise<T>;
}

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  const message = error instanceof Error ? error.message : 'The request failed.';
  return new ApiError('unexpected', message, { cause: error });
}

/** Turns a synchronous throw of a hand-written api into a rejection. */
function attempt<T>(call: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}

function abortError(): DOMException {
  return new DOMException('The connections store was reset or disposed.', 'AbortError');
}

export class ConnectionsStore {
  private currentApi: ConnectionsApi | null;
  private current: StoreState = initialState;
  private disposed = false;
  private seq = 0;
  /** The sequence of each connection's last write. */
  private written = new Map<string, number>();
  private listFlight?: Flight<void>;
  private requestsFlight?: Flight<void>;
  private detailFlights = new Map<string, Flight<Connection | undefined>>();
  private actions = new Map<string, Promise<ActionResult>>();
  /** Every controller of every request in flight, so dispose/reset can abort them all. */
  private controllers = new Set<AbortController>();
  private listeners = new Set<() => void>();
  private errorListeners = new Set<(error: ApiError) => void>();
  private successListeners = new Set<() => void>();

  constructor(api: ConnectionsApi | null = null) {
    this.currentApi = api;
  }

  get state(): StoreState {
    return this.current;
  }

  get api(): ConnectionsApi | null {
    return this.currentApi;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** How many state listeners are attached: for leak checks. */
  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    if (this.disposed) return () => {};
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` with the error of every request that fails (aborts excepted). */
  onError(listener: (error: ApiError) => void): () => void {
    if (this.disposed) return () => {};
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** Calls `listener` after every request that succeeds (the provider ends an auth episode on it). */
  onSuccess(listener: () => void): () => void {
    if (this.disposed) return () => {};
    this.successListeners.add(listener);
    return () => this.successListeners.delete(listener);
  }

  /** Loads the list unless it is loading or loaded; concurrent calls share one request. */
  loadConnections(): Promise<void> {
    if (this.listFlight) return this.listFlight.promise;
    const { status } = this.current.list;
    if (status === 'ready') return Promise.resolve();
    return this.reloadConnections();
  }

  /** Asks the server again; an older list request in flight is aborted and its answer ignored. */
  reloadConnections(): Promise<void> {
    const api = this.usableApi();
    if (!api) return Promise.resolve();
    this.listFlight?.controller.abort();
    const flight = this.startFlight<void>((seq, signal) =>
      attempt(() => api.listConnections({ signal })).then(
        (connections) => {
          // Superseded: its callers wait for the request that replaced it.
          if (signal.aborted || this.listFlight !== flight) return this.listFlight?.promise;
          const map = new Map(this.current.connections);
          for (const connection of connections) this.write(map, connection, seq);
          this.listFlight = undefined;
          this.setState({
            connections: map,
            // An id listed twice (a server paging over a changing list) is one row, where it came first.
            list: { status: 'ready', ids: [...new Set(connections.map((c) => c.id))] },
          });
          this.reportSuccess();
          return undefined;
        },
        (error: unknown) => {
          if (isAbort(error, signal) || this.listFlight !== flight) return this.listFlight?.promise;
          this.listFlight = undefined;
          const apiError = toApiError(error);
          this.setState({ list: { ...this.current.list, status: 'error', error: apiError } });
          this.reportError(apiError);
          return undefined;
        },
      ),
    );
    // Recorded before listeners hear 'loading', so a listener that loads again shares this request.
    this.listFlight = flight;
    this.setState({ list: { ...this.current.list, status: 'loading', error: undefined } });
    return flight.promise;
  }

  /** Loads the outstanding connection requests unless loading or loaded. */
  loadRequests(): Promise<void> {
    if (this.requestsFlight) return this.requestsFlight.promise;
    if (this.current.requests.status === 'ready') return Promise.resolve();
    return this.reloadRequests();
  }

  reloadRequests(): Promise<void> {
    const api = this.usableApi();
    if (!api) return Promise.resolve();
    this.requestsFlight?.controller.abort();
    const flight = this.startFlight<void>((_seq, signal) =>
      attempt(() => api.listConnectionRequests({ signal })).then(
        (items) => {
          if (signal.aborted || this.requestsFlight !== flight) return this.requestsFlight?.promise;
          this.requestsFlight = undefined;
          this.setState({ requests: { status: 'ready', items } });
          this.reportSuccess();
          return undefined;
        },
        (error: unknown) => {
          if (isAbort(error, signal) || this.requestsFlight !== flight) {
            return this.requestsFlight?.promise;
          }
          this.requestsFlight = undefined;
          const apiError = toApiError(error);
          this.setState({
            requests: { ...this.current.requests, status: 'error', error: apiError },
          });
          this.reportError(apiError);
          return undefined;
        },
      ),
    );
    this.requestsFlight = flight;
    this.setState({ requests: { ...this.current.requests, status: 'loading', error: undefined } });
    return flight.promise;
  }

  /**
   * One connection. Served from the state when the store holds it (unless `force`); concurrent
   * calls for one id share one request. Never rejects: resolves with the connection, or with
   * `undefined` when it failed (see `state.details`), was aborted, or there is no api.
   */
  getConnection(id: string, options: GetConnectionOptions = {}): Promise<Connection | undefined> {
    const inFlight = this.detailFlights.get(id);
    if (inFlight && !options.force) return inFlight.promise;
    const known = this.current.connections.get(id);
    if (known && !options.force) return Promise.resolve(known);
    const api = this.usableApi();
    if (!api) return Promise.resolve(undefined);

    inFlight?.controller.abort();
    const flight = this.startFlight<Connection | undefined>((seq, signal) =>
      attempt(() => api.getConnection(id, { signal })).then(
        (connection) => {
          if (signal.aborted || this.detailFlights.get(id) !== flight) {
            return this.detailFlights.get(id)?.promise;
          }
          this.detailFlights.delete(id);
          const map = new Map(this.current.connections);
          this.write(map, connection, seq);
          const details = new Map(this.current.details).set(id, { status: 'ready' as const });
          this.setState({ connections: map, details });
          this.reportSuccess();
          return map.get(id);
        },
        (error: unknown) => {
          if (isAbort(error, signal) || this.detailFlights.get(id) !== flight) {
            return this.detailFlights.get(id)?.promise;
          }
          this.detailFlights.delete(id);
          const apiError = toApiError(error);
          this.setDetail(id, { status: 'error', error: apiError });
          this.reportError(apiError);
          return undefined;
        },
      ),
    );
    this.detailFlights.set(id, flight);
    this.setDetail(id, { status: 'loading' });
    return flight.promise;
  }

  /**
   * Refreshes the credential, then fetches the connection again ("the page reloads with the updated
   * status") and resolves with that fresh copy. On failure it still fetches the connection, so the
   * state shows what the server now says, then rejects with the refresh's error. While an action on
   * this id is in flight, any further action returns that same promise: a double click is one request.
   */
  refresh(id: string): Promise<ActionResult> {
    return this.act(id, 'refresh', async (api, signal, previousStatus) => {
      let result: Connection;
      try {
        result = await api.refreshConnection(id, { signal });
      } catch (error) {
        if (isAbort(error, signal)) throw signal.aborted ? signal.reason : error;
        const apiError = toApiError(error);
        this.reportError(apiError);
        await this.getConnection(id, { force: true });
        throw apiError;
      }
      if (signal.aborted) throw abortError();
      this.writeAuthoritative(result);
      this.reportSuccess();
      const fresh = await this.getConnection(id, { force: true });
      if (signal.aborted) throw abortError();
      return { connection: fresh ?? this.current.connections.get(id) ?? result, previousStatus };
    });
  }

  /** Revokes access; the server's answer is written to the state. Same one-at-a-time rule as refresh. */
  revoke(id: string): Promise<ActionResult> {
    return this.act(id, 'revoke', async (api, signal, previousStatus) => {
      let result: Connection;
      try {
        result = await api.revokeConnection(id, { signal });
      } catch (error) {
        if (isAbort(error, signal)) throw signal.aborted ? signal.reason : error;
        const apiError = toApiError(error);
        this.reportError(apiError);
        throw apiError;
      }
      if (signal.aborted) throw abortError();
      this.writeAuthoritative(result);
      this.reportSuccess();
      return { connection: result, previousStatus };
    });
  }

  /**
   * A workspace change: aborts everything in flight, switches to `api`, clears the state back to
   * idle and notifies, so the elements that read it load again.
   */
  reset(api: ConnectionsApi | null): void {
    this.abortAll();
    this.currentApi = api;
    this.written.clear();
    this.setState(initialState);
  }

  /** Aborts everything in flight and stops notifying. The store is not usable afterwards. */
  dispose(): void {
    this.abortAll();
    this.disposed = true;
    this.listeners.clear();
    this.errorListeners.clear();
    this.successListeners.clear();
  }

  private usableApi(): ConnectionsApi | null {
    return this.disposed ? null : this.currentApi;
  }

  private startFlight<T>(run: (seq: number, signal: AbortSignal) => Promise<T>): Flight<T> {
    const controller = new AbortController();
    this.controllers.add(controller);
    const seq = ++this.seq;
    const promise = run(seq, controller.signal).finally(() => this.controllers.delete(controller));
    return { seq, controller, promise };
  }

  private act(
    id: string,
    action: PendingAction,
    run: (
      api: ConnectionsApi,
      signal: AbortSignal,
      previousStatus: ConnectionStatus,
    ) => Promise<ActionResult>,
  ): Promise<ActionResult> {
    const inFlight = this.actions.get(id);
    if (inFlight) return inFlight;
    if (this.disposed) return Promise.reject(abortError());
    const api = this.currentApi;
    if (!api) {
      return Promise.reject(
        new ApiError('unexpected', 'No ConnectionsApi is configured (set api-base-url or .api).'),
      );
    }
    const previousStatus = this.current.connections.get(id)?.status ?? 'unknown';
    const controller = new AbortController();
    this.controllers.add(controller);
    const promise = run(api, controller.signal, previousStatus).finally(() => {
      this.controllers.delete(controller);
      if (controller.signal.aborted || this.actions.get(id) !== promise) return;
      this.actions.delete(id);
      const pending = new Map(this.current.pending);
      pending.delete(id);
      this.setState({ pending });
    });
    this.actions.set(id, promise);
    this.setState({ pending: new Map(this.current.pending).set(id, action) });
    return promise;
  }

  /** Writes `connection` into `map` if the read that brought it started after its last write. */
  private write(map: Map<string, Connection>, connection: Connection, seq: number): void {
    if (seq <= (this.written.get(connection.id) ?? 0)) return;
    this.written.set(connection.id, seq);
    map.set(connection.id, connection);
  }

  private writeAuthoritative(connection: Connection): void {
    const map = new Map(this.current.connections);
    this.write(map, connection, ++this.seq);
    this.setState({ connections: map });
  }

  private setDetail(id: string, detail: DetailState): void {
    this.setState({ details: new Map(this.current.details).set(id, detail) });
  }

  private abortAll(): void {
    for (const controller of this.controllers) controller.abort();
    this.controllers.clear();
    this.listFlight = undefined;
    this.requestsFlight = undefined;
    this.detailFlights.clear();
    this.actions.clear();
  }

  private setState(patch: Partial<StoreState>): void {
    if (this.disposed) return;
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private reportError(error: ApiError): void {
    if (this.disposed) return;
    for (const listener of [...this.errorListeners]) listener(error);
  }

  private reportSuccess(): void {
    if (this.disposed) return;
    for (const listener of [...this.successListeners]) listener();
  }
}
