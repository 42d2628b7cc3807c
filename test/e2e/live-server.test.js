// The reference server's timers, with short intervals (the browser tests mount it without them):
// keep-alive comments, pending connections settling on their own, and shutting down with streams open.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { createDemoServer } from '../../demo/serve.js';
import { createReferenceServer } from '../../demo/server/index.js';

const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)),
  );

/** A stream's text, block by block (`next()` resolves null when it ends). */
async function openStream(url, headers = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    response,
    async next() {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          return block;
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

/** Starts a reference server on loopback; stops it (and its streams) after the test. */
async function start(t, options) {
  const reference = createReferenceServer({ basePath: '/api', control: true, ...options });
  const server = createServer(async (req, res) => {
    if (!(await reference.handle(req, res))) res.writeHead(404).end();
  });
  const origin = await listen(server);
  t.after(async () => {
    reference.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { reference, api: `${origin}/api` };
}

test(
  'an open stream sends a keep-alive comment every keepAliveMs',
  { timeout: 5000 },
  async (t) => {
    const { api } = await start(t, { keepAliveMs: 40 });
    const stream = await openStream(`${api}/workspaces/acme/connection-events`);
    t.after(stream.close);
    assert.equal(await stream.next(), 'id: 0');
    const started = Date.now();
    assert.equal(await stream.next(), ': keep-alive');
    assert.equal(await stream.next(), ': keep-alive');
    assert.ok(Date.now() - started < 1000);
  },
);

test(
  'with settlePendingAfterMs, pending connections settle on their own, again after a reset',
  {
    timeout: 5000,
  },
  async (t) => {
    const { api, reference } = await start(t, { settlePendingAfterMs: 100 });
    const stream = await openStream(`${api}/workspaces/acme/connection-events`);
    t.after(stream.close);
    assert.equal(await stream.next(), 'id: 0');
    const [event, id, data] = (await stream.next()).split('\n');
    assert.equal(event, 'event: connection');
    assert.equal(id, 'id: 1');
    const settled = JSON.parse(data.slice('data: '.length));
    assert.equal(settled.id, 'conn_drive_01');
    assert.equal(settled.status, 'active');
    assert.equal(settled.refreshable, true);
    assert.ok(Date.now() - Date.parse(settled.lastRefreshedAt) < 5000);
    const list = await (await fetch(`${api}/workspaces/acme/connections`)).json();
    assert.deepEqual(
      list.connections.filter((c) => c.status === 'pending'),
      [],
      'nothing pending any more',
    );

    // A reset reseeds (Drive pending again, its timer started again) and ends the open streams.
    reference.reset();
    assert.equal(await stream.next(), null);
    const again = await openStream(`${api}/workspaces/acme/connection-events`);
    t.after(again.close);
    assert.equal(await again.next(), 'id: 0');
    assert.match(await again.next(), /"id":"conn_drive_01".*"status":"active"/);

    // A connection that becomes pending (through a control endpoint) settles in its turn.
    const pendingAgain = await fetch(
      `${api}/__control/workspaces/acme/connections/conn_slack_01/status`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'pending' }),
      },
    );
    assert.equal((await pendingAgain.json()).status, 'pending');
    assert.match(await again.next(), /"id":"conn_slack_01".*"status":"pending"/);
    assert.match(await again.next(), /"id":"conn_slack_01".*"status":"active"/);
  },
);

test('without settlePendingAfterMs, a pending connection stays pending', async (t) => {
  const { api } = await start(t, {});
  await new Promise((resolve) => setTimeout(resolve, 150));
  const drive = await (await fetch(`${api}/workspaces/acme/connections/conn_drive_01`)).json();
  assert.equal(drive.status, 'pending');
});

test(
  'close() ends the open streams, so the demo server stops at once',
  { timeout: 5000 },
  async () => {
    const server = createDemoServer({ settlePendingAfterMs: 60_000 });
    const origin = await listen(server);
    const streams = await Promise.all(
      ['acme', 'globex'].map((ws) =>
        openStream(`${origin}/api/workspaces/${ws}/connection-events`),
      ),
    );
    for (const stream of streams) assert.equal(await stream.next(), 'id: 0');
    const started = Date.now();
    // No closeAllConnections(): the server's close() must not wait for the streams.
    await new Promise((resolve) => server.close(resolve));
    assert.ok(Date.now() - started < 1000, `closed in ${Date.now() - started} ms`);
    for (const stream of streams) assert.equal(await stream.next(), null);
  },
);
