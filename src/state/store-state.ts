/**
 * The shape of the store's state and of its action results. Elements never read this shape
 * directly: they ask the selectors (`selectors.ts`) for what they show.
 */
import type { ApiError } from '../api/errors.js';
import type { Connection, ConnectionRequest, ConnectionStatus } from '../api/types.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** An action on one connection. */
export type PendingAction = 'refresh' | 'revoke';

export interface ListState {
  status: LoadStatus;
  /** The connections of the list, in the server's order; look them up in `connections`. */
  ids: readonly string[];
  error?: ApiError;
  /**
   * Set by a load that left connections out because their ids cannot make a safe URL (the rest is
   * listed): an `invalid-response` error naming how many, never which. Never set by a live read.
   */
  leftOut?: ApiError;
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
  /** The action running on each connection, by connection id. */
  pending: ReadonlyMap<string, PendingAction>;
}

/** What `refresh` and `revoke` resolve with. */
export interface ActionResult {
  connection: Connection;
  /** The status the store held when the action started (the one place it is computed). */
  previousStatus: ConnectionStatus;
}

/**
 * How an action ended, for the elements' one action path (`perform`): a success, or a failure with
 * the connection as the server now says it is. An abort is neither: `perform` rejects with it.
 */
export type ActionOutcome =
  | (ActionResult & { ok: true })
  | {
      ok: false;
      error: ApiError;
      connection: Connection | undefined;
      previousStatus: ConnectionStatus;
    };

/** One connection written, told to the store's `onWrite` listeners once the state holds it. */
export interface Write {
  connection: Connection;
  /** The copy it replaced, if the store held one. */
  previous?: Connection;
  /** Epoch ms at which the read or action that brought it started. */
  at: number;
  source: WriteSource;
}

/** Where a change seen by a live update came from (`connection-status-changed`'s `source`). */
export type ChangeSource = 'action' | 'poll' | 'push' | 'other-tab';

/** What brought a write: a read the elements asked for, an action, or a live update. */
export type WriteSource = 'read' | ChangeSource;

export interface ReadOptions {
  /**
   * A live read (polling, a return to the page): nothing on screen changes until the answer, which
   * updates rows in place; a failure changes nothing and is reported only when it is `unauthorized`
   * (so the provider can ask for a session). It never interrupts a read in flight.
   */
  background?: boolean;
}

export interface GetConnectionOptions extends ReadOptions {
  /** Ask the server even when the store already holds the connection. */
  force?: boolean;
}

/** Shared by every store: a snapshot is never mutated (its types are read-only). */
export const initialState: StoreState = {
  connections: new Map(),
  list: { status: 'idle', ids: [] },
  details: new Map(),
  requests: { status: 'idle', items: [] },
  pending: new Map(),
};
