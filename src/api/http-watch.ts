/**
 * `HttpConnectionsApi.watchConnections`: the connection events of the REST contract
 * (`GET …/connection-events`, `text/event-stream`), kept open across drops until the signal aborts.
 *
 * - A connect (until the headers arrive) has the per-attempt timeout. Then the body is read as a
 *   stream with no time limit, but a silence longer than `silenceMs` (not one byte: keep-alive comments
 *   count) is a dropped stream: its fetch is aborted and the watch reconnects.
 * - Reconnects wait a jittered exponential backoff, or what `Retry-After` asks if that is longer (up
 *   to 5 minutes). A connection that stayed open at least `maxDelayMs` starts the backoff over.
 *   `Last-Event-ID` carries the last event ID received.
 * - Only `event: connection` is read; data that is not a valid Connection is skipped.
 */
import { sleep, wait } from './abort.js';
import { backoffDelay, finite, type RetryOptions } from './backoff.js';
import { ApiError, WATCH_FATAL_KINDS } from './errors.js';
import { eventStreamParser, type ServerSentEvent } from './event-stream.js';
import type { Connection, WatchConnectionsOptions } from './types.js';
import { parseConnection } from './validate.js';

/** The backoff between reconnects: a watch retries for as long as it runs, so there is no `attempts`. */
export type WatchRetryOptions = Omit<RetryOptions, 'attempts'>;

export interface HttpWatchOptions {
  /** A stream silent (not one byte) for longer than this is dropped and reopened (default 45000 ms). */
  silenceMs?: number;
  /** Backoff between reconnects (default: from `baseDelayMs` 1000 doubling up to `maxDelayMs` 30000). */
  retry?: WatchRetryOptions;
}

/** The silence limit and the reconnect backoff, in one flat object. */
export interface ResolvedWatchOptions extends Required<WatchRetryOptions> {
  silenceMs: number;
}

export function resolveWatch({
  silenceMs = 45_000,
  retry,
}: HttpWatchOptions = {}): ResolvedWatchOptions {
  // `retry: null` from plain JavaScript means the defaults, as `undefined` does.
  const { baseDelayMs = 1000, maxDelayMs = 30_000 } = retry ?? {};
  return {
    silenceMs: finite('watch.silenceMs', silenceMs, 1),
    baseDelayMs: finite('watch.retry.baseDelayMs', baseDelayMs),
    maxDelayMs: finite('watch.retry.maxDelayMs', maxDelayMs),
  };
}

/** The longest `Retry-After` a reconnect honours. */
const RETRY_AFTER_CAP_MS = 300_000;

/** An open event stream: its body, and the abort of its fetch. */
export interface OpenStream {
  body: ReadableStream<Uint8Array>;
  abort(): void;
}

/**
 * Connects with `open` (which sends `lastEventId` when it can, and rejects with an ApiError), reads
 * and reconnects until `signal` aborts (then resolves) or a fatal ApiError (then rejects).
 */
export async function watchEvents(
  { signal, onConnection }: WatchConnectionsOptions,
  watch: ResolvedWatchOptions,
  open: (lastEventId: string, signal: AbortSignal) => Promise<OpenStream>,
): Promise<void> {
  /** Hands a `connection` event to `onConnection`; data that is not a Connection is skipped. */
  const deliver = ({ type, data }: ServerSentEvent) => {
    if (type !== 'connection' || signal.aborted) return;
    let connection: Connection;
    try {
      connection = parseConnection(JSON.parse(data));
    } catch {
      // A bad event is the server's bug: reconnecting would fetch it again, and stopping would lose
      // every good one after it.
      return;
    }
    try {
      onConnection(connection);
    } catch (error) {
      reportError(error);
    }
  };
  const silent = () => {
    throw new ApiError('timeout', `The event stream was silent for over ${watch.silenceMs} ms.`);
  };
  let lastEventId = '';
  let failures = 0;
  while (!signal.aborted) {
    let openedAt = 0;
    let retryAfterMs = 0;
    try {
      const { body, abort } = await open(lastEventId, signal);
      openedAt = Date.now();
      const parser = eventStreamParser(deliver, lastEventId);
      const reader = body.getReader();
      const decoder = new TextDecoder();
      let deadline = openedAt + watch.silenceMs;
      // Read until the stream ends, breaks, stays silent too long, or the signal aborts; the fetch
      // is aborted and the body cancelled on the way out, whichever way that is.
      try {
        for (;;) {
          const chunk = await wait(reader.read(), signal, deadline - Date.now(), silent);
          if (chunk.done) break;
          if (chunk.value.byteLength > 0) deadline = Date.now() + watch.silenceMs;
          parser.push(decoder.decode(chunk.value, { stream: true }));
        }
      } finally {
        lastEventId = parser.lastEventId;
        abort();
        reader.cancel().catch(() => {});
      }
    } catch (error) {
      if (signal.aborted) return;
      // Anything else (network, timeout, 5xx, 429, a broken stream) is ridden out.
      if (error instanceof ApiError) {
        if (WATCH_FATAL_KINDS.includes(error.kind)) throw error;
        retryAfterMs = Math.min((error.retryAfter ?? 0) * 1000, RETRY_AFTER_CAP_MS);
      }
    }
    // A connection that lasted starts the backoff over.
    failures = openedAt && Date.now() - openedAt >= watch.maxDelayMs ? 1 : failures + 1;
    // Only an abort ends the wait early; the loop's condition then ends the watch.
    await sleep(Math.max(backoffDelay(failures, watch), retryAfterMs), signal).catch(() => {});
  }
}
