/**
 * The state half of the store: the snapshot, who listens to it, and the rules for writing it. The
 * request half (`ConnectionsStore`) decides what to ask and when; everything it learns is written
 * through here, so the rules below hold whichever request brought the data.
 *
 * - Every read takes a sequence number when it STARTS; every write of a connection records the
 *   sequence it came from; a read writes a connection only if it started after that connection's
 *   last write. So a slow, older response never overwrites a newer one.
 * - Action (POST) results are authoritative when they ARRIVE: they take a fresh sequence then.
 * - A disposed store writes nothing and tells no one.
 */
import { ApiError, isApiError } from '../api/errors.js';
import type { Connection } from '../api/types.js';
import { Listeners } from './listeners.js';
import { initialState, type StoreState } from './store-state.js';

/** Any failure as an `ApiError`: a hand-written api may throw anything. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  const message = error instanceof Error ? error.message : 'The request failed.';
  return new ApiError('unexpected', message, { cause: error });
}

export class StoreBase {
  private current: StoreState = initialState;
  private disposed = false;
  private seq = 0;
  /** The sequence of each connection's last write. */
  private readonly written = new Map<string, number>();
  private readonly listeners = new Listeners();
  private readonly errorListeners = new Listeners<[ApiError]>();
  private readonly successListeners = new Listeners();

  /** Hands out sequence numbers, in the order requests start. */
  protected readonly nextSeq = (): number => ++this.seq;

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

  /** Back to the initial state, forgetting every write; listeners hear it. */
  protected clear(): void {
    this.written.clear();
    this.setState(initialState);
  }

  /** Stops writing and notifying for good. */
  protected stop(): void {
    this.disposed = true;
    this.listeners.clear();
    this.errorListeners.clear();
    this.successListeners.clear();
  }

  /** Writes `connection` into `map` if the read that brought it started after its last write. */
  protected write(map: Map<string, Connection>, connection: Connection, seq: number): void {
    if (seq <= (this.written.get(connection.id) ?? 0)) return;
    this.written.set(connection.id, seq);
    map.set(connection.id, connection);
  }

  protected writeAuthoritative(connection: Connection): void {
    const map = new Map(this.current.connections);
    this.write(map, connection, this.nextSeq());
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
    this.listeners.call();
  }

  protected reportError(error: ApiError): void {
    if (!this.disposed) this.errorListeners.call(error);
  }

  protected reportSuccess(): void {
    if (!this.disposed) this.successListeners.call();
  }
}
