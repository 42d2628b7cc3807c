/**
 * A `fetch` that plays an event-stream server for `watchConnections`: it answers each call with the
 * next queued answer (a Response, or an error to throw), and, when none is queued, with an open
 * `text/event-stream` body the test writes to. Like a real fetch, an abort errors the body.
 */
import type { FetchLike } from '../../src/api/http-api.js';
import type { Connection } from '../../src/api/types.js';

export interface StreamCall {
  /** When the call was made (`performance.now()`). */
  at: number;
  url: string;
  headers: Headers;
  signal: AbortSignal;
  /** Writes on this call's stream, text as UTF-8 (only for a call answered with a stream). */
  send(chunk: string | Uint8Array): void;
  /** Ends the stream as a server closing it. */
  end(): void;
  /** The client cancelled the body. */
  cancelled: boolean;
}

export type FakeAnswer = Response | Error;

/** `text` as a stream answer's body would carry it. */
export function connectionEvent(connection: unknown, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: connection\ndata: ${JSON.stringify(connection)}\n\n`;
}

/** An error answer with the contract's body. */
export function errorAnswer(status: number, code = 'error', headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ error: { code, message: `status ${status}` } }), {
    status,
    headers: { 'Content-Type': 'application/json', ...Object.fromEntries(new Headers(headers)) },
  });
}

export class FakeEventServer {
  readonly calls: StreamCall[] = [];
  /** Answers for the next calls, in order; a call finding none gets an open stream. */
  readonly answers: FakeAnswer[] = [];

  readonly fetch: FetchLike = async (url, init) => {
    const signal = init.signal!;
    signal.throwIfAborted();
    let stream: ReadableStreamDefaultController<Uint8Array> | undefined;
    let open = true;
    const encoder = new TextEncoder();
    const call: StreamCall = {
      at: performance.now(),
      url,
      headers: new Headers(init.headers),
      signal,
      cancelled: false,
      send: (chunk) => {
        if (!stream) throw new Error('This call was not answered with a stream.');
        if (open) stream.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      },
      end: () => {
        if (open) stream?.close();
        open = false;
      },
    };
    this.calls.push(call);
    const answer = this.answers.shift();
    if (answer instanceof Error) throw answer;
    if (answer) return answer;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = controller;
      },
      cancel: () => {
        open = false;
        call.cancelled = true;
      },
    });
    signal.addEventListener('abort', () => {
      if (open) stream!.error(signal.reason);
      open = false;
    });
    return new Response(body, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
  };

  /** Waits until call number `count` (1-based) was made, and returns it. */
  async call(count: number): Promise<StreamCall> {
    await until(() => this.calls.length >= count, `fetch call ${count}`);
    return this.calls[count - 1];
  }
}

/** Waits (polling) until `condition` holds; fails after 3 s naming `what`. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (const start = Date.now(); !condition();) {
    if (Date.now() - start > 3000) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Records what `onConnection` receives. */
export function receiver() {
  const received: Connection[] = [];
  return { received, onConnection: (connection: Connection) => received.push(connection) };
}
