/**
 * The state half of the store: the snapshot, who listens to it, and the rules for writing it. The
 * request half (`ConnectionsStore`) decides what to ask and when; everything it learns is written
 * through here, so the rules below hold whichever request, tab or stream brought the data.
 *
 * - Every read takes a stamp when it STARTS (`seq`, and `at` in epoch ms); every write of a
 *   connection records the stamp it came from; a read writes a connection only if it started after
 *   that connection's last write. So a slow, older response never overwrites a newer one.
 * - Action (POST) results are authoritative when they ARRIVE: they take a fresh `seq` then.
 * - A write from another tab carries the `at` of the read or action that made it there; it is
 *   applied only when newer than the last write of that connection here, from any source.
 * - A disposed store writes nothing and tells no one.
 */
import { ApiError, isApiError } from '../api/errors.js';
import type { Connection } from '../api/types.js';
import { windowClock, type Clock } from '../utils/clock.js';
import type { Stamp } from './latest-request.js';
import { Listeners } from './listeners.js';
import { initialState, type StoreState, type WriteSource } from './store-state.js';

/** Any failure as an `ApiError`: a hand-written api may throw anything. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  const message = error instanceof Error ? error.message : 'The request failed.';
  return new ApiError('unexpected', message, { cause: error });
}

/** One connection written, told to `onWrite` listeners once the state holds it. */
export interface Write {
  connection: Connection;
  /** The copy it replaced, if the store held one. */
  previous?: Connection;
  /** Epoch ms at which the read or action that brought it started. */
  at: number;
  source: WriteSource;
}

export class StoreBase {
  private current: StoreState = initialState;
  private disposed = false;
  private seq = 0;
  /** The stamp of each connection's last write. */
  private readonly written = new Map<string, Stamp>();
  /** Writes made since the last notification; told after the state that holds them is set. */
  private unannounced: Write[] = [];
  private readonly listeners = new Listeners();
  private readonly errorListeners = new Listeners<[ApiError]>();
  private readonly successListeners = new Listeners();
  private readonly writeListeners = new Listeners<[Write]>();

  constructor(protected readonly clock: Clock = windowClock) {}

  /** Hands out stamps, in the order requests start. */
  protected readonly nextStamp = (): Stamp => ({ seq: ++this.seq, at: this.clock.now() });

  get state(): StoreState {
    return this.current;
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
    return this.disposed ? () => {} : this.listeners.add(listener);
  }

  /** Calls `listener` with the error of every request that fails (aborts excepted). */
  onError(listener: (error: ApiError) => void): () => void {
    return this.disposed ? () => {} : this.errorListeners.add(listener);
  }

  /** Calls `listener` after every request that succeeds (the provider ends an auth episode on it). */
  onSuccess(listener: () => void): () => void {
    return this.disposed ? () => {} : this.successListeners.add(listener);
  }

  /** Calls `listener` with every connection written, after the state holds it. */
  onWrite(listener: (write: Write) => void): () => void {
    return this.disposed ? () => {} : this.writeListeners.add(listener);
  }

  /**
   * A connection as another tab wrote it (`at`: when its read or action started there). Applied,
   * and told to `onWrite` listeners with `source: 'other-tab'`, only when newer than the last write
   * of that connection here. A connection this store never held is ignored: nothing here shows it.
   */
  applyFromOtherTab(connection: Connection, at: number): boolean {
    const last = this.written.get(connection.id);
    if (this.disposed || !this.current.connections.has(connection.id)) return false;
    if (last && at <= last.at) return false;
    this.writeOne(connection, at, 'other-tab');
    return true;
  }

  /** Back to the initial state, forgetting every write; listeners hear it. */
  protected clear(): void {
    this.written.clear();
    this.unannounced = [];
    this.setState(initialState);
  }

  /** Stops writing and notifying for good. */
  protected stop(): void {
    this.disposed = true;
    for (const listeners of [this.listeners, this.errorListeners, this.successListeners]) {
      listeners.clear();
    }
    this.writeListeners.clear();
  }

  /** Writes `connection` into `map` if the read that brought it started after its last write. */
  protected write(
    map: Map<string, Connection>,
    connection: Connection,
    stamp: Stamp,
    source: WriteSource,
  ): boolean {
    const last = this.written.get(connection.id);
    if (last && stamp.seq <= last.seq) return false;
    // `at` never goes back: an older action's result still records the newest read it beat.
    this.written.set(connection.id, { seq: stamp.seq, at: Math.max(stamp.at, last?.at ?? 0) });
    const previous = map.get(connection.id);
    map.set(connection.id, connection);
    this.unannounced.push({ connection, previous, at: stamp.at, source });
    return true;
  }

  /**
   * One connection, authoritative when it arrives (a fresh `seq`: an action's result, a push, a
   * write from another tab), stamped with `at`, when what brought it started.
   */
  protected writeOne(connection: Connection, at: number, source: WriteSource): void {
    const map = new Map(this.current.connections);
    this.write(map, connection, { seq: ++this.seq, at }, source);
    this.setState({ connections: map });
  }

  protected succeed(patch: Partial<StoreState>): void {
    this.setState(patch);
    this.reportSuccess();
  }

  protected fail(error: ApiError, patch: Partial<StoreState>): void {
    this.setState(patch);
    this.reportError(error);
  }

  protected setState(patch: Partial<StoreState>): void {
    if (this.disposed) return;
    this.current = { ...this.current, ...patch };
    const writes = this.unannounced;
    this.unannounced = [];
    this.listeners.call();
    for (const write of writes) this.writeListeners.call(write);
  }

  protected reportError(error: ApiError): void {
    if (!this.disposed) this.errorListeners.call(error);
  }

  protected reportSuccess(): void {
    if (!this.disposed) this.successListeners.call();
  }
}
