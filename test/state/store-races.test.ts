/**
 * Two bugs of 0.1 the store's new shape fixes, written against the store's public methods only:
 * actions coalesce by kind AND id (a revoke never borrows a refresh's result), and an answer about
 * another connection than the one asked for is `invalid-response` and changes no row.
 */
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { ConnectionsStore } from '../../src/state/store.js';
import { connection, FakeApi, settle } from './fake-api.js';

async function loaded(...ids: string[]) {
  const api = new FakeApi();
  const store = new ConnectionsStore(api);
  const errors: ApiError[] = [];
  store.onError((error) => errors.push(error));
  const load = store.loadConnections();
  api.last('listConnections').resolve(ids.map((id) => connection(id)));
  await load;
  return { api, store, errors };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('ConnectionsStore races', () => {
  describe('actions coalesce by kind and id', () => {
    it('a revoke asked while a refresh runs waits for it, then revokes with its own result', async () => {
      const { api, store } = await loaded('a');
      const refresh = store.refresh('a');
      const revoke = store.revoke('a');
      expect(revoke).not.to.equal(refresh);
      expect(api.callsOf('revokeConnection').length, 'waits for the refresh').to.equal(0);
      expect(store.state.pending.get('a')).to.equal('refresh');

      api.last('refreshConnection', 'a').resolve(connection('a', { status: 'active' }));
      await settle();
      api.last('getConnection', 'a').resolve(connection('a', { status: 'active' }));
      const refreshed = await refresh;
      expect(refreshed.connection.status).to.equal('active');
      await settle();

      expect(api.callsOf('revokeConnection').length, 'then runs').to.equal(1);
      expect(store.state.pending.get('a')).to.equal('revoke');
      api.last('revokeConnection', 'a').resolve(connection('a', { status: 'revoked' }));
      const revoked = await revoke;
      expect(revoked.connection.status).to.equal('revoked');
      expect(revoked.previousStatus).to.equal('active');
      expect(store.state.connections.get('a')!.status).to.equal('revoked');
      expect(store.state.pending.has('a')).to.equal(false);
    });

    it('a revoke after a failed refresh still runs, and fails or succeeds on its own', async () => {
      const { api, store } = await loaded('a');
      const refresh = store.refresh('a');
      const revoke = store.revoke('a');
      api.last('refreshConnection', 'a').fail('refresh-failed', { status: 422 });
      await settle();
      api.last('getConnection', 'a').resolve(connection('a', { status: 'error' }));
      expect((await rejection(refresh)) as ApiError).to.have.property('kind', 'refresh-failed');
      await settle();
      api.last('revokeConnection', 'a').resolve(connection('a', { status: 'revoked' }));
      const revoked = await revoke;
      expect(revoked.previousStatus).to.equal('error');
      expect(revoked.connection.status).to.equal('revoked');
    });

    it('the same action twice is one request, while queued and while running', async () => {
      const { api, store } = await loaded('a');
      const refresh = store.refresh('a');
      const revokes = [store.revoke('a'), store.revoke('a')];
      expect(revokes[1]).to.equal(revokes[0]);
      expect(store.refresh('a')).to.equal(refresh);
      api.last('refreshConnection', 'a').resolve(connection('a'));
      await settle();
      api.last('getConnection', 'a').resolve(connection('a'));
      await refresh;
      await settle();
      expect(store.revoke('a')).to.equal(revokes[0]);
      api.last('revokeConnection', 'a').resolve(connection('a', { status: 'revoked' }));
      await revokes[0];
      expect(api.callsOf('refreshConnection').length).to.equal(1);
      expect(api.callsOf('revokeConnection').length).to.equal(1);
    });

    it('actions on different connections run side by side', async () => {
      const { api, store } = await loaded('a', 'b');
      void store.refresh('a');
      const revokeB = store.revoke('b');
      expect(api.callsOf('revokeConnection', 'b').length).to.equal(1);
      api.last('revokeConnection', 'b').resolve(connection('b', { status: 'revoked' }));
      expect((await revokeB).connection.status).to.equal('revoked');
      expect(store.state.pending.get('a')).to.equal('refresh');
    });

    it('a reset aborts the action running and the one waiting', async () => {
      const { api, store } = await loaded('a');
      const refresh = store.refresh('a');
      const revoke = store.revoke('a');
      store.reset(api);
      expect(((await rejection(refresh)) as DOMException).name).to.equal('AbortError');
      expect(((await rejection(revoke)) as DOMException).name).to.equal('AbortError');
      expect(api.callsOf('revokeConnection').length).to.equal(0);
    });
  });

  describe('an answer about another connection', () => {
    it('a read of A answered with B is invalid-response, the detail fails and no row changes', async () => {
      const { api, store, errors } = await loaded('b');
      const rows = store.state.connections;
      const read = store.getConnection('a');
      api.last('getConnection', 'a').resolve(connection('b', { label: 'Hijacked' }));
      expect(await read).to.equal(undefined);
      expect(store.state.connections).to.equal(rows);
      expect(store.state.connections.get('b')!.label).to.equal('Label b');
      expect(store.state.details.get('a')!.status).to.equal('error');
      expect(store.state.details.get('a')!.error!.kind).to.equal('invalid-response');
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-response']);
    });

    it('a revoke of A answered with B fails with invalid-response and changes no row', async () => {
      const { api, store } = await loaded('a', 'b');
      const rows = store.state.connections;
      const revoke = store.revoke('a');
      api.last('revokeConnection', 'a').resolve(connection('b', { status: 'revoked' }));
      const error = (await rejection(revoke)) as ApiError;
      expect(error).to.be.instanceOf(ApiError);
      expect(error.kind).to.equal('invalid-response');
      expect(store.state.connections).to.equal(rows);
      expect(store.state.pending.has('a')).to.equal(false);
    });

    it('a refresh of A answered with B fails with invalid-response; B is never written', async () => {
      const { api, store } = await loaded('a', 'b');
      const refresh = store.refresh('a');
      api.last('refreshConnection', 'a').resolve(connection('b', { status: 'error' }));
      await settle();
      // Like any failed refresh, the store reads A again to show what the server says now.
      api.last('getConnection', 'a').resolve(connection('a'));
      const error = (await rejection(refresh)) as ApiError;
      expect(error.kind).to.equal('invalid-response');
      expect(store.state.connections.get('b')!.status).to.equal('active');
      expect(store.state.connections.get('a')!.status).to.equal('active');
    });
  });
});
