/**
 * Live updates of one store: what the elements show stays current while the page is open.
 *
 * - Push: with `live="auto"` and an api that offers `watchConnections`, one event stream is open
 *   while something is shown and the page is visible; each connection it brings is written with
 *   `source: 'push'`. When the api says it is not offered (or the stream fails for good), polling
 *   takes over for the life of these updates (one workspace), and the stream is not asked for again.
 * - Polling: while no stream is open and a shown connection is `pending`, what is shown is read in
 *   the background every `pollInterval` ms: the list (past 100 rows only the pending ones, by id, at
 *   most 10 per interval), or the connection of a detail. A failed read doubles the wait, up to 60 s;
 *   a success returns to the interval. It stops as soon as nothing shown is pending.
 * - Hidden page: no poll and no stream. On return, one read at once if a poll was due meanwhile;
 *   after 60 s or more hidden, what is shown is read again even when nothing is pending.
 * Every timer goes through the injected clock, so tests drive time by hand.
 */
import type { Clock } from '../utils/clock.js';
import type { ConnectionsStore } from './store.js';

export type LiveMode = 'auto' | 'poll' | 'off';

export interface LiveOptions {
  /** `auto`: push when the api offers it, else polling; `poll`; `off`. */
  live: LiveMode;
  /** Milliseconds between polls, as `pollIntervalOf` made it (the provider reads it through that). */
  pollInterval: number;
  clock: Clock;
}

export interface LiveUpdates {
  /** New mode or interval (the host changed an attribute). */
  configure(options: Pick<LiveOptions, 'live' | 'pollInterval'>): void;
  /** Stops everything: timers, the stream, the listeners. */
  dispose(): void;
}

const MAX_BACKOFF = 60_000;
/** Hidden this long or more: what is shown is read again on return. */
const STALE_AFTER = 60_000;
/** Past this many listed connections, only the pending ones are read, by id. */
const BIG_LIST = 100;
const READS_PER_INTERVAL = 10;

/** The poll interval an attribute asks for, as used: a number of ms, at least 1000 (else 5000). */
export function pollIntervalOf(value: unknown): number {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? Math.max(1000, ms) : 5000;
}

export function liveUpdates(store: ConnectionsStore, options: LiveOptions): LiveUpdates {
  const { clock } = options;
  const { shown } = store;
  let mode = options.live;
  let interval = options.pollInterval;
  /** The wait before the next poll: the interval, doubled after each failed read. */
  let delay = interval;
  let timer: number | undefined;
  /** When the next poll is due (kept while hidden, to read at once on return). */
  let dueAt: number | undefined;
  let reading = false;
  let hiddenAt: number | undefined;
  let stream: AbortController | undefined;
  /** False once the api said it does not offer push (or the stream failed for good). */
  let pushOffered = true;
  /** Where the next round of by-id reads of a big list starts. */
  let cursor = 0;
  let disposed = false;
  let updateQueued = false;

  const visible = () => document.visibilityState !== 'hidden';
  const isPending = (id: string) => store.state.connections.get(id)?.status === 'pending';

  /** Brings the stream and the poll timer in line with what is shown, the mode and visibility. */
  function update(): void {
    if (disposed) return;
    const wantStream =
      mode === 'auto' &&
      visible() &&
      pushOffered &&
      shown.any &&
      typeof store.api?.watchConnections === 'function';
    if (!wantStream) closeStream();
    else if (!stream) openStream();

    const pendingShown =
      (shown.list && store.state.list.ids.some(isPending)) || [...shown.ids].some(isPending);
    if (mode === 'off' || stream || !pendingShown) {
      clearTimer();
      delay = interval;
      if (visible()) dueAt = undefined;
      return;
    }
    if (!visible() || timer !== undefined || reading) return;
    const now = clock.now();
    dueAt ??= now + delay;
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        void read(true);
      },
      Math.max(0, dueAt - now),
    );
  }

  /** One update after a burst of writes (a list of 10,000 is 10,000 writes), not one per write. */
  function requestUpdate(): void {
    if (updateQueued) return;
    updateQueued = true;
    queueMicrotask(() => {
      updateQueued = false;
      update();
    });
  }

  /** A poll (`onlyPending`, backing off on failure) or a read of all that is shown, then update. */
  async function read(onlyPending: boolean): Promise<void> {
    reading = true;
    dueAt = undefined;
    const ok = await readShown(onlyPending);
    reading = false;
    if (onlyPending) delay = ok ? interval : Math.min(delay * 2, MAX_BACKOFF);
    update();
  }

  /**
   * Reads what is shown in the background: the list (past 100 rows, only its pending connections,
   * 10 by id per round), and each detail's connection not listed. False when any read failed.
   */
  async function readShown(onlyPending: boolean): Promise<boolean> {
    const listed = shown.list ? store.state.list.ids : [];
    const reads: Promise<unknown>[] = [];
    const byId = (id: string) =>
      reads.push(store.getConnection(id, { force: true, background: true }));
    if (listed.length > BIG_LIST && onlyPending)
      nextPending(listed.filter(isPending)).forEach(byId);
    else if (shown.list) reads.push(store.reloadConnections({ background: true }));
    for (const id of shown.ids) {
      if (!listed.includes(id) && (!onlyPending || isPending(id))) byId(id);
    }
    return (await Promise.all(reads)).every(Boolean);
  }

  /** The next (at most) 10 pending ids, going round the list so every one gets its turn. */
  function nextPending(pending: string[]): string[] {
    if (pending.length <= READS_PER_INTERVAL) return pending;
    const start = cursor % pending.length;
    cursor = start + READS_PER_INTERVAL;
    return [...pending.slice(start), ...pending.slice(0, start)].slice(0, READS_PER_INTERVAL);
  }

  function onVisibilityChange(): void {
    const now = clock.now();
    if (!visible()) {
      hiddenAt = now;
      clearTimer();
      closeStream();
      return;
    }
    const hiddenFor = hiddenAt === undefined ? 0 : now - hiddenAt;
    hiddenAt = undefined;
    if (mode === 'off') return;
    // Stale while revalidate: what is shown is read again, rows updating in place. Else a poll
    // that fell due while hidden runs at once (update() schedules it for now).
    if (hiddenFor >= STALE_AFTER && shown.any) void read(false);
    else update();
  }

  function openStream(): void {
    const controller = new AbortController();
    const ended = () => {
      if (stream !== controller) return;
      stream = undefined;
      update();
    };
    stream = controller;
    void store.api!.watchConnections!({
      signal: controller.signal,
      onConnection: (connection) => store.applyPushed(connection),
    }).then(ended, (error: unknown) => {
      // Not offered (or failed for good: a lost session, no access): polling takes over.
      if (controller.signal.aborted) return;
      pushOffered = false;
      store.reportLiveFailure(error);
      ended();
    });
  }

  function closeStream(): void {
    const closing = stream;
    stream = undefined;
    closing?.abort();
  }

  function clearTimer(): void {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  }

  // Whatever makes a shown connection pending or not is a write, or a change of what is shown.
  const offWrite = store.onWrite(requestUpdate);
  const offShown = shown.onChange(requestUpdate);
  const listeners = new AbortController();
  document.addEventListener('visibilitychange', onVisibilityChange, { signal: listeners.signal });
  if (!visible()) hiddenAt = clock.now();
  update();

  return {
    configure({ live, pollInterval }) {
      if (live === mode && pollInterval === interval) return;
      mode = live;
      interval = delay = pollInterval;
      clearTimer();
      update();
    },
    dispose() {
      disposed = true;
      clearTimer();
      closeStream();
      listeners.abort();
      offWrite();
      offShown();
    },
  };
}
