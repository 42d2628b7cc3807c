/**
 * The rules of actions on connections, written once:
 * - one request per kind and id: asking for the same action while it is queued or running returns
 *   the same promise (a double click is one request);
 * - on one connection, actions run one after another: a revoke asked while a refresh runs waits for
 *   the refresh to settle, then runs, and never borrows its result;
 * - each action has its own abort signal; `abortAll()` (a reset or dispose) aborts those running and
 *   those still waiting.
 */
import { attempt } from './latest-request.js';
import type { PendingAction } from './store-state.js';

/** The rejection of an action that a reset or dispose stopped (or that a disposed store refused). */
export function abortError(): DOMException {
  return new DOMException('The connections store was reset or disposed.', 'AbortError');
}

/** Rejects with the signal's reason (an AbortError) once the signal has fired. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof DOMException ? signal.reason : abortError();
}

export class ActionQueue {
  /** Queued or running, by kind and id. */
  private readonly byKey = new Map<string, Promise<unknown>>();
  /** The last action queued on each connection: the next one waits for it. */
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly controllers = new Set<AbortController>();

  /**
   * @param pending told the action that starts running on a connection, and `undefined` once the
   * last one queued on it settled.
   */
  constructor(private readonly setPending: (id: string, kind?: PendingAction) => void) {}

  enqueue<T>(
    kind: PendingAction,
    id: string,
    run: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    // A kind never contains ':', so the key is unique for any id.
    const key = `${kind}:${id}`;
    const existing = this.byKey.get(key);
    if (existing) return existing as Promise<T>;

    const controller = new AbortController();
    this.controllers.add(controller);
    const { signal } = controller;
    const start = (): Promise<T> => {
      throwIfAborted(signal);
      this.setPending(id, kind);
      return run(signal);
    };
    // Nothing before it: it starts now, so `pending` shows it before anyone renders again.
    const before = this.tails.get(id);
    const begun = before ? before.catch(() => undefined).then(start) : attempt(start);
    const promise: Promise<T> = begun.finally(() => {
      this.controllers.delete(controller);
      if (signal.aborted) return;
      this.byKey.delete(key);
      if (this.tails.get(id) !== promise) return;
      this.tails.delete(id);
      this.setPending(id);
    });
    this.byKey.set(key, promise);
    this.tails.set(id, promise);
    return promise;
  }

  abortAll(): void {
    for (const controller of this.controllers) controller.abort(abortError());
    this.controllers.clear();
    this.byKey.clear();
    this.tails.clear();
  }
}
