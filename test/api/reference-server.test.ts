/** The reference server's own rules, checked with plain fetch (the client hides some of them). */
import { expect } from '@open-wc/testing';
import type { Connection } from '../../src/api/types.js';
import type { StoredConnection } from '../../demo/server/seed.js';
import {
  addFault,
  createWorkspace,
  dropStreams,
  expireConnection,
  requestLog,
  setConnectionStatus,
  setStreamOffered,
  settleConnection,
  streamState,
} from './reference-control.js';
import { waitUntil } from '../helpers/wait-until.js';

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`/api${path}`, init);
  return { response, body: (await response.json()) as Record<string, unknown> };
}

const errorCode = (body: Record<string, unknown>) => (body.error as { code: string }).code;

const connection = (id: string, status: string): StoredConnection => ({
  id,
  app: { key: 'slack', name: 'Slack', iconUrl: null },
  label: id,
  status,
  externalAccountEmail: null,
  lastRefreshedAt: null,
  refreshable: true,
});

describe('reference server', () => {
  it('answers JSON that is never cached, without internal fields', async () => {
    const ws = await createWorkspace();
    const { response, body } = await call(`/workspaces/${ws}/connections`);
    expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
    expect(response.headers.get('Cache-Control')).to.equal('no-store');
    const text = JSON.stringify(body);
    expect(text).not.to.include('owner');
    expect(text).not.to.include('refreshFails');
    expect(text).not.to.include('conn_agency');
  });

  it('pages with limit (capped at 100) and opaque cursors; a bad cursor or limit is a 400', async () => {
    const ws = await createWorkspace();
    const first = await call(`/workspaces/${ws}/connections?limit=3`);
    expect((first.body.connections as unknown[]).length).to.equal(3);
    const cursor = first.body.nextCursor as string;
    expect(cursor).to.be.a('string');
    const second = await call(`/workspaces/${ws}/connections?limit=100&cursor=${cursor}`);
    expect((second.body.connections as unknown[]).length).to.equal(5);
    expect(second.body.nextCursor).to.equal(null);
    expect((await call(`/workspaces/${ws}/connections?limit=1000`)).body.nextCursor).to.equal(null);

    const badCursor = await call(`/workspaces/${ws}/connections?cursor=nope`);
    expect(badCursor.response.status).to.equal(400);
    expect(errorCode(badCursor.body)).to.equal('invalid_cursor');
    const badLimit = await call(`/workspaces/${ws}/connections?limit=0`);
    expect(badLimit.response.status).to.equal(400);
    expect(errorCode(badLimit.body)).to.equal('invalid_limit');
  });

  it('answers 405 with Allow for a wrong method, 404 for an unknown route or workspace', async () => {
    const ws = await createWorkspace();
    const wrongMethod = await call(`/workspaces/${ws}/connections/conn_slack_01/revoke`);
    expect(wrongMethod.response.status).to.equal(405);
    expect(wrongMethod.response.headers.get('Allow')).to.equal('POST');
    expect(errorCode(wrongMethod.body)).to.equal('method_not_allowed');
    const unknownRoute = await call(`/workspaces/${ws}/nothing-here`);
    expect(unknownRoute.response.status).to.equal(404);
    expect(errorCode(unknownRoute.body)).to.equal('not_found');
    expect((await call('/workspaces/no-such-ws/connections')).response.status).to.equal(404);
  });

  it('requires the bearer token of a workspace that holds one, and never logs it', async () => {
    const ws = await createWorkspace({ token: 'tok-abc' });
    const without = await call(`/workspaces/${ws}/connection-requests`);
    expect(without.response.status).to.equal(401);
    expect(errorCode(without.body)).to.equal('unauthorized');
    const wrong = await call(`/workspaces/${ws}/connection-requests`, {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrong.response.status).to.equal(401);
    const right = await call(`/workspaces/${ws}/connection-requests`, {
      headers: { Authorization: 'Bearer tok-abc' },
    });
    expect(right.response.status).to.equal(200);
    const log = await requestLog(ws);
    expect(log.map((e) => e.authorized)).to.deep.equal([false, false, true]);
    expect(JSON.stringify(log)).not.to.include('tok-abc');
  });

  it('plays queued faults in order, matching method and path, then answers normally', async () => {
    const ws = await createWorkspace();
    await addFault(ws, { method: 'POST', status: 500 });
    await addFault(ws, { path: '/connection-requests', status: 418, body: 'teapot', times: 2 });
    await addFault(ws, { path: '/connections/conn_slack_01', delayMs: 1 });
    const requests = await fetch(`/api/workspaces/${ws}/connection-requests`);
    expect(requests.status).to.equal(418);
    expect(await requests.text()).to.equal('teapot');
    expect((await fetch(`/api/workspaces/${ws}/connection-requests`)).status).to.equal(418);
    expect((await fetch(`/api/workspaces/${ws}/connection-requests`)).status).to.equal(200);
    // A delay alone answers normally.
    expect((await call(`/workspaces/${ws}/connections/conn_slack_01`)).body.id).to.equal(
      'conn_slack_01',
    );
    // The POST fault is still queued for the first POST.
    const post = await fetch(`/api/workspaces/${ws}/connections/conn_slack_01/revoke`, {
      method: 'POST',
    });
    expect(post.status).to.equal(500);
  });

  it('creates workspaces with fresh ids, isolated from each other', async () => {
    const a = await createWorkspace();
    const b = await createWorkspace({ connections: [], requests: [] });
    expect(a).not.to.equal(b);
    await fetch(`/api/workspaces/${a}/connections/conn_slack_01/revoke`, { method: 'POST' });
    expect((await call(`/workspaces/${b}/connections`)).body.connections).to.deep.equal([]);
    const c = await createWorkspace();
    expect((await call(`/workspaces/${c}/connections/conn_slack_01`)).body.status).to.equal(
      'active',
    );
  });
});

/** One block of a text/event-stream: an event, an id alone, or a comment. */
interface StreamBlock {
  event?: string;
  id?: string;
  data?: string;
  comment?: string;
}

function parseBlock(text: string): StreamBlock {
  const block: StreamBlock = {};
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) block.comment = line.slice(1).trim();
    else {
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event' || field === 'id' || field === 'data') block[field] = value;
    }
  }
  return block;
}

/** Reads a connection-events stream with fetch, as the client does (it can send a bearer token). */
class EventStream {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;

  constructor(
    readonly response: Response,
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly controller: AbortController,
  ) {}

  /** The next block, or null when the stream ended; rejects when none comes within timeoutMs. */
  async next(timeoutMs = 1000): Promise<StreamBlock | null> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = parseBlock(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 2);
        return block;
      }
      if (!this.pending) {
        this.pending = this.reader.read();
        this.pending.catch(() => {}); // aborted by close()
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const result = await Promise.race([this.pending, timeout]);
      clearTimeout(timer);
      if (result === 'timeout') throw new Error(`nothing on the stream within ${timeoutMs} ms`);
      this.pending = undefined;
      if (result.done) return null;
      this.buffer += this.decoder.decode(result.value, { stream: true });
    }
  }

  /** The next `connection` event (skipping ids alone and comments), its data parsed. */
  async nextEvent(
    timeoutMs = 1000,
  ): Promise<{ event: string; id: string; connection: Connection }> {
    for (;;) {
      const block = await this.next(timeoutMs);
      if (block === null) throw new Error('the stream ended');
      if (block.data !== undefined) {
        return {
          event: block.event ?? 'message',
          id: block.id ?? '',
          connection: JSON.parse(block.data) as Connection,
        };
      }
    }
  }

  close(): void {
    this.controller.abort();
  }
}

// Every stream a test opens is closed after it: an open stream holds one of the browser's few
// connections to the server.
const openStreams: EventStream[] = [];

async function openStream(
  workspaceId: string,
  headers: Record<string, string> = {},
): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(`/api/workspaces/${workspaceId}/connection-events`, {
    headers,
    signal: controller.signal,
    // As the client asks: Firefox's cache would otherwise hold a second request for the same URL
    // until the first (a stream that never ends) completes.
    cache: 'no-store',
  });
  if (!response.body) throw new Error('no body');
  const stream = new EventStream(response, response.body.getReader(), controller);
  openStreams.push(stream);
  return stream;
}

const revoke = (ws: string, id: string) =>
  fetch(`/api/workspaces/${ws}/connections/${id}/revoke`, { method: 'POST' });

describe('reference server: connection-events', () => {
  afterEach(() => {
    for (const stream of openStreams.splice(0)) stream.close();
  });

  it('streams, uncached, every change made through the REST API as an `event: connection`', async () => {
    const ws = await createWorkspace();
    const stream = await openStream(ws);
    expect(stream.response.status).to.equal(200);
    expect(stream.response.headers.get('Content-Type')).to.equal('text/event-stream');
    expect(stream.response.headers.get('Cache-Control')).to.equal('no-store');
    // Before any event, the newest id alone (no data), so a client can resume from it.
    expect(await stream.next()).to.deep.equal({ id: '0' });

    const revoked = (await (await revoke(ws, 'conn_slack_01')).json()) as Connection;
    expect(await stream.nextEvent()).to.deep.equal({
      event: 'connection',
      id: '1',
      connection: revoked,
    });
    // Exactly what GET /connections/{id} answers.
    expect((await call(`/workspaces/${ws}/connections/conn_slack_01`)).body).to.deep.equal(revoked);

    // A refresh (HubSpot: error → active) is a change; revoking Slack again and refreshing it (422,
    // it stays revoked) are not, so the next event is Notion's revoke.
    await fetch(`/api/workspaces/${ws}/connections/conn_hubspot_01/refresh`, { method: 'POST' });
    await revoke(ws, 'conn_slack_01');
    await fetch(`/api/workspaces/${ws}/connections/conn_slack_01/refresh`, { method: 'POST' });
    await revoke(ws, 'conn_notion_01');
    const refreshed = await stream.nextEvent();
    expect([refreshed.id, refreshed.connection.id, refreshed.connection.status]).to.deep.equal([
      '2',
      'conn_hubspot_01',
      'active',
    ]);
    const next = await stream.nextEvent();
    expect([next.id, next.connection.id]).to.deep.equal(['3', 'conn_notion_01']);
  });

  it('streams a failed refresh that turned a connection to error', async () => {
    const ws = await createWorkspace({
      connections: [{ ...connection('conn_a', 'active'), refreshFails: true }],
    });
    const stream = await openStream(ws);
    const failed = await fetch(`/api/workspaces/${ws}/connections/conn_a/refresh`, {
      method: 'POST',
    });
    expect(failed.status).to.equal(422);
    const { connection: changed } = await stream.nextEvent();
    expect(changed.status).to.equal('error');
  });

  it('streams the provider-side changes: settle (pending → active) and expire (active → error)', async () => {
    const ws = await createWorkspace();
    const stream = await openStream(ws);
    const settled = await settleConnection(ws, 'conn_drive_01');
    expect(settled.status).to.equal('active');
    expect(settled.refreshable).to.equal(true);
    expect(Date.now() - Date.parse(settled.lastRefreshedAt ?? '')).to.be.lessThan(60_000);
    expect((await stream.nextEvent()).connection).to.deep.equal(settled);

    const expired = await expireConnection(ws, 'conn_slack_01');
    expect(expired.status).to.equal('error');
    expect((await stream.nextEvent()).connection).to.deep.equal(expired);

    const unknown = await setConnectionStatus(ws, 'conn_notion_01', 'suspended');
    expect((await stream.nextEvent()).connection).to.deep.equal(unknown);

    // Only a pending connection settles, only an active one expires: 409, and nothing is streamed.
    const again = await fetch(`/api/__control/workspaces/${ws}/connections/conn_drive_01/settle`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(again.status).to.equal(409);
    expect(errorCode((await again.json()) as Record<string, unknown>)).to.equal('conflict');
    const notActive = await fetch(
      `/api/__control/workspaces/${ws}/connections/conn_salesforce_01/expire`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' } },
    );
    expect(notActive.status).to.equal(409);
    expect((await streamState(ws)).lastEventId).to.equal(3);
  });

  it('replays the events after Last-Event-ID on a reconnect, and logs it', async () => {
    const ws = await createWorkspace();
    const first = await openStream(ws);
    await revoke(ws, 'conn_slack_01');
    expect((await first.nextEvent()).id).to.equal('1');
    // The server drops the stream; two changes happen before the client is back.
    expect(await dropStreams(ws)).to.equal(1);
    await first.nextEvent().then(
      () => expect.fail('an event after the drop'),
      (error: Error) => expect(error.message).to.equal('the stream ended'),
    );
    await expireConnection(ws, 'conn_notion_01');
    await settleConnection(ws, 'conn_drive_01');

    const second = await openStream(ws, { 'Last-Event-ID': '1' });
    const replayed = [await second.nextEvent(), await second.nextEvent()];
    expect(replayed.map((e) => [e.id, e.connection.id, e.connection.status])).to.deep.equal([
      ['2', 'conn_notion_01', 'error'],
      ['3', 'conn_drive_01', 'active'],
    ]);
    // Then live again.
    await revoke(ws, 'conn_asana_01');
    expect((await second.nextEvent()).id).to.equal('4');

    const streams = (await requestLog(ws)).filter((e) => e.path === '/connection-events');
    expect(streams.map((e) => e.lastEventId)).to.deep.equal([undefined, '1']);
  });

  it('sends every connection instead when it cannot replay from Last-Event-ID', async () => {
    const ws = await createWorkspace();
    await revoke(ws, 'conn_slack_01');
    // An id it never issued (from before a reset, say): the current state of every connection.
    const stream = await openStream(ws, { 'Last-Event-ID': '42' });
    const { connections } = (await call(`/workspaces/${ws}/connections`)).body as {
      connections: Connection[];
    };
    const resent = [];
    for (let i = 0; i < connections.length; i += 1) resent.push(await stream.nextEvent());
    expect(resent.map((e) => e.connection)).to.deep.equal(connections);
    expect(new Set(resent.map((e) => e.id))).to.deep.equal(new Set(['1']));
    expect(JSON.stringify(resent)).not.to.include('conn_agency');
  });

  it('answers 401 with WWW-Authenticate without the token of a workspace that holds one', async () => {
    const ws = await createWorkspace({ token: 'tok-live' });
    const without = await fetch(`/api/workspaces/${ws}/connection-events`);
    expect(without.status).to.equal(401);
    expect(without.headers.get('WWW-Authenticate')).to.equal('Bearer');
    expect(errorCode((await without.json()) as Record<string, unknown>)).to.equal('unauthorized');
    const stream = await openStream(ws, { Authorization: 'Bearer tok-live' });
    expect(stream.response.status).to.equal(200);
    await expireConnection(ws, 'conn_slack_01');
    expect((await stream.nextEvent()).connection.id).to.equal('conn_slack_01');
    const log = await requestLog(ws);
    expect(log.map((e) => e.authorized)).to.deep.equal([false, true]);
    expect(JSON.stringify(log)).not.to.include('tok-live');
  });

  it('answers 404 not_found when the workspace does not offer it, and ends the open streams', async () => {
    const ws = await createWorkspace();
    const stream = await openStream(ws);
    expect(await stream.next()).to.deep.equal({ id: '0' });
    await setStreamOffered(ws, false);
    expect(await stream.next()).to.equal(null);
    const notOffered = await call(`/workspaces/${ws}/connection-events`);
    expect(notOffered.response.status).to.equal(404);
    expect(errorCode(notOffered.body)).to.equal('not_found');
    expect(await streamState(ws)).to.deep.equal({ offered: false, open: 0, lastEventId: 0 });
    // The REST API is unaffected; changes are still numbered for when it is offered again.
    await revoke(ws, 'conn_slack_01');
    await setStreamOffered(ws, true);
    const back = await openStream(ws, { 'Last-Event-ID': '0' });
    expect((await back.nextEvent()).connection.id).to.equal('conn_slack_01');
  });

  it('never shows an agency-owned connection', async () => {
    const ws = await createWorkspace();
    const stream = await openStream(ws);
    // The provider changes the agency's own connections: nothing is streamed, no id is used.
    expect((await setConnectionStatus(ws, 'conn_agency_github', 'error')).id).to.equal(
      'conn_agency_github',
    );
    await settleConnection(ws, 'conn_drive_01');
    const next = await stream.nextEvent();
    expect([next.id, next.connection.id]).to.deep.equal(['1', 'conn_drive_01']);
    // Nor through the contract's routes.
    const agencyRevoke = await revoke(ws, 'conn_agency_xero');
    expect(agencyRevoke.status).to.equal(404);
    const replay = await openStream(ws, { 'Last-Event-ID': '0' });
    expect((await replay.nextEvent()).connection.id).to.equal('conn_drive_01');
    expect((await streamState(ws)).lastEventId).to.equal(1);
  });

  it('keeps the connection-events path apart from a connection whose id is "events"', async () => {
    const ws = await createWorkspace({ connections: [connection('events', 'active')] });
    expect((await call(`/workspaces/${ws}/connections/events`)).body.id).to.equal('events');
    const wrongMethod = await call(`/workspaces/${ws}/connection-events`, { method: 'POST' });
    expect(wrongMethod.response.status).to.equal(405);
    expect(wrongMethod.response.headers.get('Allow')).to.equal('GET');
  });

  it('plays queued faults on the stream request like on any other', async () => {
    const ws = await createWorkspace();
    await addFault(ws, { path: '/connection-events', status: 503 });
    expect((await fetch(`/api/workspaces/${ws}/connection-events`)).status).to.equal(503);
    const stream = await openStream(ws);
    expect(stream.response.status).to.equal(200);
  });

  it('forgets a stream when its client goes away, and can cut streams', async () => {
    const ws = await createWorkspace();
    const stream = await openStream(ws);
    expect((await streamState(ws)).open).to.equal(1);
    stream.close();
    await waitUntil(async () => (await streamState(ws)).open === 0, 'the stream stays open');
    const cut = await openStream(ws);
    expect(await dropStreams(ws, true)).to.equal(1);
    await cut.next().then(
      (block) => expect(block).to.deep.equal({ id: '0' }),
      () => undefined, // or a network error, as the connection was cut
    );
    expect((await streamState(ws)).open).to.equal(0);
  });

  it('works with a plain EventSource (ids alone and comments are not events)', async () => {
    const ws = await createWorkspace();
    const source = new EventSource(`/api/workspaces/${ws}/connection-events`);
    const messages: MessageEvent[] = [];
    source.addEventListener('message', (event) => messages.push(event));
    try {
      await new Promise((resolve, reject) => {
        source.addEventListener('open', resolve, { once: true });
        source.addEventListener('error', reject, { once: true });
      });
      const received = new Promise<MessageEvent>((resolve) =>
        source.addEventListener('connection', (event) => resolve(event as MessageEvent), {
          once: true,
        }),
      );
      await settleConnection(ws, 'conn_drive_01');
      const event = await received;
      expect(event.lastEventId).to.equal('1');
      expect((JSON.parse(event.data as string) as Connection).status).to.equal('active');
      expect(messages).to.deep.equal([]);
    } finally {
      source.close();
    }
  });
});
