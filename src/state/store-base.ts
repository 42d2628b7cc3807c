/**
 * The state half of the store: the snapshot, its listeners and the reads (through `runLatest`), each
 * written in by the rules of `WriteLog`; `ConnectionsStore` adds the writes authoritative on arrival
 * (actions, pushes, tabs). A disposed store writes nothing and tells no one; an abort never writes
 * nor is reported.
 */
import { sleep } from '../api/abort.js';
import type { ApiError } from '../api/errors.js';
import type { Connection, ConnectionsApi } from '../api/types.js';
import { windowClock, type Clock } from '../utils/clock.js';
import { actionQueue } from './action-queue.js';
import { expectId, listAnswer, toApiError, uniqueById } from './answers.js';
import { runLatest, type Flight, type Stamp } from './latest-request.js';
import { Listeners } from './listeners.js';
import { ShownRegistry } from './shown.js';
import {
  initialState,
  type GetConnectionOptions,
  type DetailState,
  type LoadStatus,
  type ReadOptions,
  type StoreState,
  type Write,
  type WriteSource,
} from './store-state.js';
import { WriteLog } from './write-log.js';

type Patch = Partial<StoreState>;
/** Past this many connections, a list read stores its answer in a task after the one it came in. */
const LONG_LIST = 1000;
type Listed = 'list' | 'requests';
type Call<R> = (api: ConnectionsApi, signal: AbortSignal) => Promise<R>;
type OnValue<R, T> = (result: R, stamp: Stamp, source: WriteSource) => T;

export class StoreBase {
  /** What the elements show: live updates read only that. */
  readonly shown = new ShownRegistry();
  private snapshot: StoreState = initialState;
  protected readonly clock: Clock;
  private wasDisposed?: boolean;
  private lastSeq = 0;
  protected readonly writeLog = new WriteLog();
  private readonly stateListeners = new Listeners();
  private readonly errorListeners = new Listeners<[ApiError]>();
  private readonly successListeners = new Listeners();
  private readonly writeListeners = new Listeners<[readonly Write[]]>();
  /**
   * The reads in flight: 'list', 'requests', and `{aborts}#{id}`: a connection read aborted by a
   * reset hands its callers `undefined`, never a read of the next workspace.
   */
  private readonly flights = new Map<string, Flight>();
  private aborts = 0;
  protected readonly actions = actionQueue((id, action) => {
    const pending = new Map(this.snapshot.pending);
    if (action) pending.set(id, action);
    else pending.delete(id);
    this.setState({ pending });
  });

  /** @param options.clock the time source of the stamps (epoch ms); tests pass a manual one. */
  constructor(
    private currentApi: ConnectionsApi | null = null,
    options: { clock?: Clock } = {},
  ) {
    this.clock = options.clock ?? windowClock;
  }

  get state(): StoreState {
    return this.snapshot;
  }

  get api(): ConnectionsApi | null {
    return this.currentApi;
  }

  get isDisposed(): boolean {
    return !!this.wasDisposed;
  }

  /** How many state listeners are attached: for leak checks. */
  get subscriberCount(): number {
    return this.stateListeners.size;
  }

  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    return this.stateListeners.listen(listener);
  }

  /** Calls `listener` with the error of every request that fails (aborts excepted). */
  onError(listener: (error: ApiError) => void): () => void {
    return this.errorListeners.listen(listener);
  }

  /** Calls `listener` after every request that succeeds (the provider ends an auth episode on it). */
  onSuccess(listener: () => void): () => void {
    return this.successListeners.listen(listener);
  }

  /**
   * Calls `listener` with the connections one change wrote (a list read: all of them, in one call),
   * once the state holds them.
   */
  onWrite(listener: (writes: readonly Write[]) => void): () => void {
    return this.writeListeners.listen(listener);
  }

  /** Loads the list unless it is loading or loaded; concurrent calls share one request. */
  loadConnections(): Promise<void> {
    return this.loadOnce('list', () => this.reloadConnections());
  }

  /**
   * Asks the server again; an older list request in flight is aborted and its answer ignored.
   * Resolves true when the list was read (false: failed, aborted, or no api).
   */
  reloadConnections(options: ReadOptions = {}): Promise<boolean> {
    const call: Call<Connection[]> = async (api, signal) => {
      const answer = await api.listConnections({ signal });
      // A long list is written in a task of its own: the one that read and validated it (an api
      // answering from memory does both at once) need not also store and draw it.
      if (answer?.length > LONG_LIST) await sleep(0, signal);
      return answer;
    };
    return this.readAll('list', options, call, (answer, stamp, source) => {
      const [connections, leftOut] = listAnswer(answer);
      const ids = connections.map((c) => c.id);
      // A live read reports nothing: the load before it did.
      const list = { status: 'ready', ids, ...(leftOut && !options.background && { leftOut }) };
      return { ...this.withWrites(connections, stamp, source), list } as Patch;
    });
  }

  /** Loads the outstanding connection requests unless loading or loaded. */
  loadRequests(): Promise<void> {
    return this.loadOnce('requests', () => this.reloadRequests());
  }

  reloadRequests(options: ReadOptions = {}): Promise<boolean> {
    return this.readAll(
      'requests',
      options,
      (api, signal) => api.listConnectionRequests({ signal }),
      // A request listed twice is shown once (the panel keys rows by id).
      (items) => ({ requests: { status: 'ready', items: uniqueById(items) } }),
    );
  }

  /**
   * One connection. Served from the state when the store holds it (unless `force`); concurrent
   * calls for one id share one request. Never rejects: resolves with the connection, or with
   * `undefined` when it failed (see `state.details`), was aborted, or there is no api.
   */
  getConnection(id: string, options: GetConnectionOptions = {}): Promise<Connection | undefined> {
    const key = `${this.aborts}#${id}`;
    const known = this.snapshot.connections.get(id);
    if (known && !options.force && !this.flights.has(key)) return Promise.resolve(known);
    const detail = (status: DetailState['status'], error?: ApiError): Patch => ({
      details: new Map(this.snapshot.details).set(id, { status, error }),
    });
    return this.startRead(
      key,
      options,
      (api, signal) => api.getConnection(id, { signal }).then((c) => expectId(id, c)),
      (connection, stamp, source) => {
        const patch = this.withWrites([connection], stamp, source);
        return [{ ...patch, ...detail('ready') }, patch.connections.get(id)];
      },
      detail,
    );
  }

  /** A live update failed: nothing on screen changes; only a lost session is reported. */
  reportLiveFailure(error: unknown): void {
    const apiError = toApiError(error);
    if (apiError.kind === 'unauthorized') this.report(apiError);
  }

  /**
   * A workspace change: aborts everything in flight, switches to `api`, clears the state back to
   * idle and notifies, so the elements that read it load again.
   */
  reset(api: ConnectionsApi | null): void {
    this.abortInFlight();
    this.currentApi = api;
    this.writeLog.clear();
    this.setState(initialState);
  }

  /** Aborts everything in flight and stops notifying. The store is not usable afterwards. */
  dispose(): void {
    this.abortInFlight();
    this.wasDisposed = true;
    this.stateListeners.close();
    this.errorListeners.close();
    this.successListeners.close();
    this.writeListeners.close();
  }

  /** The read in flight, else nothing when ready, else a new read. */
  private loadOnce(key: Listed, reload: () => Promise<boolean>): Promise<void> {
    const next =
      this.flights.get(key)?.promise ??
      (this.snapshot[key].status === 'ready' ? undefined : reload());
    return next ? next.then(() => undefined) : Promise.resolve();
  }

  /** A read of the list or the requests: resolves true when it was read. */
  private readAll<R>(key: Listed, options: ReadOptions, call: Call<R>, onValue: OnValue<R, Patch>) {
    const patch = (status: LoadStatus, error?: ApiError) => ({
      [key]: { ...this.snapshot[key], status, error },
    });
    const toPair: OnValue<R, [Patch, true]> = (...answer) => [onValue(...answer), true];
    return this.startRead(key, { ...options, force: true }, call, toPair, patch).then(Boolean);
  }

  /**
   * A read: 'loading' now, then the patch `onValue` makes of the answer, or 'error' with the failure
   * (the data shown is kept). A background read (live updates) shows neither and reports only a
   * lost session. A read in flight answers a call that does not `force` a new one, and a
   * background call.
   */
  private startRead<R, T>(
    key: string,
    { background, force }: GetConnectionOptions,
    call: Call<R>,
    onValue: OnValue<R, [Patch, T]>,
    patch: (status: 'loading' | 'error', error?: ApiError) => Patch,
  ): Promise<T | undefined> {
    const inFlight = this.flights.get(key)?.promise as Promise<T | undefined> | undefined;
    if (inFlight && (!force || background)) return inFlight;
    const api = this.wasDisposed ? null : this.currentApi;
    if (!api) return Promise.resolve(undefined);
    const stamp = { seq: ++this.lastSeq, at: this.clock.now() };
    const done = runLatest(
      this.flights,
      key,
      (signal) => call(api, signal),
      (result: R) => {
        const [next, value] = onValue(result, stamp, background ? 'poll' : 'read');
        this.setState(next);
        this.report();
        return value;
      },
      (reason) => {
        const error = toApiError(reason);
        if (background) {
          this.reportLiveFailure(error);
        } else {
          this.setState(patch('error', error));
          this.report(error);
        }
        return undefined;
      },
    );
    // After the call is recorded, so a listener that loads again on 'loading' shares it.
    if (!background) this.setState(patch('loading'));
    return done;
  }

  /** The state's connections with `connections` written in, by the rules of `WriteLog`. */
  private withWrites(connections: Connection[], stamp: Stamp, source: WriteSource) {
    return {
      connections: this.writeLog.write(this.snapshot.connections, connections, stamp, source),
    };
  }

  /** One connection, authoritative when it arrives (a fresh `seq`), stamped with `at`. */
  protected writeOne(connection: Connection, at: number, source: WriteSource): void {
    this.setState(this.withWrites([connection], { seq: ++this.lastSeq, at }, source));
  }

  private setState(patch: Patch): void {
    if (this.wasDisposed) return;
    this.snapshot = { ...this.snapshot, ...patch };
    const writes = this.writeLog.take();
    this.stateListeners.call();
    if (writes.length) this.writeListeners.call(writes);
  }

  /** Tells an error to `onError` listeners, or a success (no error) to `onSuccess` ones. */
  protected report(error?: ApiError): void {
    if (error) this.errorListeners.call(error);
    else this.successListeners.call();
  }

  private abortInFlight(): void {
    for (const flight of this.flights.values()) flight.controller.abort();
    this.flights.clear();
    this.aborts++;
    this.actions.abortAll();
  }
}
