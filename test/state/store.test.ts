import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { ConnectionsStore } from '../../src/state/store.js';
import type { Write } from '../../src/state/store-state.js';
import { connection, FakeApi, request, settle } from './fake-api.js';

function setup(options: { ignoreAbort?: boolean } = {}) {
  const api = new FakeApi(options);
  const store = new ConnectionsStore(api);
  const errors: ApiError[] = [];
  store.onError((error) => errors.push(error));
  return { api, store, errors };
}

describe('ConnectionsStore', () => {
  describe('loading the list', () => {
    it('starts idle and normalises the list by id', async () => {
      const { api, store } = setup();
      expect(store.state.list.status).to.equal('idle');
      const done = store.loadConnections();
      expect(store.state.list.status).to.equal('loading');
      api.last('listConnections').resolve([connection('a'), connection('b')]);
      await done;
      expect(store.state.list).to.deep.equal({ status: 'ready', ids: ['a', 'b'] });
      expect(store.state.connections.get('b')!.label).to.equal('Label b');
    });

    it('replaces the state object on each change and notifies subscribers', async () => {
      const { api, store } = setup();
      const seen = [store.state];
      store.subscribe(() => seen.push(store.state));
      const done = store.loadConnections();
      api.last('listConnections').resolve([connection('a')]);
      await done;
      expect(seen.length).to.equal(3); // initial, loading, ready
      expect(new Set(seen).size).to.equal(3);
    });

    it('shares one request between concurrent loads', async () => {
      const { api, store } = setup();
      const first = store.loadConnections();
      const second = store.loadConnections();
      expect(api.callsOf('listConnections').length).to.equal(1);
      api.last('listConnections').resolve([connection('a')]);
      await Promise.all([first, second]);
      await store.loadConnections();
      expect(api.callsOf('listConnections').length).to.equal(1);
    });

    it('loads again after an error, and reports the error', async () => {
      const { api, store, errors } = setup();
      const done = store.loadConnections();
      api.last('listConnections').fail('server', { status: 500 });
      await done;
      expect(store.state.list.status).to.equal('error');
      expect(store.state.list.error!.kind).to.equal('server');
      expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
      const again = store.loadConnections();
      expect(api.callsOf('listConnections').length).to.equal(2);
      api.last('listConnections').resolve([]);
      await again;
      expect(store.state.list.status).to.equal('ready');
      expect(store.state.list.error).to.equal(undefined);
    });

    it('wraps a non-ApiError failure of a hand-written api into an ApiError', async () => {
      const { api, store, errors } = setup();
      const done = store.loadConnections();
      api.last('listConnections').reject(new TypeError('boom'));
      await done;
      expect(store.state.list.error).to.be.instanceOf(ApiError);
      expect(errors[0].kind).to.equal('unexpected');
    });

    it('tells onWrite listeners of a list read once, with every connection it wrote', async () => {
      const { api, store } = setup();
      const calls: (readonly Write[])[] = [];
      store.onWrite((writes) => calls.push(writes));
      const done = store.loadConnections();
      api.last('listConnections').resolve([connection('a'), connection('b'), connection('c')]);
      await done;
      expect(calls.length).to.equal(1);
      expect(calls[0].map((w) => [w.connection.id, w.source, w.previous])).to.deep.equal([
        ['a', 'read', undefined],
        ['b', 'read', undefined],
        ['c', 'read', undefined],
      ]);
      const again = store.reloadConnections();
      api.last('listConnections').resolve([connection('a', { status: 'error' })]);
      await again;
      expect(calls.length).to.equal(2);
      expect(calls[1].map((w) => [w.connection.status, w.previous?.status])).to.deep.equal([
        ['error', 'active'],
      ]);
    });

    it('stores a list of more than 1,000 in a task after the one that read it', async () => {
      const { api, store } = setup();
      const many = Array.from({ length: 1001 }, (_, i) => connection(`c${i}`));
      const done = store.loadConnections();
      api.last('listConnections').resolve(many);
      // A task asked for now runs before the store's: every microtask of this one has run, and the
      // list is not stored yet (a list of 1,000 is, below).
      await new Promise((resolve) => setTimeout(resolve));
      expect(store.state.list.status).to.equal('loading');
      await done;
      expect(store.state.list.ids!.length).to.equal(1001);
    });

    it('stores a list of 1,000 in the task that read it', async () => {
      const { api, store } = setup();
      const done = store.loadConnections();
      api
        .last('listConnections')
        .resolve(Array.from({ length: 1000 }, (_, i) => connection(`c${i}`)));
      let stored = false;
      void done.then(() => (stored = true));
      // A task later, whatever the number of microtasks between.
      await new Promise((resolve) => setTimeout(resolve));
      expect(stored).to.equal(true);
      expect(store.state.list.ids!.length).to.equal(1000);
    });

    it('tells onWrite listeners nothing for a read that wrote nothing', async () => {
      const { api, store } = setup();
      let calls = 0;
      store.onWrite(() => calls++);
      const done = store.loadConnections();
      api.last('listConnections').resolve([]);
      await done;
      expect(calls).to.equal(0);
    });

    it('loads the outstanding requests, once for concurrent calls', async () => {
      const { api, store } = setup();
      const a = store.loadRequests();
      const b = store.loadRequests();
      expect(api.callsOf('listConnectionRequests').length).to.equal(1);
      api.last('listConnectionRequests').resolve([request('r1')]);
      await Promise.all([a, b]);
      expect(store.state.requests.status).to.equal('ready');
      expect(store.state.requests.items.map((r) => r.id)).to.deep.equal(['r1']);
    });
  });

  describe('stale responses', () => {
    it('ignores an older list load that finishes after a reload', async () => {
      // ignoreAbort: the older answer still arrives, as with an api that ignores the signal.
      const { api, store } = setup({ ignoreAbort: true });
      const older = store.loadConnections();
      const newer = store.reloadConnections();
      const [first, second] = api.callsOf('listConnections');
      expect(first.signal!.aborted, 'the superseded request is aborted').to.equal(true);
      second.resolve([connection('a', { label: 'new' })]);
      await newer;
      first.resolve([connection('a', { label: 'old' }), connection('z')]);
      await older;
      await settle();
      expect(store.state.list.ids).to.deep.equal(['a']);
      expect(store.state.connections.get('a')!.label).to.equal('new');
      expect(store.state.connections.has('z')).to.equal(false);
    });

    it('keeps an older load in "loading" until the reload answers', async () => {
      const { api, store } = setup();
      const older = store.loadConnections();
      const newer = store.reloadConnections();
      let olderDone = false;
      void older.then(() => (olderDone = true));
      await settle();
      expect(olderDone, 'callers of the older load wait for the reload').to.equal(false);
      expect(store.state.list.status).to.equal('loading');
      api.last('listConnections').resolve([connection('a')]);
      await Promise.all([older, newer]);
      expect(store.state.list.status).to.equal('ready');
    });

    it('does not let a list that started before a refresh overwrite the refreshed connection', async () => {
      const { api, store } = setup();
      const load = store.loadConnections();
      api.last('listConnections').resolve([connection('a', { status: 'error' })]);
      await load;

      const reload = store.reloadConnections(); // starts before the refresh completes
      const refresh = store.refresh('a');
      api.last('refreshConnection', 'a').resolve(connection('a', { status: 'active' }));
      await settle();
      api.last('getConnection', 'a').resolve(connection('a', { status: 'active', label: 'fresh' }));
      await refresh;
      api
        .last('listConnections')
        .resolve([connection('a', { status: 'error', label: 'stale' }), connection('b')]);
      await reload;
      expect(store.state.connections.get('a')!.status).to.equal('active');
      expect(store.state.connections.get('a')!.label).to.equal('fresh');
      expect(store.state.list.ids, 'the list itself is still written').to.deep.equal(['a', 'b']);
    });

    it('does not let a get that started before a revoke overwrite the revoked connection', async () => {
      const { api, store } = setup();
      const get = store.getConnection('a');
      const revoke = store.revoke('a');
      api.last('revokeConnection', 'a').resolve(connection('a', { status: 'revoked' }));
      await revoke;
      api.last('getConnection', 'a').resolve(connection('a', { status: 'active' }));
      await get;
      expect(store.state.connections.get('a')!.status).to.equal('revoked');
    });
  });

  describe('getConnection', () => {
    it('shares one request between concurrent calls for one id', async () => {
      const { api, store } = setup();
      const one = store.getConnection('a');
      const two = store.getConnection('a');
      const other = store.getConnection('b');
      expect(api.callsOf('getConnection', 'a').length).to.equal(1);
      expect(api.callsOf('getConnection').length).to.equal(2);
      expect(store.state.details.get('a')!.status).to.equal('loading');
      api.last('getConnection', 'a').resolve(connection('a'));
      api.last('getConnection', 'b').resolve(connection('b'));
      const [c1, c2] = await Promise.all([one, two, other]);
      expect(c1).to.equal(c2);
      expect(c1!.id).to.equal('a');
      expect(store.state.details.get('a')!.status).to.equal('ready');
    });

    it('serves from the state when it holds the connection, unless forced', async () => {
      const { api, store } = setup();
      const first = store.getConnection('a');
      api.last('getConnection', 'a').resolve(connection('a'));
      await first;
      const served = await store.getConnection('a');
      expect(served!.id).to.equal('a');
      expect(api.callsOf('getConnection').length).to.equal(1);
      const forced = store.getConnection('a', { force: true });
      expect(api.callsOf('getConnection').length).to.equal(2);
      api.last('getConnection', 'a').resolve(connection('a', { label: 'again' }));
      expect((await forced)!.label).to.equal('again');
    });

    it('records a failure in details, reports it and resolves undefined', async () => {
      const { api, store, errors } = setup();
      const get = store.getConnection('missing');
      api.last('getConnection', 'missing').fail('not-found', { status: 404 });
      expect(await get).to.equal(undefined);
      expect(store.state.details.get('missing')!.status).to.equal('error');
      expect(store.state.details.get('missing')!.error!.kind).to.equal('not-found');
      expect(errors.map((e) => e.kind)).to.deep.equal(['not-found']);
    });
  });

  describe('refresh', () => {
    it('re-fetches the connection after success and resolves with the fresh one', async () => {
      const { api, store, errors } = setup();
      const load = store.loadConnections();
      api.last('listConnections').resolve([connection('a', { status: 'error' })]);
      await load;
      const refresh = store.refresh('a');
      expect(store.state.pending.get('a')).to.equal('refresh');
      api.last('refreshConnection', 'a').resolve(connection('a', { status: 'active' }));
      await settle();
      expect(api.callsOf('getConnection', 'a').length, 'fetched again').to.equal(1);
      expect(store.state.pending.get('a'), 'busy until the reload').to.equal('refresh');
      api.last('getConnection', 'a').resolve(connection('a', { status: 'active', label: 'fresh' }));
      const result = await refresh;
      expect(result.previousStatus).to.equal('error');
      expect(result.connection.label).to.equal('fresh');
      expect(store.state.connections.get('a')!.label).to.equal('fresh');
      expect(store.state.pending.has('a')).to.equal(false);
      expect(errors).to.deep.equal([]);
    });

    it('re-fetches after a failure, shows what the server says, and rejects with the error', async () => {
      const { api, store, errors } = setup();
      const load = store.loadConnections();
      api.last('listConnections').resolve([connection('a', { status: 'active' })]);
      await load;
      const refresh = store.refresh('a');
      let rejection: unknown;
      const caught = refresh.catch((error: unknown) => (rejection = error));
      api.last('refreshConnection', 'a').fail('refresh-failed', { status: 422 });
      await settle();
      expect(api.callsOf('getConnection', 'a').length).to.equal(1);
      expect(rejection, 'rejects only after the re-fetch').to.equal(undefined);
      api.last('getConnection', 'a').resolve(connection('a', { status: 'error' }));
      await caught;
      expect(rejection).to.be.instanceOf(ApiError);
      expect((rejection as ApiError).kind).to.equal('refresh-failed');
      expect(store.state.connections.get('a')!.status).to.equal('error');
      expect(store.state.pending.has('a')).to.equal(false);
      expect(errors.map((e) => e.kind)).to.deep.equal(['refresh-failed']);
    });

    it('makes a double click one request (the same promise)', async () => {
      const { api, store } = setup();
      const one = store.refresh('a');
      const two = store.refresh('a');
      expect(two).to.equal(one);
      expect(api.callsOf('refreshConnection').length).to.equal(1);
      api.last('refreshConnection', 'a').resolve(connection('a'));
      await settle();
      api.last('getConnection', 'a').resolve(connection('a'));
      await one;
      // Once settled, a new refresh is a new request.
      const three = store.refresh('a');
      expect(three).not.to.equal(one);
      expect(api.callsOf('refreshConnection').length).to.equal(2);
      api.last('refreshConnection', 'a').fail('server');
      await settle();
      api.last('getConnection', 'a').resolve(connection('a'));
      await three.catch(() => {});
    });
  });

  describe('revoke', () => {
    it('writes the returned connection and resolves with it and the previous status', async () => {
      const { api, store } = setup();
      const load = store.loadConnections();
      api.last('listConnections').resolve([connection('a')]);
      await load;
      const revoke = store.revoke('a');
      expect(store.state.pending.get('a')).to.equal('revoke');
      const revoked = connection('a', { status: 'revoked', refreshable: false });
      api.last('revokeConnection', 'a').resolve(revoked);
      const result = await revoke;
      expect(result).to.deep.equal({ connection: revoked, previousStatus: 'active' });
      expect(store.state.connections.get('a')).to.equal(revoked);
      expect(store.state.pending.size).to.equal(0);
      expect(api.callsOf('getConnection').length, 'no re-fetch after revoke').to.equal(0);
    });

    it('makes a double click one request', async () => {
      const { api, store } = setup();
      const one = store.revoke('a');
      expect(store.revoke('a')).to.equal(one);
      expect(api.callsOf('revokeConnection').length).to.equal(1);
      api.last('revokeConnection', 'a').resolve(connection('a', { status: 'revoked' }));
      await one;
    });

    it('rejects with the ApiError and reports it', async () => {
      const { api, store, errors } = setup();
      const revoke = store.revoke('a');
      api.last('revokeConnection', 'a').fail('forbidden', { status: 403 });
      let rejection: unknown;
      await revoke.catch((error: unknown) => (rejection = error));
      expect((rejection as ApiError).kind).to.equal('forbidden');
      expect(errors.map((e) => e.kind)).to.deep.equal(['forbidden']);
      expect(store.state.pending.size).to.equal(0);
    });
  });

  describe('dispose', () => {
    it('aborts every request in flight; late answers write nothing and report nothing', async () => {
      const { api, store, errors } = setup({ ignoreAbort: true });
      let notified = 0;
      store.subscribe(() => notified++);
      void store.loadConnections();
      void store.loadRequests();
      void store.getConnection('a');
      const refresh = store.refresh('b').catch((error: unknown) => error);
      const before = store.state;
      notified = 0;
      store.dispose();
      expect(api.calls.length).to.equal(4);
      expect(api.calls.every((c) => c.signal!.aborted)).to.equal(true);
      api.last('listConnections').resolve([connection('a')]);
      api.last('listConnectionRequests').fail('server');
      api.last('getConnection', 'a').fail('unauthorized');
      api.last('refreshConnection', 'b').fail('server');
      const refreshError = await refresh;
      await settle();
      expect(store.state).to.equal(before);
      expect(notified).to.equal(0);
      expect(errors).to.deep.equal([]);
      expect((refreshError as DOMException).name).to.equal('AbortError');
      expect(api.callsOf('getConnection', 'b').length, 'no re-fetch after abort').to.equal(0);
    });

    it('never reports an abort as an error', async () => {
      const { api, store, errors } = setup();
      const load = store.loadConnections();
      store.dispose();
      await load;
      expect(api.last('listConnections').signal!.aborted).to.equal(true);
      expect(errors).to.deep.equal([]);
      expect(store.subscriberCount).to.equal(0);
    });
  });

  describe('reset', () => {
    it('aborts everything, switches api, clears state to idle and notifies', async () => {
      const { api, store, errors } = setup({ ignoreAbort: true });
      const load = store.loadConnections();
      api.last('listConnections').resolve([connection('a')]);
      await load;
      void store.reloadConnections();
      const inFlight = api.last('listConnections');
      let notified = 0;
      store.subscribe(() => notified++);
      const next = new FakeApi();
      store.reset(next);
      expect(inFlight.signal!.aborted).to.equal(true);
      expect(notified).to.equal(1);
      expect(store.state.list.status).to.equal('idle');
      expect(store.state.connections.size).to.equal(0);
      inFlight.resolve([connection('old')]);
      await settle();
      expect(store.state.connections.size, 'the old workspace never writes').to.equal(0);
      const reload = store.loadConnections();
      expect(api.callsOf('listConnections').length).to.equal(2);
      expect(next.callsOf('listConnections').length).to.equal(1);
      next.last('listConnections').resolve([connection('new')]);
      await reload;
      expect(store.state.list.ids).to.deep.equal(['new']);
      expect(errors).to.deep.equal([]);
    });
    it('a read of a connection aborted by a reset resolves empty, not with the next workspace', async () => {
      const { api, store } = setup();
      const before = store.getConnection('a');
      const next = new FakeApi();
      store.reset(next);
      const after = store.getConnection('a');
      expect(api.last('getConnection', 'a').signal!.aborted).to.equal(true);
      next.last('getConnection', 'a').resolve(connection('a'));
      expect(await before).to.equal(undefined);
      expect((await after)!.id).to.equal('a');
    });
  });

  describe('without an api', () => {
    it('stays idle on loads and rejects actions with a clear error', async () => {
      const store = new ConnectionsStore(null);
      const errors: ApiError[] = [];
      store.onError((error) => errors.push(error));
      await store.loadConnections();
      await store.loadRequests();
      expect(await store.getConnection('a')).to.equal(undefined);
      expect(store.state.list.status).to.equal('idle');
      let rejection: unknown;
      await store.refresh('a').catch((error: unknown) => (rejection = error));
      expect(rejection).to.be.instanceOf(ApiError);
      expect((rejection as ApiError).message).to.contain('No ConnectionsApi');
      expect(errors).to.deep.equal([]);
    });
  });
});
