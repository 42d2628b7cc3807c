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

export interface EventStreamParser {
  /**
   * Parses `chunk`, dispatching every event it completes. Throws an ApiError `invalid-response` when
   * an event grows past {@link MAX_EVENT_LENGTH} without ending.
   */
  push(chunk: string): void;
  /** The last event ID, as of the last dispatch (to send as `Last-Event-ID` on reconnect). */
  readonly lastEventId: string;
}

/** The longest event (its pending lines) the parser holds, in characters: a stream past it is broken. */
export const MAX_EVENT_LENGTH = 1 << 20;

/** A parser that hands each event to `onEvent`; `lastEventId`: the ID a previous connection ended with. */
export function eventStreamParser(
  onEvent: (event: ServerSentEvent) => void,
  lastEventId = '',
): EventStreamParser {
  /** Text after the last line end. */
  let partial = '';
  /** The last chunk ended in CR: a LF opening the next chunk belongs to that line end. */
  let afterCR = false;
  let type = '';
  let data: string[] = [];
  let dataLength = 0;
  let id = lastEventId;

  const line = (text: string) => {
    if (text === '') {
      lastEventId = id;
      const event = { type: type || 'message', data: data.join('\n'), lastEventId };
      const dispatch = data.length > 0;
      type = '';
      data = [];
      dataLength = 0;
      // An event with no data line is not dispatched, but its `id:` counts (as in the standard).
      if (dispatch) onEvent(event);
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') {
      type = value;
    } else if (field === 'data') {
      data.push(value);
      dataLength += value.length + 1;
    } else if (field === 'id' && !value.includes('\0')) {
      id = value;
    }
  };

  return {
    push(chunk) {
      if (chunk === '') return;
      const text = afterCR && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
      afterCR = chunk.endsWith('\r');
      const all = partial + text;
      // A regex of its own: an event handler may feed another parser while this loop runs.
      const lineEnd = /\r\n|\r|\n/g;
      let start = 0;
      for (let end = lineEnd.exec(all); end; end = lineEnd.exec(all)) {
        line(all.slice(start, end.index));
        start = lineEnd.lastIndex;
      }
      partial = all.slice(start);
      if (partial.length + dataLength > MAX_EVENT_LENGTH) {
        throw new ApiError('invalid-response', 'An event of the stream is too long.');
      }
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}
