// The demo server cannot be driven from another website while `npm start` runs (issue 11, bug 6):
// control changes must be JSON from this origin, API answers are always JSON (or the event stream)
// with nosniff and a CSP that lets nothing load, logs and workspaces are bounded, a malformed path
// is a 400, and `npm start` listens on 127.0.0.1 unless HOST says otherwise.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { createDemoServer } from '../../demo/serve.js';
import { MAX_LOG } from '../../demo/server/router.js';

let server;
let origin;

before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const json = { 'Content-Type': 'application/json' };

/** A fresh copy of the seeded workspace, through the control endpoint as this origin may. */
async function createWorkspace() {
  const created = await fetch(`${origin}/api/__control/workspaces`, {
    method: 'POST',
    body: '{}',
    headers: json,
  });
  return (await created.json()).workspaceId;
}

test('control changes from another origin, or not as JSON, are refused', async () => {
  const url = `${origin}/api/__control/workspaces`;
  const plain = await fetch(url, {
    method: 'POST',
    body: '{}',
    headers: { 'Content-Type': 'text/plain' },
  });
  assert.equal(plain.status, 415);
  const noType = await fetch(`${origin}/api/__control/reset`, { method: 'POST' });
  assert.equal(noType.status, 415);
  const elsewhere = await fetch(url, {
    method: 'POST',
    body: '{}',
    headers: { ...json, Origin: 'https://evil.example' },
  });
  assert.equal(elsewhere.status, 403);
  const same = await fetch(url, {
    method: 'POST',
    body: '{}',
    headers: { ...json, Origin: origin },
  });
  assert.equal(same.status, 201);
});

test('no fault makes an API answer anything but JSON, and every answer is nosniff with a closed CSP', async () => {
  const workspaceId = await createWorkspace();
  await fetch(`${origin}/api/__control/workspaces/${workspaceId}/faults`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      status: 200,
      body: '<script>alert(1)</script>',
      headers: { 'Content-Type': 'text/html', 'X-Content-Type-Options': 'none' },
    }),
  });
  const answer = await fetch(`${origin}/api/workspaces/${workspaceId}/connections`);
  assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(answer.headers.get('content-security-policy'), "default-src 'none'");
  const stream = new AbortController();
  const events = await fetch(`${origin}/api/workspaces/${workspaceId}/connection-events`, {
    signal: stream.signal,
  });
  assert.equal(events.headers.get('content-type'), 'text/event-stream');
  assert.equal(events.headers.get('x-content-type-options'), 'nosniff');
  stream.abort();
});

test('a workspace log keeps only the newest requests', async () => {
  const workspaceId = await createWorkspace();
  for (let i = 0; i < MAX_LOG + 20; i += 1) {
    await fetch(`${origin}/api/workspaces/${workspaceId}/connection-requests`);
  }
  const log = await (await fetch(`${origin}/api/__control/workspaces/${workspaceId}/log`)).json();
  assert.equal(log.requests.length, MAX_LOG);
});

test('a malformed path is a 400, not a server error', async () => {
  assert.equal((await fetch(`${origin}/demo/%E0%A4%A`)).status, 400);
  assert.equal((await fetch(`${origin}/api/workspaces/%E0%A4%A/connections`)).status, 400);
});

test('npm start listens on 127.0.0.1 unless HOST says otherwise', async () => {
  const child = spawn(process.execPath, ['demo/serve.js'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const said = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('Listening on')) resolve(out);
      });
      child.on('exit', () => reject(new Error(`exited: ${out}`)));
      setTimeout(() => reject(new Error(`no answer: ${out}`)), 10_000).unref();
    });
    assert.match(said, /Listening on 127\.0\.0\.1:\d+/);
  } finally {
    child.kill('SIGTERM');
  }
});
