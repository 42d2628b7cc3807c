/** The reference server's own rules, checked with plain fetch (the client hides some of them). */
import { expect } from '@open-wc/testing';
import { addFault, createWorkspace, requestLog } from './reference-control.js';

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`/api${path}`, init);
  return { response, body: (await response.json()) as Record<string, unknown> };
}

const errorCode = (body: Record<string, unknown>) => (body.error as { code: string }).code;

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
