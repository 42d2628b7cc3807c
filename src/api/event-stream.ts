/**
 * A parser of Server-Sent Events (`text/event-stream`, as the HTML standard reads it), fed decoded
 * text in chunks split anywhere, even inside a CRLF. Lines end with CRLF, LF or CR; a line starting
 * with `:` is a comment; `event:`, `data:` (several joined with "\n") and `id:` fields build an event
 * that a blank line dispatches. One space after the colon is dropped. `retry:` and unknown fields are
 * ignored (reconnecting is the watcher's business), and so is an event cut off by the end of the
 * stream. A byte order mark is left to `TextDecoder`, which drops it.
 */
import { ApiError } from './errors.js';

export interface ServerSentEvent {
  /** The `event:` field; `'message'` when the event names none. */
  type: string;
  data: string;
  /** The stream's last event ID once this event is dispatched (set by this `id:` or an earlier one). */
  lastEventId: string;
}

/** The longest event (its pending lines) the parser holds, in characters: a stream past it is broken. */
export const MAX_EVENT_LENGTH = 1 << 20;

export class EventStreamParser {
  readonly #onEvent: (event: ServerSentEvent) => void;
  /** Text after the last line end. */
  #partial = '';
  /** The last chunk ended in CR: a LF opening the next chunk belongs to that line end. */
  #afterCR = false;
  #type = '';
  #data: string[] = [];
  #dataLength = 0;
  #idBuffer: string;
  #lastEventId: string;

  /** `lastEventId`: the ID a previous connection of the same stream ended with. */
  constructor(onEvent: (event: ServerSentEvent) => void, lastEventId = '') {
    this.#onEvent = onEvent;
    this.#idBuffer = lastEventId;
    this.#lastEventId = lastEventId;
  }

  /** The last event ID, as of the last dispatch (to send as `Last-Event-ID` on reconnect). */
  get lastEventId(): string {
    return this.#lastEventId;
  }

  /**
   * Parses `chunk`, dispatching every event it completes. Throws an ApiError `invalid-response` when
   * an event grows past {@link MAX_EVENT_LENGTH} without ending.
   */
  push(chunk: string): void {
    if (chunk === '') return;
    const text = this.#afterCR && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    this.#afterCR = chunk.endsWith('\r');
    const all = this.#partial + text;
    // A regex of its own: an event handler may feed another parser while this loop runs.
    const lineEnd = /\r\n|\r|\n/g;
    let start = 0;
    for (let end = lineEnd.exec(all); end; end = lineEnd.exec(all)) {
      this.#line(all.slice(start, end.index));
      start = lineEnd.lastIndex;
    }
    this.#partial = all.slice(start);
    if (this.#partial.length + this.#dataLength > MAX_EVENT_LENGTH) {
      throw new ApiError(
        'invalid-response',
        `An event of the stream is longer than ${MAX_EVENT_LENGTH} characters.`,
      );
    }
  }

  #line(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') {
      this.#type = value;
    } else if (field === 'data') {
      this.#data.push(value);
      this.#dataLength += value.length + 1;
    } else if (field === 'id' && !value.includes('\0')) {
      this.#idBuffer = value;
    }
  }

  #dispatch(): void {
    this.#lastEventId = this.#idBuffer;
    const type = this.#type || 'message';
    const data = this.#data;
    this.#type = '';
    this.#data = [];
    this.#dataLength = 0;
    // An event with no data line is not dispatched, but its `id:` counts (as in the standard).
    if (data.length === 0) return;
    this.#onEvent({ type, data: data.join('\n'), lastEventId: this.#lastEventId });
  }
}
