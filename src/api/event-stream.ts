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
  /** Every `data:` value of the pending event, each followed by "\n". */
  let data = '';
  let id = lastEventId;

  const line = (text: string) => {
    if (text === '') {
      lastEventId = id;
      const event = data && { type: type || 'message', data: data.slice(0, -1), lastEventId };
      type = data = ''; // before the handler runs, whatever it does
      // An event with no data line is not dispatched, but its `id:` counts (as in the standard).
      if (event) onEvent(event);
      return;
    }
    // A line without a colon is a field with no value; a comment (`:…`) a field named ''.
    const [, field, value = ''] = /^([^:]*)(?:: ?(.*))?$/s.exec(text)!;
    if (field === 'event') type = value;
    else if (field === 'data') data += `${value}\n`;
    else if (field === 'id' && !value.includes('\0')) id = value;
  };

  return {
    push(chunk) {
      if (chunk === '') return;
      const lines = (partial + (afterCR && chunk[0] === '\n' ? chunk.slice(1) : chunk)).split(
        /\r\n|\r|\n/,
      );
      afterCR = chunk.endsWith('\r');
      partial = lines.pop()!;
      lines.forEach(line);
      if (partial.length + data.length > MAX_EVENT_LENGTH) {
        throw new ApiError('invalid-response', 'An event of the stream is too long.');
      }
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}
