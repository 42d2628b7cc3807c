/**
 * What the elements show, asked of the state: the only way an element reads it. Each selector is a
 * pure function of one `StoreState` snapshot, so it is tested without a store or an element.
 */
import type { ApiError } from '../api/errors.js';
import type { Connection } from '../api/types.js';
import type { LoadStatus, PendingAction, RequestsState, StoreState } from './store-state.js';

/** The list as the table shows it: the connections in the server's order. */
export interface ListView {
  status: LoadStatus;
  connections: readonly Connection[];
  error?: ApiError;
  /** Connections left out of a load (ids that cannot make a safe URL): reported, not shown. */
  leftOut?: ApiError;
}

/**
 * One connection as the detail shows it. `idle`: nothing asked yet (the element loads it);
 * `ready` even while a forced reload is in flight, so the connection stays on screen.
 */
export type DetailView =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; connection: Connection; pending?: PendingAction }
  | { status: 'not-found' | 'error'; error: ApiError };

// One list view per state snapshot: every render between two changes gets the same object.
const listViews = new WeakMap<StoreState, ListView>();

export function selectList(state: StoreState): ListView {
  let view = listViews.get(state);
  if (!view) {
    const { connections, list } = state;
    view = {
      status: list.status,
      error: list.error,
      leftOut: list.leftOut,
      // An id the store does not hold (never expected) is skipped rather than drawn empty.
      connections: list.ids.flatMap((id) => connections.get(id) ?? []),
    };
    listViews.set(state, view);
  }
  return view;
}

export function selectRequests(state: StoreState): RequestsState {
  return state.requests;
}

/**
 * What the Outstanding connection requests panel shows: a placeholder before the first answer (or
 * with no store, as on a server), the panel when there are requests, else nothing (none, or failed).
 */
export function requestsPanel(requests: RequestsState): 'placeholder' | 'panel' | 'none' {
  if (
    requests.items.length === 0 &&
    (requests.status === 'idle' || requests.status === 'loading')
  ) {
    return 'placeholder';
  }
  return requests.items.length > 0 && requests.status !== 'error' ? 'panel' : 'none';
}

/**
 * A known connection stays on screen whatever a later read of it did, except "not found": that is
 * what the server says now. A failed load is shown only when there is no connection to show.
 */
export function selectDetail(state: StoreState, id: string): DetailView {
  const detail = state.details.get(id);
  // Only a failed read holds an error.
  const error = detail?.error;
  if (error?.kind === 'not-found') return { status: 'not-found', error };
  const connection = state.connections.get(id);
  if (connection) return { status: 'ready', connection, pending: state.pending.get(id) };
  if (error) return { status: 'error', error };
  return { status: detail ? 'loading' : 'idle' };
}
