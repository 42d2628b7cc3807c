import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { MemoryConnectionsApi } from '../../src/api/memory-api.js';
import { createSeed } from '../../demo/server/seed.js';
import { expectAbortError, expectApiError } from './assertions.js';

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
