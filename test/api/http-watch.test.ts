import { expect } from '@open-wc/testing';
import type { ApiError } from '../../src/api/errors.js';
import { HttpConnectionsApi, type HttpConnectionsApiOptions } from '../../src/api/http-api.js';
import { clientView, createSeed } from '../../demo/server/seed.js';
import { openLeakProbe } from '../helpers/leaks.js';
import { expectApiError } from './assertions.js';
import {
  FakeEventServer,
  connectionEvent,
  errorAnswer,
  receiver,
  until,
} from './fake-event-server.js';
import { tokenSource } from './token-source.js';

const BASE = 'https://backend.example/api';
const seed = () => clientView(createSeed().acme).connections;

/** Small delays keep the suite fast; the backoff's timing is unit-tested in backoff.test.ts. */
const FAST_WATCH = { silenceMs: 1000, retry: { baseDelayMs: 5, maxDelayMs: 20 } };

function setUp(options: Partial<HttpConnectionsApiOptions> = {}) {
  const server = new FakeEventServer();
  const api = new HttpConnectionsApi({
    baseUrl: BASE,
    workspaceId: 'acme',
    fetch: server.fetch,
    watch: FAST_WATCH,
    ...options,
  });
  const controller = new AbortController();
  const { received, onConnection } = receiver();
  const watch = () => api.watchConnections({ signal: controller.signal, onConnection });
  return { server, api, controller, received, watch };
}

describe('HttpConnectionsApi.watchConnections', () => {
  it('GETs /connection-events as an event stream, with the headers option and the token, and hands over each connection', async () => {
    const { server, controller, received, watch } = setUp({
      getSessionToken: async () => 'tok_1',
      headers: { 'X-Agency-Id': 'agency-7', Authorization: 'Bearer not-this' },
    });
    const watching = watch();
    const call = await server.call(1);
    expect(call.url).to.equal(`${BASE}/workspaces/acme/connection-events`);
    expect(call.headers.get('Accept')).to.equal('text/event-stream');
    expect(call.headers.get('Authorization')).to.equal('Bearer tok_1');
    expect(call.headers.get('X-Agency-Id')).to.equal('agency-7');
    expect(call.headers.has('Last-Event-ID')).to.equal(false);

    const [slack, hubspot] = seed();
    const text = connectionEvent({ ...slack, extra: 1 }) + connectionEvent(hubspot);
    // Cut anywhere, even inside a multi-byte character.
    const bytes = new TextEncoder().encode(text.replace('Slack', 'Sl\u00e4ck'));
    call.send(new Uint8Array());
    for (let i = 0; i < bytes.length; i += 5) call.send(bytes.slice(i, i + 5));
    await until(() => received.length === 2, 'two connections');
    expect(received[0]).to.deep.equal({ ...slack, app: { ...slack.app, name: 'Sl\u00e4ck' } });
    expect(received[1]).to.deep.equal(hubspot);
    controller.abort();
    await watching;
    expect(server.calls).to.have.length(1);
  });

  it('reads only `connection` events, skips data that is not a valid Connection, and does not reconnect for it', async () => {
    const { server, controller, received, watch } = setUp();
    const watching = watch();
    const call = await server.call(1);
    const [slack] = seed();
    call.send(`event: other\ndata: ${JSON.stringify(slack)}\n\n`);
    call.send(`data: ${JSON.stringify(slack)}\n\n`);
    call.send('event: connection\ndata: {not json\n\n');
    call.send('event: connection\ndata: {"id": 1}\n\n');
    call.send(`event: connection\ndata: ${JSON.stringify({ ...slack, status: 'suspended' })}\n\n`);
    call.send(': keep-alive\n\n');
    call.send(connectionEvent({ ...slack, label: 'last' }));
    await until(() => received.length === 2, 'the valid events');
    expect(received.map((c) => [c.status, c.label])).to.deep.equal([
      ['unknown', slack.label],
      ['active', 'last'],
    ]);
    controller.abort();
    await watching;
    expect(server.calls).to.have.length(1);
  });

  it('asks for a fresh token once after a 401 and goes on with it', async () => {
    const tokens = tokenSource('old', 'new');
    const { server, controller, received, watch } = setUp({ getSessionToken: tokens.get });
    server.answers.push(errorAnswer(401, 'unauthorized'));
    const watching = watch();
    const call = await server.call(2);
    expect(server.calls.map((c) => c.headers.get('Authorization'))).to.deep.equal([
      'Bearer old',
      'Bearer new',
    ]);
    call.send(connectionEvent(seed()[0]));
    await until(() => received.length === 1, 'a connection');
    expect(tokens.calls).to.equal(2);
    controller.abort();
    await watching;
  });

  it("rejects with 'unauthorized' when the fresh token gets a 401 too, never quoting the token", async () => {
    const tokens = tokenSource('tok_secret_old', 'tok_secret_new');
    const { server, watch } = setUp({ getSessionToken: tokens.get });
    server.answers.push(
      errorAnswer(401, 'unauthorized'),
      errorAnswer(401, 'tok_secret_new echoed back'),
    );
    const error = await expectApiError(watch(), 'unauthorized');
    expect(error.status).to.equal(401);
    expect(server.calls).to.have.length(2);
    expect(tokens.calls).to.equal(2);
    expect(`${error.message} ${error.code} ${error.stack}`).not.to.include('tok_secret');
  });

  it("rejects with 'unauthorized' when getSessionToken fails, sending nothing", async () => {
    const { server, watch } = setUp({
      getSessionToken: async () => {
        throw new Error('session expired');
      },
    });
    await expectApiError(watch(), 'unauthorized');
    expect(server.calls).to.have.length(0);
  });

  it("rejects at once with 'not-found' on 404, 405, 501 and a 2xx that is not an event stream", async () => {
    const answers = [
      () => errorAnswer(404, 'not_found'),
      () => new Response('Method Not Allowed', { status: 405 }),
      () => errorAnswer(501, 'not_implemented'),
      () => new Response('<html>the app</html>', { headers: { 'Content-Type': 'text/html' } }),
      () => new Response(null, { status: 204 }),
    ];
    for (const answer of answers) {
      const { server, watch } = setUp();
      const response = answer();
      server.answers.push(response);
      const error = await expectApiError(watch(), 'not-found');
      expect(error.status).to.equal(response.status);
      expect(server.calls).to.have.length(1);
    }
  });

  it("rejects with 'forbidden' on a 403, without retrying", async () => {
    const { server, watch } = setUp({ getSessionToken: () => 'tok_x' });
    server.answers.push(errorAnswer(403, 'forbidden'));
    const error = await expectApiError(watch(), 'forbidden');
    expect(error.status).to.equal(403);
    expect(server.calls).to.have.length(1);
  });

  it('reconnects after a network error, a 5xx, a 429 and a stream that ends, sending the last event ID received', async () => {
    const { server, controller, received, watch } = setUp();
    server.answers.push(
      new TypeError('Failed to fetch'),
      errorAnswer(503, 'unavailable'),
      errorAnswer(429, 'slow_down', { 'Retry-After': '0' }),
    );
    const watching = watch();
    const first = await server.call(4);
    const [slack, hubspot] = seed();
    first.send(connectionEvent(slack, 'e1'));
    first.send(`${connectionEvent(hubspot, 'e2')}id: e3\nevent: connection\ndata: {}\n`);
    await until(() => received.length === 2, 'two connections');
    first.end();

    const second = await server.call(5);
    expect(server.calls.slice(0, 4).map((c) => c.headers.has('Last-Event-ID'))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
    expect(second.headers.get('Last-Event-ID')).to.equal('e2');
    // The ID survives a connection with no event, and a failed connect.
    second.send(': hello\n\n');
    server.answers.push(new TypeError('Failed to fetch'));
    second.end();
    const third = await server.call(7);
    expect(server.calls[5].headers.get('Last-Event-ID')).to.equal('e2');
    expect(third.headers.get('Last-Event-ID')).to.equal('e2');
    third.send(connectionEvent(slack, 'e4'));
    await until(() => received.length === 3, 'a third connection');
    controller.abort();
    await watching;
  });

  it('waits a jittered exponential backoff between reconnects, and starts it over after a connection that lasted', async () => {
    const { server, controller, watch } = setUp({
      watch: { silenceMs: 5000, retry: { baseDelayMs: 100, maxDelayMs: 800 } },
    });
    server.answers.push(errorAnswer(500), errorAnswer(502), new TypeError('Failed to fetch'));
    const watching = watch();
    const open = await server.call(4);
    const gaps = server.calls.slice(1).map((call, i) => call.at - server.calls[i].at);
    // Equal jitter: between half and all of 100, 200, 400 ms.
    expect(gaps[0]).to.be.at.least(50);
    expect(gaps[1]).to.be.at.least(100);
    expect(gaps[2]).to.be.at.least(200);
    // Open for longer than maxDelayMs: the next wait is the first step's again, not 400 to 800 ms.
    await new Promise((resolve) => setTimeout(resolve, 850));
    open.end();
    const endedAt = performance.now();
    const next = await server.call(5);
    expect(next.at - endedAt).to.be.below(300);
    controller.abort();
    await watching;
  });

  it('does not send an event ID that cannot be a header value, and an empty `id:` clears it', async () => {
    const { server, controller, watch } = setUp();
    const watching = watch();
    const first = await server.call(1);
    first.send('id: caf\u00e9 \u20ac\ndata: x\n\n');
    first.end();
    expect((await server.call(2)).headers.has('Last-Event-ID')).to.equal(false);
    const second = server.calls[1];
    second.send('id: ok-1\ndata: x\n\nid\ndata: y\n\n');
    second.end();
    expect((await server.call(3)).headers.has('Last-Event-ID')).to.equal(false);
    controller.abort();
    await watching;
  });

  it('drops a stream silent for longer than silenceMs, aborting its fetch, and reopens it; keep-alive comments keep it open', async () => {
    const { server, controller, watch } = setUp({
      watch: { silenceMs: 80, retry: { baseDelayMs: 5, maxDelayMs: 20 } },
    });
    const watching = watch();
    const first = await server.call(1);
    for (let i = 0; i < 8; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      first.send(':\n');
    }
    expect(server.calls).to.have.length(1);
    expect(first.signal.aborted).to.equal(false);
    const second = await server.call(2);
    expect(first.signal.aborted).to.equal(true);
    expect(second.signal.aborted).to.equal(false);
    controller.abort();
    await watching;
  });

  it('keeps the per-attempt timeout for the connect, and reconnects after it', async () => {
    let calls = 0;
    const server = new FakeEventServer();
    const { controller, watch } = setUp({
      timeoutMs: 30,
      fetch: (url, init) => {
        calls += 1;
        return calls === 1 ? new Promise<Response>(() => {}) : server.fetch(url, init);
      },
    });
    const watching = watch();
    await server.call(1);
    expect(calls).to.equal(2);
    controller.abort();
    await watching;
  });

  it('resolves when the signal aborts, aborting the fetch and leaving no timer or listener behind', async () => {
    const probe = openLeakProbe();
    try {
      // While the stream is open.
      const open = setUp({ getSessionToken: () => 'tok' });
      const watching = open.watch();
      const call = await open.server.call(1);
      open.controller.abort();
      expect(await watching).to.equal(undefined);
      expect(call.signal.aborted).to.equal(true);

      // During the backoff before a reconnect.
      const backingOff = setUp({ watch: { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } } });
      backingOff.server.answers.push(errorAnswer(500));
      const waiting = backingOff.watch();
      await backingOff.server.call(1);
      await new Promise((resolve) => setTimeout(resolve, 10));
      backingOff.controller.abort();
      await waiting;
      expect(backingOff.server.calls).to.have.length(1);

      // While connecting, with a fetch that never answers and ignores the signal.
      const stuck = setUp({ fetch: () => new Promise<Response>(() => {}) });
      const connecting = stuck.watch();
      await new Promise((resolve) => setTimeout(resolve, 10));
      stuck.controller.abort();
      await connecting;

      // Already aborted: nothing is fetched.
      const early = setUp();
      early.controller.abort();
      await early.watch();
      expect(early.server.calls).to.have.length(0);

      expect(probe.pendingTimers()).to.equal(0);
      expect(probe.listeners()).to.deep.equal([]);
    } finally {
      probe.close();
    }
  });

  it('goes on when onConnection throws, reporting the error', async () => {
    const { server, controller, api } = setUp();
    const reported: unknown[] = [];
    const original = window.reportError;
    window.reportError = (error) => reported.push(error);
    try {
      let heard = 0;
      const watching = api.watchConnections({
        signal: controller.signal,
        onConnection: () => {
          heard += 1;
          if (heard === 1) throw new Error('a bug in the host');
        },
      });
      const call = await server.call(1);
      call.send(connectionEvent(seed()[0]) + connectionEvent(seed()[1]));
      await until(() => heard === 2, 'both connections');
      expect((reported[0] as Error).message).to.equal('a bug in the host');
      controller.abort();
      await watching;
      expect(server.calls).to.have.length(1);
    } finally {
      window.reportError = original;
    }
  });

  it('does not quote the token in the error of a 403 whose body echoes it', async () => {
    const token = 'tok_echoed_secret';
    const { server, watch } = setUp({ getSessionToken: () => token });
    server.answers.push(errorAnswer(403, `no access for Bearer ${token}`));
    const error: ApiError = await expectApiError(watch(), 'forbidden');
    expect(`${error.message} ${error.code}`).not.to.include(token);
    expect(error.code).to.equal('no access for Bearer [redacted]');
  });
});
