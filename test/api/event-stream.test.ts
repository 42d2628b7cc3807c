import { expect } from '@open-wc/testing';
import {
  eventStreamParser,
  MAX_EVENT_LENGTH,
  type ServerSentEvent,
} from '../../src/api/event-stream.js';
import { ApiError } from '../../src/api/errors.js';

/** A parser and the events it dispatched. */
function parser(lastEventId?: string) {
  const events: ServerSentEvent[] = [];
  return { events, parser: eventStreamParser((event) => events.push(event), lastEventId) };
}

/** The events of `text` fed in one piece. */
function parse(text: string): ServerSentEvent[] {
  const { events, parser: p } = parser();
  p.push(text);
  return events;
}

describe('eventStreamParser', () => {
  it('dispatches an event at a blank line, with its type, data and id', () => {
    expect(parse('event: connection\ndata: {"a":1}\nid: 7\n\n')).to.deep.equal([
      { type: 'connection', data: '{"a":1}', lastEventId: '7' },
    ]);
  });

  it("names an event without `event:` 'message', and dispatches nothing before the blank line", () => {
    expect(parse('data: x\n')).to.deep.equal([]);
    expect(parse('data: x\n\n')).to.deep.equal([{ type: 'message', data: 'x', lastEventId: '' }]);
  });

  it('joins several data lines with a newline, keeping empty ones', () => {
    expect(parse('data: a\ndata:\ndata: c\n\n')[0].data).to.equal('a\n\nc');
    expect(parse('data\n\n')).to.deep.equal([{ type: 'message', data: '', lastEventId: '' }]);
  });

  it('drops one space after the colon, only one; a line without a colon is a field with no value', () => {
    expect(parse('data:no space\n\n')[0].data).to.equal('no space');
    expect(parse('data:  two spaces\n\n')[0].data).to.equal(' two spaces');
    expect(parse('data: a: b\n\n')[0].data).to.equal('a: b');
    expect(parse('event\ndata: x\n\n')[0].type).to.equal('message');
  });

  it('ignores comments, retry and unknown fields; a block of them alone dispatches nothing', () => {
    const text = ': keep-alive\n\n:\nretry: 10\nfoo: bar\ndata: x\n\n: bye\n\n';
    expect(parse(text)).to.deep.equal([{ type: 'message', data: 'x', lastEventId: '' }]);
  });

  it('ends lines with CRLF, LF or CR, mixed', () => {
    const text = 'event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\revent: c\ndata: 3\n\n';
    expect(parse(text).map((e) => [e.type, e.data])).to.deep.equal([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
  });

  it('gives the same events however the text is cut into chunks, a CRLF cut in two included', () => {
    const text =
      'id: 1\r\nevent: connection\r\ndata: {"é":"😀"}\r\ndata: two\r\n\r\n: c\r\rdata: z\r\n\r\n';
    const whole = parse(text);
    expect(whole).to.have.length(2);
    for (let size = 1; size <= 7; size += 1) {
      const { events, parser: p } = parser();
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      expect(events, `chunks of ${size}`).to.deep.equal(whole);
    }
    // Every single cut, including between the CR and LF of each CRLF.
    for (let cut = 0; cut <= text.length; cut += 1) {
      const { events, parser: p } = parser();
      p.push(text.slice(0, cut));
      p.push('');
      p.push(text.slice(cut));
      expect(events, `cut at ${cut}`).to.deep.equal(whole);
    }
  });

  it('keeps the last id across events, and sets it even on an event with no data', () => {
    const { events, parser: p } = parser();
    p.push('id: 1\ndata: a\n\ndata: b\n\n');
    expect(events.map((e) => e.lastEventId)).to.deep.equal(['1', '1']);
    p.push('id: 2\n\n');
    expect(p.lastEventId).to.equal('2');
    expect(events).to.have.length(2);
    p.push('id\ndata: c\n\n');
    expect(events[2].lastEventId).to.equal('');
  });

  it('starts from the id it is given, ignores an id holding NUL, and commits an id only at dispatch', () => {
    const { events, parser: p } = parser('41');
    p.push('data: a\n\n');
    expect(events[0].lastEventId).to.equal('41');
    p.push('id: bad\0id\ndata: b\n\n');
    expect(events[1].lastEventId).to.equal('41');
    p.push('id: 42\ndata: cut off by the end of the stream\n');
    expect(p.lastEventId).to.equal('41');
    expect(events).to.have.length(2);
  });

  it("throws 'invalid-response' when an event grows past the limit without ending", () => {
    const { parser: p } = parser();
    p.push(`data: ${'x'.repeat(MAX_EVENT_LENGTH - 100)}\n`);
    let error: unknown;
    try {
      p.push(`data: ${'y'.repeat(200)}`);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('invalid-response');
  });
});
