import { HttpConnectionsApi } from '../../src/api/http-api.js';
import { MemoryConnectionsApi } from '../../src/api/memory-api.js';
import { STATUS_FOR_KIND, type ApiErrorKind } from '../../src/api/errors.js';
import { createSeed } from '../../demo/server/seed.js';
import { describeConnectionsApi, type RequestMethod } from './contract-suite.js';
import { FakeEventServer, connectionEvent, errorAnswer } from './fake-event-server.js';
import { BASE_URL, addFault, createWorkspace, type Fault } from './reference-control.js';
import { describeWatchContract, seeded } from './watch-contract.js';

/** Attempts the HTTP subject makes for a GET; a retryable fault must outlast them to be seen. */
const ATTEMPTS = 3;

const ROUTE: Record<RequestMethod, Pick<Fault, 'method' | 'path'>> = {
  listConnections: { method: 'GET', path: '/connections' },
  getConnection: { method: 'GET', path: '/connections/' },
  refreshConnection: { method: 'POST', path: '/refresh' },
  revokeConnection: { method: 'POST', path: '/revoke' },
  listConnectionRequests: { method: 'GET', path: '/connection-requests' },
};

/** The server fault that makes the next call of `method` fail with `kind`. */
function faultFor(method: RequestMethod, kind: ApiErrorKind): Fault {
  const route = ROUTE[method];
  const retried = route.method === 'GET' && ['network', 'server', 'rate-limited'].includes(kind);
  const times = retried ? ATTEMPTS : 1;
  if (kind === 'network') return { ...route, dropConnection: true, times };
  if (kind === 'invalid-response') return { ...route, status: 200, body: '{"unexpected":true}' };
  const status = STATUS_FOR_KIND[kind];
  if (status === undefined) throw new Error(`No HTTP fault for '${kind}'.`);
  return { ...route, status, times };
}

describeConnectionsApi('HttpConnectionsApi', async (init) => {
  const workspaceId = await createWorkspace(init ?? {});
  const api = new HttpConnectionsApi({
    baseUrl: BASE_URL,
    workspaceId,
    retry: { attempts: ATTEMPTS, baseDelayMs: 5, maxDelayMs: 50 },
  });
  return { api, failNext: (method, kind) => addFault(workspaceId, faultFor(method, kind)) };
});

describeConnectionsApi('MemoryConnectionsApi', async (init) => {
  const seed = createSeed().acme;
  const api = new MemoryConnectionsApi({
    connections: init?.connections ?? seed.connections,
    requests: init?.requests ?? (init ? [] : seed.requests),
  });
  return {
    api,
    failNext: async (method, kind) => {
      api.failures[method] = kind;
      // The failure is read when a call starts: clear it right after the next call of `method`.
      const original = api[method].bind(api) as (...args: unknown[]) => Promise<unknown>;
      (api as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const result = original(...args);
        delete api.failures[method];
        delete (api as unknown as Record<string, unknown>)[method];
        return result;
      };
    },
  };
});

describeWatchContract('HttpConnectionsApi over a fake event stream', () => {
  const server = new FakeEventServer();
  const api = new HttpConnectionsApi({
    baseUrl: BASE_URL,
    workspaceId: 'acme',
    getSessionToken: () => 'token',
    fetch: server.fetch,
    watch: { retry: { baseDelayMs: 5, maxDelayMs: 50 } },
  });
  return {
    api,
    change: async (id, patch) => {
      await server.call(1);
      const connection = seeded(id, patch);
      server.calls[server.calls.length - 1].send(connectionEvent(connection));
      return connection;
    },
    refuse: (kind) => {
      const status = STATUS_FOR_KIND[kind]!;
      // A 401 stays one after the fresh token.
      const times = kind === 'unauthorized' ? 2 : 1;
      for (let i = 0; i < times; i += 1) server.answers.push(errorAnswer(status));
    },
  };
});

describeWatchContract('MemoryConnectionsApi', () => {
  const { connections, requests } = createSeed().acme;
  const api = new MemoryConnectionsApi({ connections, requests });
  return {
    api,
    change: async (id, patch) => api.serverUpdate(id, patch),
    refuse: (kind) => {
      if (kind === 'not-found') api.push = false;
      else api.failures.watchConnections = kind;
    },
  };
});
