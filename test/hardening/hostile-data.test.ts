/**
 * Issue 11's first bugs, each proven over HTTP or through the elements: an id that cannot make a
 * safe URL never blanks the list nor sends a request elsewhere; duplicate request ids are one
 * request; DOM events carry errors without `cause`; a token echoed URL-encoded is redacted too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { HttpConnectionsApi } from '../../src/api/http-api.js';
import { MemoryConnectionsApi } from '../../src/api/memory-api.js';
import '../../src/define.js';
import type { ConnectionsPortal } from '../../src/elements/portal/connections-portal.js';
import type { ConnectionsLoadFailedEvent } from '../../src/events.js';
import { ConnectionsStore } from '../../src/state/store.js';
import { isUrlSafeId } from '../../src/utils/url-policy.js';
import { BASE_URL, createWorkspace, requestLog } from '../api/reference-control.js';
import { expectApiError } from '../api/assertions.js';
import { shadowQueryAll, text } from '../helpers/dom.js';
import { connection } from '../state/fake-api.js';
import { waitUntil } from '../helpers/wait-until.js';

const UNSAFE_IDS = ['', '.', '..', '\ud800'];

describe('hostile ids and data', () => {
  it('only ids that stay one URL segment are safe', () => {
    expect(UNSAFE_IDS.map(isUrlSafeId)).to.deep.equal([false, false, false, false]);
    expect(['a', '...', 'a/b', '%2E%2E', 'é', '😀'].map(isUrlSafeId)).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('over HTTP, connections whose ids cannot make a safe URL are left out, the rest listed, the host told once without the ids', async () => {
    const good = [connection('ok1', { label: 'First' }), connection('ok2', { label: 'Second' })];
    const bad = UNSAFE_IDS.map((id, i) => connection(id, { label: `Bad ${i}` }));
    const workspaceId = await createWorkspace({ connections: [good[0], ...bad, good[1]] });
    const failures: ConnectionsLoadFailedEvent[] = [];
    const portal = await fixture<ConnectionsPortal>(html`
      <connections-portal
        routing="none"
        live="off"
        api-base-url=${BASE_URL}
        workspace-id=${workspaceId}
        @connections-load-failed=${(e: ConnectionsLoadFailedEvent) => failures.push(e)}
      ></connections-portal>
    `);
    const labels = () =>
      shadowQueryAll(portal, 'connections-table', '[part~="label"]').map((cell) => text(cell));
    await waitUntil(() => labels().length === 2, 'the good rows never showed');
    expect(labels()).to.deep.equal(['First', 'Second']);
    await waitUntil(() => failures.length === 1, 'the host was not told');
    const { error } = failures[0].detail;
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.equal('4 connection(s) left out: their ids cannot be part of a URL.');
    expect(JSON.stringify(failures[0].detail) + error.message).not.to.include('\ud800');
    const paths = (await requestLog(workspaceId)).map((entry) => `${entry.method} ${entry.path}`);
    expect(
      paths.every((path) =>
        /^GET \/(connections|connection-requests|connection-events)$/.test(path),
      ),
    ).to.equal(true, paths.join(', '));
    await expect(portal).to.be.accessible();
  });

  it('HttpConnectionsApi never sends a request for such an id: not-found, no fetch', async () => {
    const calls: string[] = [];
    const api = new HttpConnectionsApi({
      baseUrl: BASE_URL,
      workspaceId: 'acme',
      fetch: async (url) => {
        calls.push(url);
        return new Response('{}', { status: 500 });
      },
    });
    for (const id of UNSAFE_IDS) {
      await expectApiError(api.revokeConnection(id), 'not-found');
      await expectApiError(api.refreshConnection(id), 'not-found');
      await expectApiError(api.getConnection(id), 'not-found');
    }
    expect(calls).to.deep.equal([]);
  });

  it('a background read leaves the same connections out without telling the host again', async () => {
    const api = new MemoryConnectionsApi({
      connections: [connection('ok'), connection('..', { label: 'Bad' })],
    });
    const store = new ConnectionsStore(api);
    await store.reloadConnections();
    expect(store.state.list.ids).to.deep.equal(['ok']);
    expect(store.state.list.leftOut?.kind).to.equal('invalid-response');
    await store.reloadConnections({ background: true });
    expect(store.state.list.ids).to.deep.equal(['ok']);
    expect(store.state.list.leftOut).to.equal(undefined);
  });

  it('a request listed twice is one request', async () => {
    const request = {
      id: 'r1',
      app: { key: 'hubspot', name: 'HubSpot' },
      requestedAt: '2024-01-02T00:00:00.000Z',
      requestedBy: 'Ada',
      connectUrl: 'https://example.com/connect/r1',
    };
    const store = new ConnectionsStore(
      new MemoryConnectionsApi({ connections: [], requests: [request, { ...request }] }),
    );
    await store.loadRequests();
    expect(store.state.requests.items.map((r) => r.id)).to.deep.equal(['r1']);
  });

  it('DOM events carry the error without its cause', async () => {
    const secret = 'Bearer tok_in_a_header';
    const api = new MemoryConnectionsApi({ connections: [connection('c1')] });
    api.listConnections = () =>
      Promise.reject(new ApiError('server', 'It failed.', { status: 500, cause: { secret } }));
    const failures: ConnectionsLoadFailedEvent[] = [];
    await fixture(html`
      <connections-provider
        .api=${api}
        live="off"
        @connections-load-failed=${(e: ConnectionsLoadFailedEvent) => failures.push(e)}
      >
        <connections-table></connections-table>
      </connections-provider>
    `);
    await waitUntil(() => failures.length === 1, 'no load-failed');
    const { error } = failures[0].detail;
    expect([error.kind, error.status, error.message]).to.deep.equal(['server', 500, 'It failed.']);
    expect(error.cause).to.equal(undefined);
  });

  it('a body shorter than its Content-Length is a network failure, not "not JSON" (what WebKit reads)', async () => {
    const cut = '{"connections":[{"id":"c1"';
    const api = new HttpConnectionsApi({
      baseUrl: BASE_URL,
      workspaceId: 'acme',
      retry: { attempts: 1 },
      // What WebKit hands over when the connection drops mid-body: the part it got, resolved.
      fetch: async () =>
        new Response(cut, { status: 200, headers: { 'Content-Length': String(cut.length + 500) } }),
    });
    const error = await expectApiError(api.listConnections(), 'network');
    expect(error.message).to.equal('GET /connections failed: the network request failed.');
  });

  it('a token the server echoes URL-encoded is redacted as well', async () => {
    const token = 'tok/with+signs=';
    const api = new HttpConnectionsApi({
      baseUrl: BASE_URL,
      workspaceId: 'acme',
      getSessionToken: async () => token,
      retry: { attempts: 1 },
      fetch: async () =>
        new Response(
          JSON.stringify({
            error: { code: 'bad', message: `token=${encodeURIComponent(token)} rejected` },
          }),
          { status: 400 },
        ),
    });
    const error = await expectApiError(api.listConnections(), 'unexpected');
    expect(error.message).not.to.include(encodeURIComponent(token));
    expect(error.message).to.include('token=[redacted] rejected');
  });
});
