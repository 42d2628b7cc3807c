/**
 * Live updates of one store: what the elements show stays current while the page is open.
 *
 * - Push: with `live="auto"` and an api that offers `watchConnections`, one event stream is open
 *   while something is shown and the page is visible; each connection it brings is written with
 *   `source: 'push'`. When the api says it is not offered (or the stream fails for good), polling
 *   takes over for the life of this object (one workspace), and the stream is not asked for again.
 * - Polling: while no stream is open and a shown connection is `pending`, what is shown is read in
 *   the background every `pollInterval` ms: the list (past 100 rows only the pending ones, by id, at
 *   most 10 per interval), or the connection of a detail. A failed read doubles the wait, up to 60 s;
 *   a success returns to the interval. It stops as soon as nothing shown is pending.
 * - Hidden page: no poll and no stream. On return, one read at once if a poll was due meanwhile;
 *   after 60 s or more hidden, what is shown is read again even when nothing is pending.
 * Every timer goes through the injected clock, so tests drive time by hand.
 */
import type { ConnectionsApi } from '../api/types.js';
import type { Clock } from '../utils/clock.js';
import type { ConnectionsStore } from './store.js';

export type LiveMode = 'auto' | 'poll' | 'off';

export interface LiveOptions {
  mode: LiveMode;
  /** Milliseconds between polls; under 1000 counts as 1000. */
  pollInterval: number;
  clock: Clock;
}

export const DEFAULT_POLL_INTERVAL = 5000;
const MIN_POLL_INTERVAL = 1000;
const MAX_BACKOFF = 60_000;
/** Hidden this long or more: what is shown is read again on return. */
const STALE_AFTER = 60_000;
/** Past this many listed connections, only the pending ones are read, by id. */
const BIG_LIST = 100;
const READS_PER_INTERVAL = 10;

/** The poll interval an attribute asks for, as used: a number of ms, at least 1000. */
export function pollIntervalOf(value: unknown): number {
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms <= 0) return DEFAULT_POLL_INTERVAL;
  return Math.max(MIN_POLL_INTERVAL, ms);
}

export class LiveUpdates {
  private options: LiveOptions;
  private readonly listeners = new AbortController();
  private readonly unsubscribe: () => void;
  private timer?: number;
  /** When the next poll is due (kept while hidden, to read at once on return). */
  private dueAt?: number;
  private delay: number;
  private polling = false;
  private hiddenAt?: number;
  private stream?: AbortController;
  /** False once the api said it does not offer push (or the stream failed for good). */
  private pushOffered = true;
  /** Where the next round of by-id reads of a big list starts. */
  private cursor = 0;
  private disposed = false;
  private updateQueued = false;

  constructor(
    private readonly store: ConnectionsStore,
    options: LiveOptions,
  ) {
    this.options = { ...options, pollInterval: pollIntervalOf(options.pollInterval) };
    this.delay = this.options.pollInterval;
    // Whatever makes a shown connection pending or not is a write, or a change of what is shown.
    const offWrite = store.onWrite(() => this.requestUpdate());
    const offShown = store.shown.onChange(() => this.requestUpdate());
    this.unsubscribe = () => {
      offWrite();
      offShown();
    };
    document.addEventListener('visibilitychange', () => this.onVisibilityChange(), {
      signal: this.listeners.signal,
    });
    if (!this.visible) this.hiddenAt = this.options.clock.now();
    this.update();
  }

  /** New mode or interval (the host changed an attribute). */
  configure(options: Pick<LiveOptions, 'mode' | 'pollInterval'>): void {
    const pollInterval = pollIntervalOf(options.pollInterval);
    if (options.mode === this.options.mode && pollInterval === this.options.pollInterval) return;
    this.options = { ...this.options, mode: options.mode, pollInterval };
    this.delay = pollInterval;
    this.clearTimer();
    this.update();
  }

  /** Stops everything: timers, the stream, the listeners. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.closeStream();
    this.listeners.abort();
    this.unsubscribe();
  }

  /** One update after a burst of writes (a list of 10,000 is 10,000 writes), not one per write. */
  private requestUpdate(): void {
    if (this.updateQueued) return;
    this.updateQueued = true;
    queueMicrotask(() => {
      this.updateQueued = false;
      this.update();
    });
  }

  private get visible(): boolean {
    return document.visibilityState !== 'hidden';
  }

  private get api(): ConnectionsApi | null {
    return this.store.api;
  }

  /** Brings the stream and the poll timer in line with what is shown, the mode and visibility. */
  private update(): void {
    if (this.disposed) return;
    const { mode } = this.options;
    const wantStream =
      mode === 'auto' &&
      this.visible &&
      this.pushOffered &&
      this.store.shown.any &&
      typeof this.api?.watchConnections === 'function';
    if (wantStream && !this.stream) this.openStream();
    if (!wantStream && this.stream) this.closeStream();

    const wantPoll = mode !== 'off' && !this.stream && this.pendingShown();
    if (!wantPoll) {
      this.clearTimer();
      this.delay = this.options.pollInterval;
      if (this.visible) this.dueAt = undefined;
      return;
    }
    if (!this.visible || this.timer !== undefined || this.polling) return;
    const now = this.options.clock.now();
    this.dueAt ??= now + this.delay;
    this.timer = this.options.clock.setTimeout(
      () => {
        this.timer = undefined;
        void this.poll();
      },
      Math.max(0, this.dueAt - now),
    );
  }

  private async poll(): Promise<void> {
    this.polling = true;
    this.dueAt = undefined;
    const ok = await this.readShown(true);
    this.polling = false;
    if (this.disposed) return;
    this.delay = ok ? this.options.pollInterval : Math.min(this.delay * 2, MAX_BACKOFF);
    this.update();
  }

  /** Whether any connection an element shows is pending. */
  private pendingShown(): boolean {
    const isPending = this.isPending;
    if (this.store.shown.list && this.store.state.list.ids.some(isPending)) return true;
    return [...this.store.shown.ids].some(isPending);
  }

  private readonly isPending = (id: string): boolean =>
    this.store.state.connections.get(id)?.status === 'pending';

  /**
   * Reads what is shown in the background: the list (past 100 rows, only its pending connections,
   * 10 by id per round), and each detail's connection not covered by that. Resolves false when any
   * read failed.
   */
  private async readShown(onlyPending: boolean): Promise<boolean> {
    const { store } = this;
    const { list } = store.state;
    const { isPending } = this;
    const reads: Promise<boolean>[] = [];
    const covered = new Set<string>();
    const byId = (id: string) =>
      store.getConnection(id, { force: true, background: true }).then((c) => c !== undefined);
    if (store.shown.list) {
      if (list.ids.length > BIG_LIST && onlyPending) {
        for (const id of this.nextPending(list.ids.filter(isPending))) reads.push(byId(id));
        list.ids.forEach((id) => covered.add(id));
      } else {
        reads.push(store.reloadConnections({ background: true }));
        list.ids.forEach((id) => covered.add(id));
      }
    }
    for (const id of store.shown.ids) {
      if (!covered.has(id) && (!onlyPending || isPending(id))) reads.push(byId(id));
    }
    const results = await Promise.all(reads);
    return results.every(Boolean);
  }

  /** The next (at most) 10 pending ids, going round the list so every one gets its turn. */
  private nextPending(pending: string[]): string[] {
    if (pending.length <= READS_PER_INTERVAL) return pending;
    const start = this.cursor % pending.length;
    const round = [...pending.slice(start), ...pending.slice(0, start)].slice(
      0,
      READS_PER_INTERVAL,
    );
    this.cursor = start + READS_PER_INTERVAL;
    return round;
  }

  private onVisibilityChange(): void {
    const now = this.options.clock.now();
    if (!this.visible) {
      this.hiddenAt = now;
      this.clearTimer();
      this.closeStream();
      return;
    }
    const hiddenFor = this.hiddenAt === undefined ? 0 : now - this.hiddenAt;
    this.hiddenAt = undefined;
    if (this.options.mode === 'off') return;
    if (hiddenFor >= STALE_AFTER && this.store.shown.any) {
      // Stale while revalidate: what is shown is read again, rows updating in place.
      this.dueAt = undefined;
      void this.revalidate();
      return;
    }
    // A poll that fell due while hidden runs at once (update() schedules it for now).
    this.update();
  }

  private async revalidate(): Promise<void> {
    this.polling = true;
    await this.readShown(false);
    this.polling = false;
    this.update();
  }

  private openStream(): void {
    const api = this.api!;
    const controller = new AbortController();
    this.stream = controller;
    void api.watchConnections!({
      signal: controller.signal,
      onConnection: (connection) => this.store.applyPushed(connection),
    }).then(
      () => this.streamEnded(controller),
      (error: unknown) => {
        // Not offered (or failed for good: a lost session, no access): polling takes over.
        if (controller.signal.aborted) return;
        this.pushOffered = false;
        this.store.reportLiveFailure(error);
        this.streamEnded(controller);
      },
    );
  }

  private streamEnded(controller: AbortController): void {
    if (this.stream !== controller) return;
    this.stream = undefined;
    this.update();
  }

  private closeStream(): void {
    const stream = this.stream;
    this.stream = undefined;
    stream?.abort();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
