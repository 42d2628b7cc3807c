import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { MemoryConnectionsApi, type MemoryConnectionPatch } from '../../src/api/memory-api.js';
import type { Connection } from '../../src/api/types.js';
import { createSeed } from '../../demo/server/seed.js';
import { expectAbortError, expectApiError } from './assertions.js';
import { connection } from './contract-suite.js';

const seeded = (options: Partial<ConstructorParameters<typeof MemoryConnectionsApi>[0]> = {}) => {
  const { connections, requests } = createSeed().acme;
  return new MemoryConnectionsApi({ connections, requests, ...options });
};

describe('MemoryConnectionsApi (memory only)', () => {
  it('fails as `failures` says, changeable at run time, with a plausible status', async () => {
    const api = seeded({ failures: { listConnections: 'server' } });
    const error = await expectApiError(api.listConnections(), 'server');
    expect(error.status).to.equal(500);

    delete api.failures.listConnections;
    expect(await api.listConnections()).to.have.length(8);

    api.failures.getConnection = 'not-found';
    expect((await expectApiError(api.getConnection('conn_slack_01'), 'not-found')).status).to.equal(
      404,
    );
    api.failures = {};
    expect((await api.getConnection('conn_slack_01')).id).to.equal('conn_slack_01');
  });

  it('leaves a connection in error after an injected refresh failure', async () => {
    const api = seeded({ failures: { refreshConnection: 'refresh-failed' } });
    const error = await expectApiError(api.refreshConnection('conn_slack_01'), 'refresh-failed');
    expect(error.status).to.equal(422);
    expect(error.code).to.equal('refresh_failed');
    expect((await api.getConnection('conn_slack_01')).status).to.equal('error');
  });

  it('answers after latencyMs, not synchronously', async () => {
    const api = seeded({ latencyMs: 30 });
    let settled = false;
    const call = api.listConnections().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).to.equal(false);
    await call;
    expect(settled).to.equal(true);
  });

  it('rejects with the signal’s reason when aborted during the latency', async () => {
    const api = seeded({ latencyMs: 60_000 });
    const controller = new AbortController();
    const call = api.revokeConnection('conn_slack_01', { signal: controller.signal });
    controller.abort();
    await expectAbortError(call);
    // The aborted revoke never happened.
    api.latencyMs = 0;
    expect((await api.getConnection('conn_slack_01')).status).to.equal('active');
  });

  it('rejects at once for a signal that is already aborted', async () => {
    const api = seeded();
    const controller = new AbortController();
    controller.abort();
    const error = await expectAbortError(api.listConnections({ signal: controller.signal }));
    expect(error).to.equal(controller.signal.reason);
    expect(error).not.to.be.instanceOf(ApiError);
  });

  it('returns copies: changing a result or the input changes nothing inside', async () => {
    const { connections, requests } = createSeed().acme;
    const api = new MemoryConnectionsApi({ connections, requests });
    connections[0].label = 'changed input';
    requests[0].requestedBy = 'changed input';

    const first = await api.getConnection('conn_slack_01');
    expect(first.label).to.equal('Acme team Slack');
    first.status = 'revoked';
    first.app.name = 'changed';
    const again = await api.getConnection('conn_slack_01');
    expect(again.status).to.equal('active');
    expect(again.app.name).to.equal('Slack');

    const list = await api.listConnections();
    list[0].label = 'changed';
    list.pop();
    expect(await api.listConnections()).to.have.length(8);
    expect((await api.listConnections())[0].label).to.equal('Acme team Slack');

    const listed = await api.listConnectionRequests();
    expect(listed[0].requestedBy).to.equal('Dana Whitfield');
    listed[0].app.key = 'changed';
    expect((await api.listConnectionRequests())[0].app.key).to.equal('quickbooks');

    const refreshed = await api.refreshConnection('conn_hubspot_01');
    refreshed.status = 'pending';
    expect((await api.getConnection('conn_hubspot_01')).status).to.equal('active');
  });
});

describe('MemoryConnectionsApi push (memory only)', () => {
  /** A running watch of `api` and what it heard; `stop()` aborts it and waits for it to resolve. */
  function watching(api: MemoryConnectionsApi) {
    const controller = new AbortController();
    const heard: Connection[] = [];
    const done = api.watchConnections({
      signal: controller.signal,
      onConnection: (c) => heard.push(c),
    });
    return {
      heard,
      done,
      stop: () => {
        controller.abort();
        return done;
      },
    };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('tells a watcher of every change: refresh, failed refresh, revoke, serverUpdate; not of one that changes nothing', async () => {
    const { connections, requests } = createSeed().acme;
    const fails = connection('fails', { status: 'active', refreshFails: true });
    const api = new MemoryConnectionsApi({ connections: [...connections, fails], requests });
    const watch = watching(api);
    const refreshed = await api.refreshConnection('conn_hubspot_01');
    await expectApiError(api.refreshConnection('fails'), 'refresh-failed');
    const revoked = await api.revokeConnection('conn_slack_01');
    await api.revokeConnection('conn_slack_01');
    await api.revokeConnection('conn_salesforce_01'); // revoked in the seed
    await expectApiError(api.refreshConnection('conn_mailchimp_01'), 'refresh-failed'); // error already
    api.failures.refreshConnection = 'refresh-failed';
    await expectApiError(api.refreshConnection('conn_notion_01'), 'refresh-failed');
    const updated = api.serverUpdate('conn_drive_01', { status: 'pending' });
    await tick();
    expect(watch.heard.map((c) => [c.id, c.status])).to.deep.equal([
      ['conn_hubspot_01', 'active'],
      ['fails', 'error'],
      ['conn_slack_01', 'revoked'],
      ['conn_notion_01', 'error'],
      ['conn_drive_01', 'pending'],
    ]);
    expect(watch.heard[0]).to.deep.equal(refreshed);
    expect(watch.heard[2]).to.deep.equal(revoked);
    expect(watch.heard[4]).to.deep.equal(updated);
    await watch.stop();
  });

  it('delivers in a microtask after the change, a fresh copy to each watcher', async () => {
    const api = seeded();
    const [one, two] = [watching(api), watching(api)];
    api.serverUpdate('conn_slack_01', { label: 'Renamed' });
    expect(one.heard).to.deep.equal([]);
    await Promise.resolve();
    expect(one.heard.map((c) => c.label)).to.deep.equal(['Renamed']);
    one.heard[0].app.name = 'changed';
    expect(two.heard[0].app.name).to.equal('Slack');
    expect((await api.getConnection('conn_slack_01')).app.name).to.equal('Slack');
    await Promise.all([one.stop(), two.stop()]);
  });

  it('serverUpdate patches a connection, tells watchers even of a patch that changes nothing, and returns a copy', async () => {
    const api = seeded();
    const watch = watching(api);
    const updated = api.serverUpdate('conn_slack_01', { status: 'error', refreshable: false });
    expect(updated.status).to.equal('error');
    expect(await api.getConnection('conn_slack_01')).to.deep.equal(updated);
    api.serverUpdate('conn_slack_01', {});
    await tick();
    expect(watch.heard).to.deep.equal([updated, updated]);
    updated.label = 'changed';
    expect((await api.getConnection('conn_slack_01')).label).to.equal('Acme team Slack');
    await watch.stop();
  });

  it('serverUpdate throws not-found for an unknown id, and invalid-response for a patch that is not a connection, changing nothing', async () => {
    const api = seeded();
    const watch = watching(api);
    const thrown = (update: () => unknown) => {
      try {
        update();
      } catch (error) {
        return error as ApiError;
      }
      throw new Error('serverUpdate did not throw');
    };
    expect(thrown(() => api.serverUpdate('nope', { status: 'active' })).kind).to.equal('not-found');
    expect(thrown(() => api.serverUpdate('conn_agency_github', {})).kind).to.equal('not-found');
    const bad = { label: 42 } as unknown as MemoryConnectionPatch;
    expect(thrown(() => api.serverUpdate('conn_slack_01', bad)).kind).to.equal('invalid-response');
    const id = { id: 'other' } as unknown as MemoryConnectionPatch;
    expect(api.serverUpdate('conn_slack_01', id).id).to.equal('conn_slack_01');
    await tick();
    expect((await api.getConnection('conn_slack_01')).label).to.equal('Acme team Slack');
    expect(watch.heard).to.have.length(1);
    await watch.stop();
  });

  it("rejects at once with 'not-found' while push is false, changeable at run time", async () => {
    const api = seeded({ push: false });
    expect(api.push).to.equal(false);
    const error = await expectApiError(watching(api).done, 'not-found');
    expect(error.status).to.equal(404);
    api.push = true;
    const watch = watching(api);
    api.serverUpdate('conn_slack_01', { status: 'pending' });
    await tick();
    expect(watch.heard).to.have.length(1);
    await watch.stop();
  });

  it('resolves when aborted and stops listening', async () => {
    const api = seeded();
    const watch = watching(api);
    expect(api.watchCount).to.equal(1);
    expect(await watch.stop()).to.equal(undefined);
    expect(api.watchCount).to.equal(0);
    api.serverUpdate('conn_slack_01', { status: 'pending' });
    await tick();
    expect(watch.heard).to.deep.equal([]);
  });

  it('hears nothing while failures.watchConnections holds a kind it would ride out, and hears again once cleared', async () => {
    const api = seeded({ failures: { watchConnections: 'network' } });
    const watch = watching(api);
    api.serverUpdate('conn_slack_01', { status: 'pending' });
    await tick();
    expect(watch.heard).to.deep.equal([]);
    delete api.failures.watchConnections;
    api.serverUpdate('conn_slack_01', { status: 'active' });
    await tick();
    expect(watch.heard.map((c) => c.status)).to.deep.equal(['active']);
    await watch.stop();
    api.failures.watchConnections = 'forbidden';
    await expectApiError(watching(api).done, 'forbidden');
  });
});
