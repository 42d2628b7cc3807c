/**
 * The single source of truth for one workspace: every element under a provider reads this store and
 * calls its actions, so the table, the detail and the badge always agree and two requests for the
 * same thing are one request.
 *
 * Three layers, one concern each:
 * - `StoreBase` (store-base.ts): the state, its listeners and the rules for writing it (stamps,
 *   authoritative action results, writes from other tabs);
 * - `StoreReads` (store-reads.ts): the reads, each timed by a `LatestRequest` (the latest call wins,
 *   the older one is aborted, an aborted or superseded answer never writes);
 * - `ConnectionsStore` (here): the actions, timed by the `ActionQueue` (one per kind and id, one
 *   after another on the same connection), and the store's life (reset, dispose).
 * An answer about another connection than the one asked for is an `invalid-response` failure and
 * writes nothing. Aborted requests never write state and are never reported as errors.
 *
 * Without an api (the host has not configured one yet) reads stay `idle` and resolve at once, and
 * actions fail with an `ApiError` of kind `unexpected`; nothing is reported through `onError`,
 * because nothing was requested.
 */
import { ApiError } from '../api/errors.js';
import type { Connection, ConnectionsApi } from '../api/types.js';
import { ActionQueue, throwIfAborted } from './action-queue.js';
import { isAbort } from './latest-request.js';
import { toApiError } from './store-base.js';
import { ShownRegistry } from './shown.js';
import { expectId, StoreReads } from './store-reads.js';
import type { ActionOutcome, ActionResult, PendingAction } from './store-state.js';

export * from './store-state.js';

function unwrap(outcome: ActionOutcome): ActionResult {
  if (!outcome.ok) throw outcome.error;
  return { connection: outcome.connection, previousStatus: outcome.previousStatus };
}

export class ConnectionsStore extends StoreReads {
  /** What the elements show: live updates read only that. */
  readonly shown = new ShownRegistry();
  private readonly actions = new ActionQueue();
  private readonly results = new WeakMap<Promise<ActionOutcome>, Promise<ActionResult>>();

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
    const api = this.api;
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
    this.abortReads();
    this.actions.abortAll();
    this.setApi(api);
    this.clear();
  }

  /** Aborts everything in flight and stops notifying. The store is not usable afterwards. */
  dispose(): void {
    this.abortReads();
    this.actions.abortAll();
    this.stop();
  }

  private async act(
    api: ConnectionsApi,
    action: PendingAction,
    id: string,
    signal: AbortSignal,
    known: Connection | undefined,
  ): Promise<ActionOutcome> {
    const startedAt = this.clock.now();
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
    this.writeOne(result, startedAt, 'action');
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
}
