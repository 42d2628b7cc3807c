/**
 * The reads of the store: the list, the outstanding requests and each connection, each timed by its
 * own `LatestRequest` (the latest call wins; an aborted or superseded answer never writes). A read
 * the elements asked for shows 'loading' and then the answer or the failure; a background read
 * (live updates) shows neither and only updates rows in place.
 */
import { ApiError } from '../api/errors.js';
import type { Connection, ConnectionsApi } from '../api/types.js';
import type { Clock } from '../utils/clock.js';
import { isUrlSafeId } from '../utils/url-policy.js';
import { LatestRequest, type Stamp } from './latest-request.js';
import { StoreBase, toApiError } from './store-base.js';
import type {
  DetailState,
  GetConnectionOptions,
  LoadStatus,
  ReadOptions,
  StoreState,
  WriteSource,
} from './store-state.js';

/** The answer must be about the connection asked for; names what was expected, never the value. */
export function expectId(id: string, connection: Connection): Connection {
  if (connection.id === id) return connection;
  throw new ApiError(
    'invalid-response',
    'The server answered with another connection than the one asked for.',
  );
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

export class StoreReads extends StoreBase {
  private currentApi: ConnectionsApi | null;
  private readonly list = new LatestRequest<boolean>(this.nextStamp);
  private readonly requests = new LatestRequest<boolean>(this.nextStamp);
  private readonly details = new Map<string, LatestRequest<Connection | undefined>>();

  /** @param options.clock the time source of the stamps (epoch ms); tests pass a manual one. */
  constructor(api: ConnectionsApi | null = null, options: { clock?: Clock } = {}) {
    super(options.clock);
    this.currentApi = api;
  }

  get api(): ConnectionsApi | null {
    return this.currentApi;
  }

  /** Loads the list unless it is loading or loaded; concurrent calls share one request. */
  loadConnections(): Promise<void> {
    return this.load(this.list, 'list', () => this.reloadConnections());
  }

  /**
   * Asks the server again; an older list request in flight is aborted and its answer ignored.
   * Resolves true when the list was read (false: failed, aborted, or no api).
   */
  reloadConnections(options: ReadOptions = {}): Promise<boolean> {
    return this.read(
      this.list,
      'list',
      options,
      (api, signal) => api.listConnections({ signal }),
      (answer, stamp, source) => {
        // A connection whose id cannot make a safe URL is left out; the rest is listed. An id
        // listed twice (a server paging over a changing list) is one row, where it came first.
        const safe = answer.filter((c) => isUrlSafeId(c.id));
        const connections = uniqueById(safe);
        const map = new Map(this.state.connections);
        for (const connection of connections) this.write(map, connection, stamp, source);
        const ids = connections.map((c) => c.id);
        const dropped = answer.length - safe.length;
        const leftOut =
          dropped && !options.background
            ? new ApiError(
                'invalid-response',
                `${dropped} connection(s) left out: their ids cannot be part of a URL.`,
              )
            : undefined;
        return { connections: map, list: { status: 'ready', ids, ...(leftOut && { leftOut }) } };
      },
    );
  }

  /** Loads the outstanding connection requests unless loading or loaded. */
  loadRequests(): Promise<void> {
    return this.load(this.requests, 'requests', () => this.reloadRequests());
  }

  reloadRequests(options: ReadOptions = {}): Promise<boolean> {
    return this.read(
      this.requests,
      'requests',
      options,
      (api, signal) => api.listConnectionRequests({ signal }),
      // A request listed twice is shown once, where it came first (the panel keys rows by id).
      (items) => ({ requests: { status: 'ready', items: uniqueById(items) } }),
    );
  }

  /**
   * One connection. Served from the state when the store holds it (unless `force`); concurrent
   * calls for one id share one request. Never rejects: resolves with the connection, or with
   * `undefined` when it failed (see `state.details`), was aborted, or there is no api.
   */
  getConnection(id: string, options: GetConnectionOptions = {}): Promise<Connection | undefined> {
    let request = this.details.get(id);
    if (request?.inFlight && (!options.force || options.background)) return request.inFlight;
    const known = this.state.connections.get(id);
    if (known && !options.force) return Promise.resolve(known);
    const api = this.usableApi();
    if (!api) return Promise.resolve(undefined);
    if (!request) this.details.set(id, (request = new LatestRequest(this.nextStamp)));
    const { background } = options;
    const done = request.run(
      (signal) => api.getConnection(id, { signal }).then((c) => expectId(id, c)),
      {
        value: (connection, stamp) => {
          const map = new Map(this.state.connections);
          this.write(map, connection, stamp, background ? 'poll' : 'read');
          this.succeed({ connections: map, details: this.withDetail(id, { status: 'ready' }) });
          return map.get(id);
        },
        error: (error) => {
          const apiError = toApiError(error);
          if (background) this.reportLiveFailure(apiError);
          else
            this.fail(apiError, {
              details: this.withDetail(id, { status: 'error', error: apiError }),
            });
          return undefined;
        },
      },
    );
    if (!background) this.setState({ details: this.withDetail(id, { status: 'loading' }) });
    return done;
  }

  /**
   * A connection the server pushed (`watchConnections`): written like a read that started now, and
   * told to `onWrite` listeners with `source: 'push'`. One this store never held is ignored.
   */
  applyPushed(connection: Connection): void {
    if (this.isDisposed || !this.state.connections.has(connection.id)) return;
    this.writeOne(connection, this.clock.now(), 'push');
  }

  /** The read in flight, else nothing when ready, else a new read. */
  private load(
    request: LatestRequest<boolean>,
    key: 'list' | 'requests',
    reload: () => Promise<boolean>,
  ): Promise<void> {
    const next = request.inFlight ?? (this.state[key].status === 'ready' ? undefined : reload());
    return next ? next.then(() => undefined) : Promise.resolve();
  }

  /**
   * A read of the list or the requests through its `LatestRequest`: 'loading' now, then the patch
   * `onValue` makes of the answer, or 'error' with the failure (the data already shown is kept). A
   * background read shows neither, and leaves a read in flight alone.
   */
  private read<R>(
    request: LatestRequest<boolean>,
    key: 'list' | 'requests',
    { background }: ReadOptions,
    call: (api: ConnectionsApi, signal: AbortSignal) => Promise<R>,
    onValue: (result: R, stamp: Stamp, source: WriteSource) => Partial<StoreState>,
  ): Promise<boolean> {
    const api = this.usableApi();
    if (!api) return Promise.resolve(false);
    if (background && request.inFlight) return request.inFlight.then(Boolean);
    const patch = (status: LoadStatus, error?: ApiError) =>
      ({ [key]: { ...this.state[key], status, error } }) as Partial<StoreState>;
    const done = request.run((signal) => call(api, signal), {
      value: (result, stamp) => {
        this.succeed(onValue(result, stamp, background ? 'poll' : 'read'));
        return true;
      },
      error: (error) => {
        const apiError = toApiError(error);
        if (background) this.reportLiveFailure(apiError);
        else this.fail(apiError, patch('error', apiError));
        return false;
      },
    });
    // After `run` recorded the call, so a listener that loads again on 'loading' shares it.
    if (!background) this.setState(patch('loading'));
    return done.then(Boolean);
  }

  /**
   * A live update failed (a background read, the event stream): nothing on screen changes, and
   * only a lost session is reported (the provider asks the host for one).
   */
  reportLiveFailure(error: unknown): void {
    const apiError = toApiError(error);
    if (apiError.kind === 'unauthorized') this.reportError(apiError);
  }

  protected usableApi(): ConnectionsApi | null {
    return this.isDisposed ? null : this.currentApi;
  }

  private withDetail(id: string, detail: DetailState): ReadonlyMap<string, DetailState> {
    return new Map(this.state.details).set(id, detail);
  }

  /** Aborts every read in flight; their callers resolve, nothing is written. */
  protected abortReads(): void {
    this.list.abort();
    this.requests.abort();
    for (const request of this.details.values()) request.abort();
    this.details.clear();
  }
  protected setApi(api: ConnectionsApi | null): void {
    this.currentApi = api;
  }
}
