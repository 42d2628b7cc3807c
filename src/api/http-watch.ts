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
import { abortable, sleep } from './abort.js';
import { backoffDelay, finiteOption, type RetryOptions } from './backoff.js';
import { ApiError, WATCH_FATAL_KINDS } from './errors.js';
import { EventStreamParser, type ServerSentEvent } from './event-stream.js';
import { errorFor } from './http-errors.js';
import type { AttemptResponse, ReadAnswer } from './http-transport.js';
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

export interface ResolvedWatchOptions {
  silenceMs: number;
  retry: Required<WatchRetryOptions>;
}

export function resolveWatch(options: HttpWatchOptions = {}): ResolvedWatchOptions {
  return {
    silenceMs: Math.max(1, finiteOption('watch.silenceMs', options.silenceMs, 45_000)),
    retry: {
      baseDelayMs: Math.max(
        0,
        finiteOption('watch.retry.baseDelayMs', options.retry?.baseDelayMs, 1000),
      ),
      maxDelayMs: Math.max(
        0,
        finiteOption('watch.retry.maxDelayMs', options.retry?.maxDelayMs, 30_000),
      ),
    },
  };
}

/** The longest `Retry-After` a reconnect honours. */
const RETRY_AFTER_CAP_MS = 300_000;

/** An open event stream: its body, and the abort of its fetch. */
export interface OpenStream {
  body: ReadableStream<Uint8Array>;
  abort(reason?: unknown): void;
}

/** A connect attempt's answer; `stream` when it opened one. */
export interface StreamAnswer extends AttemptResponse {
  stream?: OpenStream;
}

const EVENT_STREAM = /^\s*text\/event-stream\s*(;|$)/i;

/**
 * Reads a connect attempt's answer: the open stream on a 2xx `text/event-stream`; the body of an
 * error; nothing of any other 2xx (released unread: a page served for any path is not a stream).
 */
export const readStreamAnswer: ReadAnswer<StreamAnswer> = async (response, abortFetch) => {
  const answer = { status: response.status, headers: response.headers, text: '' };
  if (!response.ok) return { ...answer, text: await response.text() };
  if (response.body && EVENT_STREAM.test(response.headers.get('Content-Type') ?? '')) {
    return { ...answer, stream: { body: response.body, abort: abortFetch } };
  }
  response.body?.cancel().catch(() => {});
  return answer;
};

/**
 * The ApiError of a connect attempt that opened no stream. A backend without push answers 404, 405
 * or 501, or a 2xx that is not an event stream (as `EventSource` gives up on): `not-found`.
 */
export function streamError(description: string, answer: StreamAnswer, token?: string): ApiError {
  if (answer.status >= 200 && answer.status < 300) {
    return new ApiError(
      'not-found',
      `${description} answered ${answer.status}, but not with an event stream.`,
      { status: answer.status },
    );
  }
  const notOffered = [404, 405, 501].includes(answer.status);
  return errorFor(description, answer, token, notOffered ? 'not-found' : undefined);
}

/**
 * A last event ID that can go in a header: printable ASCII, not too long. Any other is not sent (the
 * server then starts the stream afresh).
 */
export function sendableEventId(id: string): string | undefined {
  return /^[\x20-\x7e]{1,1024}$/.test(id) ? id : undefined;
}

export interface WatchLoop extends WatchConnectionsOptions, ResolvedWatchOptions {
  /** Opens one connection, sending `lastEventId` when there is one; rejects with an ApiError. */
  open(lastEventId: string, signal: AbortSignal): Promise<OpenStream>;
}

/** Connects, reads and reconnects until `signal` aborts (then resolves) or a fatal ApiError. */
export async function watchEvents(loop: WatchLoop): Promise<void> {
  const { signal, retry } = loop;
  let lastEventId = '';
  let failures = 0;
  while (!signal.aborted) {
    let openedAt: number | undefined;
    let retryAfterMs = 0;
    try {
      const stream = await loop.open(lastEventId, signal);
      openedAt = Date.now();
      const parser = new EventStreamParser((event) => deliver(event, loop), lastEventId);
      try {
        await readEvents(stream, signal, loop.silenceMs, parser);
      } finally {
        lastEventId = parser.lastEventId;
      }
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof ApiError) || WATCH_FATAL_KINDS.includes(error.kind)) throw error;
      retryAfterMs = Math.min((error.retryAfter ?? 0) * 1000, RETRY_AFTER_CAP_MS);
    }
    const lasted = openedAt === undefined ? 0 : Date.now() - openedAt;
    failures = lasted >= retry.maxDelayMs ? 1 : failures + 1;
    // Only an abort ends the wait early; the loop's condition then ends the watch.
    await sleep(Math.max(backoffDelay(failures, retry), retryAfterMs), signal).catch(() => {});
  }
}

/** Hands a `connection` event to `onConnection`; data that is not a Connection is skipped. */
function deliver(event: ServerSentEvent, { signal, onConnection }: WatchConnectionsOptions): void {
  if (event.type !== 'connection' || signal.aborted) return;
  let connection: Connection;
  try {
    connection = parseConnection(JSON.parse(event.data));
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
}

/**
 * Reads `stream` into `parser` until it ends (resolves), breaks, stays silent longer than
 * `silenceMs` (rejects with an ApiError), or `signal` aborts (rejects with its reason). The fetch is
 * aborted and the body cancelled on the way out, whichever way that is.
 */
async function readEvents(
  stream: OpenStream,
  signal: AbortSignal,
  silenceMs: number,
  parser: EventStreamParser,
): Promise<void> {
  const reader = stream.body.getReader();
  const decoder = new TextDecoder();
  const stopped = new AbortController();
  const stop = (reason: unknown) => {
    stopped.abort(reason);
    stream.abort(reason);
  };
  const onAbort = () => stop(signal.reason);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => stop(new ApiError('timeout', `The event stream was silent for over ${silenceMs} ms.`)),
      silenceMs,
    );
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal.aborted) onAbort();
    arm();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await abortable(reader.read(), stopped.signal);
      } catch (error) {
        if (stopped.signal.aborted) throw stopped.signal.reason;
        throw new ApiError('network', 'The event stream broke off.', { cause: error });
      }
      if (chunk.done) return;
      if (chunk.value.byteLength > 0) arm();
      parser.push(decoder.decode(chunk.value, { stream: true }));
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    stream.abort(new DOMException('The event stream was closed.', 'AbortError'));
    reader.cancel().catch(() => {});
  }
}
