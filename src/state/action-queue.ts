/**
 * The rules of actions on connections, written once:
 * - one request per kind and id: asking for the same action while it is queued or running returns
 *   the same promise (a double click is one request);
 * - on one connection, actions run one after another: a revoke asked while a refresh runs waits for
 *   the refresh to settle, then runs, and never borrows its result;
 * - each action has its own abort signal; `abortAll()` (a reset or dispose) aborts those running and
 *   those still waiting, always with an `abortError()` (so `signal.throwIfAborted()` throws one).
 */
import { attempt } from './latest-request.js';
import type { PendingAction } from './store-state.js';

/** The rejection of an action that a reset or dispose stopped (or that a disposed store refused). */
export function abortError(): DOMException {
  return new DOMException('The store was reset or disposed.', 'AbortError');
}

export interface ActionQueue {
  /** Queues `run` as the action `kind` on connection `id` (or hands back the same one queued). */
  enqueue<T>(kind: PendingAction, id: string, run: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Aborts the actions running and those still waiting (a reset or dispose). */
  abortAll(): void;
}

/**
 * @param setPending told the action that starts running on a connection, and `undefined` once the
 * last one queued on it settled.
 */
export function actionQueue(setPending: (id: string, kind?: PendingAction) => void): ActionQueue {
  /** Queued or running, by kind and id. */
  const byKey = new Map<string, Promise<unknown>>();
  /** The last action queued on each connection: the next one waits for it. */
  const tails = new Map<string, Promise<unknown>>();
  const controllers = new Set<AbortController>();
  return {
    enqueue<T>(kind: PendingAction, id: string, run: (signal: AbortSignal) => Promise<T>) {
      // A kind never contains ':', so the key is unique for any id.
      const key = `${kind}:${id}`;
      const existing = byKey.get(key);
      if (existing) return existing as Promise<T>;

      const controller = new AbortController();
      controllers.add(controller);
      const { signal } = controller;
      const start = (): Promise<T> => {
        signal.throwIfAborted();
        setPending(id, kind);
        return run(signal);
      };
      // Nothing before it: it starts now, so `pending` shows it before anyone renders again.
      const before = tails.get(id);
      const begun = before ? before.catch(() => undefined).then(start) : attempt(start);
      const promise: Promise<T> = begun.finally(() => {
        controllers.delete(controller);
        if (signal.aborted) return;
        byKey.delete(key);
        if (tails.get(id) !== promise) return;
        tails.delete(id);
        setPending(id);
      });
      byKey.set(key, promise);
      tails.set(id, promise);
      return promise;
    },
    abortAll() {
      for (const controller of controllers) controller.abort(abortError());
      controllers.clear();
      byKey.clear();
      tails.clear();
    },
  };
}
