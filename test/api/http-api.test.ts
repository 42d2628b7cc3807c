import { expect } from '@open-wc/testing';
import type { ApiError } from '../../src/api/errors.js';
import { HttpConnectionsApi, type HttpConnectionsApiOptions } from '../../src/api/http-api.js';
import { clientView, createSeed } from '../../demo/server/seed.js';
import { connection } from './contract-suite.js';
import { expectAbortError, expectApiError, rejectionOf } from './assertions.js';
import { BASE_URL, addFault, createWorkspace, requestLog } from './reference-control.js';
import { tokenSource } from './token-source.js';

/** Small retry delays keep the suite fast; timing itself is unit-tested in backoff.test.ts. */
const FAST_RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 50 };

function makeApi(workspaceId: string, options: Partial<HttpConnectionsApiOptions> = {}) {
  return new HttpConnectionsApi({ baseUrl: BASE_URL, workspaceId, retry: FAST_RETRY, ...options });
}

async function waitForLog(workspaceId: string, count: number) {
  for (let i = 0; i < 500; i += 1) {
    if ((await requestLog(workspaceId)).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`The server never logged ${count} requests.`);
}

const acme = () => clientView(createSeed().acme);

describe('HttpConnectionsApi (HTTP only)', () => {
  describe('session token', () => {
    it('asks for a fresh token once after a 401, shared by concurrent requests, and repeats them', async () => {
      const workspaceId = await createWorkspace({ token: 't2' });
      const tokens = tokenSource('t1', 't2');
      const api = makeApi(workspaceId, { getSessionToken: tokens.get });

      const [connections, requests] = await Promise.all([
        api.listConnections(),
        api.listConnectionRequests(),
      ]);
      expect(connections).to.deep.equal(acme().connections);
      expect(requests).to.deep.equal(acme().requests);
      expect(tokens.calls).to.equal(2);
      const log = await requestLog(workspaceId);
      expect(log.map((entry) => entry.authorized).sort()).to.deep.equal([false, false, true, true]);

      // The fresh token is kept: later calls ask for nothing.
      await api.getConnection('conn_slack_01');
      expect(tokens.calls).to.equal(2);
    });

    it("rejects with 'unauthorized' when the fresh token gets a 401 too, without retrying further", async () => {
      const workspaceId = await createWorkspace({ token: 'right' });
      const tokens = tokenSource('wrong', 'still-wrong');
      const api = makeApi(workspaceId, { getSessionToken: tokens.get });
      const error = await expectApiError(api.listConnections(), 'unauthorized');
      expect(error.status).to.equal(401);
      expect(error.code).to.equal('unauthorized');
      expect(tokens.calls).to.equal(2);
      expect(await requestLog(workspaceId)).to.have.length(2);
    });

    it('repeats a POST once with the fresh token, and only once', async () => {
      const workspaceId = await createWorkspace({ token: 't2' });
      const tokens = tokenSource('t1', 't2');
      const api = makeApi(workspaceId, { getSessionToken: tokens.get });
      expect((await api.revokeConnection('conn_slack_01')).status).to.equal('revoked');
      const log = await requestLog(workspaceId);
      expect(log.map((e) => [e.method, e.authorized])).to.deep.equal([
        ['POST', false],
        ['POST', true],
      ]);
    });

    it("rejects with 'unauthorized' when getSessionToken fails, sending nothing; asks again next time", async () => {
      const workspaceId = await createWorkspace({ token: 'secret-token' });
      let calls = 0;
      const api = makeApi(workspaceId, {
        getSessionToken: async () => {
          calls += 1;
          if (calls === 1) throw new Error('session expired');
          return 'secret-token';
        },
      });
      await expectApiError(api.listConnections(), 'unauthorized');
      expect(await requestLog(workspaceId)).to.have.length(0);
      expect(await api.listConnections()).to.have.length(8);
    });

    it("rejects with 'unauthorized' when no getSessionToken is given and a token is required", async () => {
      const workspaceId = await createWorkspace({ token: 'secret-token' });
      await expectApiError(makeApi(workspaceId).listConnections(), 'unauthorized');
      expect(await requestLog(workspaceId)).to.have.length(1);
    });

    it('never puts the token in an error message', async () => {
      const token = 'tok_7f3a9c2e-very-secret';
      const workspaceId = await createWorkspace({ token });
      const api = makeApi(workspaceId, { getSessionToken: async () => token });
      // A short timeout only where the answer is held back on purpose: elsewhere a loaded machine
      // may take longer than that to answer over loopback.
      const impatient = makeApi(workspaceId, {
        getSessionToken: async () => token,
        timeoutMs: 100,
      });
      const errors: unknown[] = [];
      await addFault(workspaceId, { method: 'GET', status: 500, times: 3 });
      errors.push(await rejectionOf(api.listConnections()));
      errors.push(await rejectionOf(api.getConnection('nope')));
      errors.push(await rejectionOf(api.refreshConnection('conn_sheets_01')));
      await addFault(workspaceId, { status: 200, body: '{"id": 1}' });
      errors.push(await rejectionOf(api.getConnection('conn_slack_01')));
      await addFault(workspaceId, { delayMs: 500 });
      errors.push(await rejectionOf(impatient.getConnection('conn_slack_01')));
      await addFault(workspaceId, { dropConnection: true, times: 3 });
      errors.push(await rejectionOf(api.getConnection('conn_slack_01')));
      const wrong = makeApi(workspaceId, { getSessionToken: async () => `${token}-old` });
      errors.push(await rejectionOf(wrong.listConnections()));

      expect(errors.map((e) => (e as ApiError).kind)).to.deep.equal([
        'server',
        'not-found',
        'refresh-failed',
        'invalid-response',
        'timeout',
        'network',
        'unauthorized',
      ]);
      for (const error of errors) {
        const apiError = error as ApiError;
        expect(`${apiError.message} ${String(apiError)} ${apiError.stack}`).not.to.include(token);
        expect(JSON.stringify(apiError)).not.to.include(token);
      }
    });
  });

  describe('errors', () => {
    it("maps 422 refresh_failed to 'refresh-failed' with its status and code", async () => {
      const api = makeApi(await createWorkspace());
      const error = await expectApiError(api.refreshConnection('conn_sheets_01'), 'refresh-failed');
      expect(error.status).to.equal(422);
      expect(error.code).to.equal('refresh_failed');
      expect(error.message).to.include('provider rejected');
    });

    it("maps 404 to 'not-found', for an unknown connection and an unknown workspace", async () => {
      const error = await expectApiError(
        makeApi(await createWorkspace()).getConnection('nope'),
        'not-found',
      );
      expect(error.status).to.equal(404);
      expect(error.code).to.equal('not_found');
      await expectApiError(makeApi('no/such ws').listConnections(), 'not-found');
    });

    it("maps a 422 that is not refresh_failed to 'unexpected', and reads an odd error body tolerantly", async () => {
      const workspaceId = await createWorkspace();
      const api = makeApi(workspaceId);
      await addFault(workspaceId, { status: 422, body: '{"error":{"code":"other"}}' });
      const first = await expectApiError(api.refreshConnection('conn_hubspot_01'), 'unexpected');
      expect(first.code).to.equal('other');
      await addFault(workspaceId, { status: 403, body: '<html>Forbidden</html>' });
      const second = await expectApiError(api.getConnection('conn_slack_01'), 'forbidden');
      expect(second.status).to.equal(403);
      expect(second.code).to.equal(undefined);
    });

    it("rejects malformed JSON with 'invalid-response'", async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { status: 200, body: '{"connections": [' });
      await expectApiError(makeApi(workspaceId).listConnections(), 'invalid-response');
    });

    it("rejects a body of the wrong shape with 'invalid-response', naming the field", async () => {
      const workspaceId = await createWorkspace();
      const noLabel: Record<string, unknown> = { ...acme().connections[0] };
      delete noLabel.label;
      await addFault(workspaceId, { status: 200, body: JSON.stringify(noLabel) });
      const error = await expectApiError(
        makeApi(workspaceId).getConnection('conn_slack_01'),
        'invalid-response',
      );
      expect(error.message).to.include('label');

      await addFault(workspaceId, {
        status: 200,
        body: JSON.stringify({ connections: [{ ...acme().connections[0], refreshable: 'yes' }] }),
      });
      await expectApiError(makeApi(workspaceId).listConnections(), 'invalid-response');
    });

    it("rejects with 'timeout' when an attempt takes longer than timeoutMs, without retrying", async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { delayMs: 500 });
      const api = makeApi(workspaceId, { timeoutMs: 100 });
      const error = await expectApiError(api.getConnection('conn_slack_01'), 'timeout');
      expect(error.message).to.include('100 ms');
      expect(await requestLog(workspaceId)).to.have.length(1);
    });
  });

  describe('retries', () => {
    it('retries a GET after a 500 and succeeds', async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { method: 'GET', status: 500 });
      expect(await makeApi(workspaceId).listConnections()).to.deep.equal(acme().connections);
      const log = await requestLog(workspaceId);
      expect(log.map((e) => `${e.method} ${e.path}`)).to.deep.equal([
        'GET /connections',
        'GET /connections',
      ]);
    });

    it("gives up after 3 attempts with 'server'", async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { method: 'GET', status: 503, times: 5 });
      const error = await expectApiError(makeApi(workspaceId).listConnectionRequests(), 'server');
      expect(error.status).to.equal(503);
      expect(await requestLog(workspaceId)).to.have.length(3);
    });

    it('never retries a POST, after a 503 or a network error', async () => {
      const afterServerError = await createWorkspace();
      await addFault(afterServerError, { method: 'POST', status: 503, times: 5 });
      await expectApiError(
        makeApi(afterServerError).refreshConnection('conn_hubspot_01'),
        'server',
      );
      expect((await requestLog(afterServerError)).map((e) => e.method)).to.deep.equal(['POST']);

      const afterNetworkError = await createWorkspace();
      await addFault(afterNetworkError, { method: 'POST', dropConnection: true, times: 5 });
      await expectApiError(makeApi(afterNetworkError).revokeConnection('conn_slack_01'), 'network');
      expect((await requestLog(afterNetworkError)).map((e) => e.method)).to.deep.equal(['POST']);
    });

    it('retries a 429 as Retry-After says', async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { status: 429, headers: { 'Retry-After': '0' } });
      expect(await makeApi(workspaceId).listConnectionRequests()).to.have.length(2);
      expect(await requestLog(workspaceId)).to.have.length(2);
    });

    it('waits exactly what Retry-After asks, not the backoff; the backoff without one', async () => {
      const at: number[] = [];
      const fetch = async () => {
        at.push(performance.now());
        if (at.length === 1)
          return new Response('', { status: 503, headers: { 'Retry-After': '1' } });
        if (at.length === 2) return new Response('', { status: 500 });
        return new Response('{"requests":[]}');
      };
      const retry = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2000 };
      const api = makeApi('acme', { fetch, retry });
      expect(await api.listConnectionRequests()).to.deep.equal([]);
      expect(at[1] - at[0]).to.be.within(990, 1500);
      // The second retry's backoff: between half and all of 400 ms.
      expect(at[2] - at[1]).to.be.within(195, 700);
    });

    it("gives up with 'rate-limited' when Retry-After asks for longer than maxDelayMs", async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { status: 429, headers: { 'Retry-After': '1' } });
      const error = await expectApiError(makeApi(workspaceId).listConnections(), 'rate-limited');
      expect(error.status).to.equal(429);
      expect(error.retryAfter).to.equal(1);
      expect(await requestLog(workspaceId)).to.have.length(1);
    });

    it('retries a GET after a network error', async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { dropConnection: true });
      expect((await makeApi(workspaceId).getConnection('conn_slack_01')).id).to.equal(
        'conn_slack_01',
      );
      expect(await requestLog(workspaceId)).to.have.length(2);
    });

    it("retries a fetch that throws a TypeError, then rejects with 'network'", async () => {
      let calls = 0;
      const failingFetch = async () => {
        calls += 1;
        throw new TypeError('Failed to fetch');
      };
      const api = makeApi('acme', { fetch: failingFetch });
      const error = await expectApiError(api.listConnections(), 'network');
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(calls).to.equal(3);
    });
  });

  describe('abort', () => {
    it("rejects with the signal's AbortError while waiting for the response, not an ApiError", async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { delayMs: 2000 });
      const controller = new AbortController();
      const call = makeApi(workspaceId).getConnection('conn_slack_01', {
        signal: controller.signal,
      });
      await waitForLog(workspaceId, 1);
      controller.abort();
      const error = await expectAbortError(call);
      expect(error).to.equal(controller.signal.reason);
    });

    it('sends nothing for a signal that is already aborted', async () => {
      const workspaceId = await createWorkspace();
      const controller = new AbortController();
      controller.abort();
      await expectAbortError(
        makeApi(workspaceId).revokeConnection('conn_slack_01', { signal: controller.signal }),
      );
      expect(await requestLog(workspaceId)).to.have.length(0);
    });

    it('rejects while waiting for the session token', async () => {
      const workspaceId = await createWorkspace();
      const controller = new AbortController();
      const api = makeApi(workspaceId, { getSessionToken: () => new Promise<string>(() => {}) });
      const call = api.listConnections({ signal: controller.signal });
      controller.abort();
      await expectAbortError(call);
      expect(await requestLog(workspaceId)).to.have.length(0);
    });

    it('rejects during the backoff before a retry, without retrying', async () => {
      const workspaceId = await createWorkspace();
      await addFault(workspaceId, { status: 500, times: 3 });
      const api = makeApi(workspaceId, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
      const controller = new AbortController();
      const call = api.listConnections({ signal: controller.signal });
      await waitForLog(workspaceId, 1);
      controller.abort();
      await expectAbortError(call);
      expect(await requestLog(workspaceId)).to.have.length(1);
    });
  });

  describe('requests', () => {
    it('sends the headers option with every request, never overriding Authorization', async () => {
      const workspaceId = await createWorkspace({ token: 'secret' });
      const sent: Headers[] = [];
      const api = makeApi(workspaceId, {
        getSessionToken: async () => 'secret',
        headers: { 'X-Agency-Id': 'agency-7', Authorization: 'Bearer not-this' },
        fetch: (input, init) => {
          sent.push(new Headers(init.headers));
          return fetch(input, init);
        },
      });
      await api.listConnections();
      await api.revokeConnection('conn_slack_01');
      expect(sent).to.have.length(2);
      for (const headers of sent) {
        expect(headers.get('X-Agency-Id')).to.equal('agency-7');
        expect(headers.get('Authorization')).to.equal('Bearer secret');
      }
      const log = await requestLog(workspaceId);
      expect(log.map((e) => e.authorized)).to.deep.equal([true, true]);
    });

    it('takes an absolute base URL, with a trailing slash', async () => {
      const workspaceId = await createWorkspace();
      const api = makeApi(workspaceId, { baseUrl: `${location.origin}/api/` });
      expect(await api.listConnections()).to.have.length(8);
      expect((await requestLog(workspaceId))[0].path).to.equal('/connections');
    });

    it('encodes ids into one path segment', async () => {
      const id = 'x/../y?z#w';
      const workspaceId = await createWorkspace({ connections: [connection(id)] });
      await makeApi(workspaceId).getConnection(id);
      expect((await requestLog(workspaceId))[0].path).to.equal(
        `/connections/${encodeURIComponent(id)}`,
      );
    });

    it('scopes every request to its workspace', async () => {
      const seed = createSeed();
      const acmeWs = await createWorkspace();
      const globexWs = await createWorkspace({
        connections: seed.globex.connections,
        requests: seed.globex.requests,
      });
      const acmeApi = makeApi(acmeWs);
      const globexApi = makeApi(globexWs);
      expect(await globexApi.listConnections()).to.deep.equal(clientView(seed.globex).connections);
      expect(await globexApi.listConnectionRequests()).to.deep.equal(
        clientView(seed.globex).requests,
      );
      await expectApiError(globexApi.getConnection('conn_slack_01'), 'not-found');
      await expectApiError(acmeApi.revokeConnection('conn_globex_xero'), 'not-found');
      await acmeApi.revokeConnection('conn_slack_01');
      expect(
        (await makeApi(await createWorkspace()).getConnection('conn_slack_01')).status,
      ).to.equal('active');
    });

    it('follows cursors with one request per page', async () => {
      const connections = ['a', 'b', 'c', 'd', 'e'].map((id) => connection(id));
      const workspaceId = await createWorkspace({ connections, pageSize: 2 });
      await makeApi(workspaceId).listConnections();
      const log = await requestLog(workspaceId);
      expect(log).to.have.length(3);
      expect(log[0].query).to.deep.equal({});
      expect(log[1].query.cursor).to.be.a('string');
      expect(log[2].query.cursor).to.not.equal(log[1].query.cursor);
    });

    it("rejects a cursor loop with 'invalid-response'", async () => {
      let calls = 0;
      const loopingFetch = async () => {
        calls += 1;
        return new Response(JSON.stringify({ connections: [], nextCursor: 'same' }), {
          headers: { 'Content-Type': 'application/json' },
        });
      };
      const api = makeApi('acme', { fetch: loopingFetch });
      const error = await expectApiError(api.listConnections(), 'invalid-response');
      expect(error.message).to.include('cursor');
      expect(calls).to.equal(2);
    });
  });
  describe('hostile server', () => {
    /** A fetch answering every call with `respond(url, call)`; counts the calls. */
    function scripted(respond: (url: string, call: number) => Response | Promise<Response>) {
      const fake = {
        calls: 0,
        urls: [] as string[],
        fetch: async (url: string) => {
          fake.calls += 1;
          fake.urls.push(url);
          return respond(url, fake.calls);
        },
      };
      return fake;
    }
    /** A JSON body written as text, for what JSON.stringify cannot produce. */
    const jsonText = (text: string, init: ResponseInit = {}) =>
      new Response(text, { ...init, headers: { 'Content-Type': 'application/json' } });
    const json = (body: unknown, init: ResponseInit = {}) => jsonText(JSON.stringify(body), init);
    const plain = (id: string, overrides: Record<string, unknown> = {}) => ({
      ...clientView({ connections: [connection(id)], requests: [] }).connections[0],
      ...overrides,
    });

    it("rejects a body that is not JSON, JSON null, an array or an empty 204 with 'invalid-response'", async () => {
      const bodies: Array<() => Response> = [
        () => new Response('<html>Hello</html>', { headers: { 'Content-Type': 'text/html' } }),
        () => json(null),
        () => json([plain('a')]),
        () => new Response(null, { status: 204 }),
        () => json({ connections: null, nextCursor: null }),
      ];
      for (const body of bodies) {
        const api = makeApi('acme', { fetch: scripted(body).fetch });
        await expectApiError(api.listConnections(), 'invalid-response');
        await expectApiError(api.getConnection('a'), 'invalid-response');
        await expectApiError(api.listConnectionRequests(), 'invalid-response');
      }
    });

    it("maps a proxy's HTML 502 page to 'server', retried, with no HTML in the message", async () => {
      const fake = scripted(
        () =>
          new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      );
      const error = await expectApiError(
        makeApi('acme', { fetch: fake.fetch }).listConnections(),
        'server',
      );
      expect(error.status).to.equal(502);
      expect(error.code).to.equal(undefined);
      expect(error.message).to.equal('GET /connections answered 502.');
      expect(fake.calls).to.equal(3);
    });

    it('gathers 5,000 connections over 50 pages, in order', async () => {
      const fake = scripted((url) => {
        const page = Number(new URL(url, location.href).searchParams.get('cursor') ?? '0');
        const connections = Array.from({ length: 100 }, (_, i) => plain(`c${page * 100 + i}`));
        return json({ connections, nextCursor: page < 49 ? String(page + 1) : null });
      });
      const connections = await makeApi('acme', { fetch: fake.fetch }).listConnections();
      expect(connections).to.have.length(5000);
      expect(connections[0].id).to.equal('c0');
      expect(connections[4999].id).to.equal('c4999');
      expect(fake.calls).to.equal(50);
    });

    it("rejects a cursor loop over several cursors, and a server that never stops paging, with 'invalid-response'", async () => {
      const cycle = ['a', 'b', 'c'];
      const looping = scripted((_url, call) =>
        json({ connections: [plain(`x${call}`)], nextCursor: cycle[(call - 1) % 3] }),
      );
      const loopError = await expectApiError(
        makeApi('acme', { fetch: looping.fetch }).listConnections(),
        'invalid-response',
      );
      expect(loopError.message).to.equal('The server sent the same page cursor twice.');
      expect(looping.calls).to.equal(4);

      const endless = scripted((_url, call) => json({ connections: [], nextCursor: `n${call}` }));
      const endlessError = await expectApiError(
        makeApi('acme', { fetch: endless.fetch }).listConnections(),
        'invalid-response',
      );
      expect(endlessError.message).to.equal('The list of connections has over 1000 pages.');
      expect(endless.calls).to.equal(1000);
    });

    it('drops extra fields and keeps long, RTL and emoji text exactly', async () => {
      const label = 'L'.repeat(10_000);
      const name = '\u202Egnp.exe \u{1F680} Sl\u00E4ck \u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
      const sent = JSON.stringify({
        ...plain('a', { label, secret: 'x' }),
        app: { key: 'slack', name, iconUrl: null, extra: 1 },
      });
      // `__proto__` in an object literal sets the literal's prototype and never reaches
      // JSON.stringify, so the key goes into the text by hand, as a hostile server would send it.
      const hostile = sent.replace(/^\{/, '{"__proto__": {"polluted": true}, ');
      expect(Object.keys(JSON.parse(hostile))).to.include('__proto__');
      const fake = scripted(() =>
        jsonText(`{"connections": [${hostile}], "nextCursor": null, "extra": true}`),
      );
      const [only] = await makeApi('acme', { fetch: fake.fetch }).listConnections();
      expect(Object.keys(only).sort()).to.deep.equal([
        'app',
        'externalAccountEmail',
        'id',
        'label',
        'lastRefreshedAt',
        'refreshable',
        'status',
      ]);
      expect(Object.keys(only.app).sort()).to.deep.equal(['iconUrl', 'key', 'name']);
      expect(only.label).to.equal(label);
      expect(only.app.name).to.equal(name);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(only)).to.equal(Object.prototype);
    });

    it('keeps the list when one date is unreadable: lastRefreshedAt becomes null, requestedAt stays as sent', async () => {
      const fake = scripted((url) =>
        url.endsWith('/connection-requests')
          ? json({
              requests: [
                { ...acme().requests[0], requestedAt: 'not-a-date' },
                acme().requests[1] ?? acme().requests[0],
              ],
            })
          : json({
              connections: [plain('a', { lastRefreshedAt: 'yesterday' }), plain('b')],
              nextCursor: null,
            }),
      );
      const api = makeApi('acme', { fetch: fake.fetch });
      const connections = await api.listConnections();
      expect(connections.map((c) => [c.id, c.lastRefreshedAt])).to.deep.equal([
        ['a', null],
        ['b', '2025-01-01T00:00:00.000Z'],
      ]);
      const requests = await api.listConnectionRequests();
      expect(requests).to.have.length(2);
      expect(requests[0].requestedAt).to.equal('not-a-date');
    });

    it('accepts an empty-string id (the table shows it without a Manage link)', async () => {
      const fake = scripted(() => json({ connections: [plain('')], nextCursor: null }));
      const [only] = await makeApi('acme', { fetch: fake.fetch }).listConnections();
      expect(only.id).to.equal('');
    });

    it('never quotes a value of the body in a validation error', async () => {
      const fake = scripted(() =>
        json({ connections: [plain('a', { refreshable: 'tok_leaked_value' })], nextCursor: null }),
      );
      const error = await expectApiError(
        makeApi('acme', { fetch: fake.fetch }).listConnections(),
        'invalid-response',
      );
      expect(error.message).to.equal(
        'The response is not a valid page of connections (at connections.0.refreshable): expected boolean.',
      );
    });
  });

  describe('flaky network', () => {
    /** A response whose headers arrive at once and whose body never ends; ignores every signal. */
    const stalledBody = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"connections": ['));
          },
        }),
        { headers: { 'Content-Type': 'application/json' } },
      );

    it("rejects with 'timeout' when the body stalls after the headers, even from a fetch that ignores the signal", async () => {
      const api = makeApi('acme', { fetch: async () => stalledBody(), timeoutMs: 50 });
      const error = await expectApiError(api.getConnection('a'), 'timeout');
      expect(error.message).to.equal('GET /connections/a got no answer within 50 ms.');
    });

    it("rejects with 'timeout' when a fetch never answers and ignores the signal", async () => {
      const api = makeApi('acme', { fetch: () => new Promise<Response>(() => {}), timeoutMs: 50 });
      await expectApiError(api.listConnectionRequests(), 'timeout');
    });

    it("rejects with the signal's AbortError when aborted right after the headers", async () => {
      const controller = new AbortController();
      const api = makeApi('acme', {
        fetch: async () => {
          setTimeout(() => controller.abort(), 0);
          return stalledBody();
        },
      });
      await expectAbortError(api.getConnection('a', { signal: controller.signal }));
    });

    it("rejects with 'timeout' when getSessionToken hangs, and asks again on the next request", async () => {
      let asks = 0;
      const workspaceId = await createWorkspace({ token: 'good' });
      // The timeout also bounds the second request, a real one over loopback: generous, for a
      // loaded machine.
      const api = makeApi(workspaceId, {
        timeoutMs: 2000,
        getSessionToken: () => {
          asks += 1;
          return asks === 1 ? new Promise<string>(() => {}) : 'good';
        },
      });
      const error = await expectApiError(api.listConnections(), 'timeout');
      expect(error.message).to.equal('getSessionToken gave no token within 2000 ms.');
      expect(await requestLog(workspaceId)).to.have.length(0);
      expect(await api.listConnections()).to.deep.equal(acme().connections);
      expect(asks).to.equal(2);
    });

    it("rejects with the signal's AbortError when aborted while getSessionToken hangs", async () => {
      const controller = new AbortController();
      const api = makeApi('acme', { getSessionToken: () => new Promise<string>(() => {}) });
      const pending = api.listConnections({ signal: controller.signal });
      controller.abort();
      await expectAbortError(pending);
    });

    it("rejects with 'unauthorized' when getSessionToken gives an empty string or not a string", async () => {
      for (const token of ['', undefined, 42]) {
        const api = makeApi('acme', { getSessionToken: () => token as unknown as string });
        const error = await expectApiError(api.listConnections(), 'unauthorized');
        expect(error.message).to.equal('getSessionToken gave no token.');
      }
    });
  });

  describe('the token never leaks', () => {
    it('redacts a token the server echoes back in its error body', async () => {
      const token = 'tok_echoed_secret_123';
      const echo = async (_url: string, init: RequestInit) => {
        const sent = new Headers(init.headers).get('Authorization') ?? '';
        const message = `bad header ${sent} (${'x'.repeat(480)}${token})`;
        return new Response(JSON.stringify({ error: { code: token, message } }), {
          status: 400,
        });
      };
      const api = makeApi('acme', { fetch: echo, getSessionToken: () => token });
      const error = await expectApiError(api.listConnections(), 'unexpected');
      expect(`${error.message} ${error.code} ${error.stack}`).not.to.include(token);
      expect(error.message).to.include('bad header Bearer [redacted]');
      expect(error.code).to.equal('[redacted]');
    });
  });
});
