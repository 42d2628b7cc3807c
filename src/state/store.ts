/**
 * The single source of truth of one provider: the table, the detail and the badge always agree and
 * two requests for the same thing are one request. `StoreBase` (store-base.ts) holds the state and
 * the reads; this adds the writes that are authoritative when they ARRIVE (a fresh `seq`): pushes,
 * writes from other tabs (only when newer than the last write here, by `at`), and the actions,
 * timed by the `ActionQueue` (one per kind and id, one after another on the same connection). An
 * answer about another connection than the one asked for is an `invalid-response` failure and
 * writes nothing.
 *
 * Without an api (the host has not configured one yet) actions fail with an `ApiError` of kind
 * `unexpected`; nothing is reported through `onError`, because nothing was requested.
 */
import { ApiError } from '../api/errors.js';
import type { Connection, ConnectionsApi } from '../api/types.js';
import { abortError } from './action-queue.js';
import { expectId, toApiError } from './answers.js';
import { isAbort } from './latest-request.js';
import { StoreBase } from './store-base.js';
import type { ActionOutcome, ActionResult, PendingAction } from './store-state.js';

export * from './store-state.js';

/** One result per action's outcome, so a double click is one promise (outcomes are never shared). */
const results = new WeakMap<Promise<ActionOutcome>, Promise<ActionResult>>();

function unwrap(outcome: ActionOutcome): ActionResult {
  if (!outcome.ok) throw outcome.error;
  return { connection: outcome.connection, previousStatus: outcome.previousStatus };
}

export class ConnectionsStore extends StoreBase {
  /**
   * A connection the server pushed (`watchConnections`): written like a read that started now, and
   * told to `onWrite` listeners with `source: 'push'`. One this store never held is ignored.
   */
  applyPushed(connection: Connection): void {
    if (this.state.connections.has(connection.id)) {
      this.writeOne(connection, this.clock.now(), 'push');
    }
  }

  /**
   * A connection as another tab wrote it (`at`: when its read or action started there). Applied,
   * and told to `onWrite` listeners with `source: 'other-tab'`, only when newer than the last write
   * of that connection here. A connection this store never held is ignored: nothing here shows it.
   */
  applyFromOtherTab(connection: Connection, at: number): boolean {
    const last = this.writeLog.lastAt(connection.id);
    if (this.isDisposed || !this.state.connections.has(connection.id)) return false;
    if (last !== undefined && at <= last) return false;
    this.writeOne(connection, at, 'other-tab');
    return true;
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
    if (this.isDisposed) return Promise.reject(abortError());
    const api = this.api;
    if (!api) {
      // Nothing was requested, so nothing is reported through `onError`; the caller says why.
      const connection = this.state.connections.get(id) ?? known;
      return Promise.resolve({
        ok: false,
        error: new ApiError('unexpected', 'No ConnectionsApi: set api-base-url or .api.'),
        connection,
        previousStatus: connection?.status ?? 'unknown',
      });
    }
    return this.actions.enqueue(action, id, (signal) => this.act(api, action, id, signal, known));
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
    let result: Connection | undefined;
    let error: ApiError | undefined;
    try {
      // refreshConnection or revokeConnection
      result = expectId(id, await api[`${action}Connection`](id, { signal }));
    } catch (reason) {
      if (isAbort(reason, signal)) throw signal.aborted ? signal.reason : reason;
      this.report((error = toApiError(reason)));
    }
    signal.throwIfAborted();
    if (result) {
      this.writeOne(result, startedAt, 'action');
      this.report();
    }
    // A refresh, even a failed one (the provider may have rejected it), is followed by a read.
    if (action === 'refresh') await this.getConnection(id, { force: true });
    signal.throwIfAborted();
    const connection = this.state.connections.get(id) ?? result ?? known;
    return error
      ? { ok: false, error, connection, previousStatus }
      : { ok: true, connection: connection!, previousStatus };
  }

  /** An outcome as a result or a rejection; one promise per action, so a double click is one. */
  private settled(outcome: Promise<ActionOutcome>): Promise<ActionResult> {
    let result = results.get(outcome);
    if (!result) results.set(outcome, (result = outcome.then(unwrap)));
    return result;
  }
}
