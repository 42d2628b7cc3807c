import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ApiError } from '../../../src/api/errors.js';
import { HttpConnectionsApi } from '../../../src/api/http-api.js';
import { MemoryConnectionsApi } from '../../../src/api/memory-api.js';
import { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import '../../../src/define.js';
import type { ConnectionsAuthRequiredEvent } from '../../../src/events.js';
import type { ConnectionsStore } from '../../../src/state/store.js';
import { connection, FakeApi, settle } from '../../state/fake-api.js';
import { shown, type TestConsumer } from '../../state/test-consumer.js';
import { animationsFinished, shadowQuery, shadowQueryAll, text } from '../../helpers/dom.js';
import { openLeakProbe, TrackingApi } from '../../helpers/leaks.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');

/** True when `needle` appears anywhere in `value`, own non-enumerable properties (message, cause) included. */
function contains(value: unknown, needle: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.getOwnPropertyNames(value).some((key) =>
    contains((value as Record<string, unknown>)[key], needle, seen),
  );
}

/** A memory API that counts list requests. */
class CountingApi extends MemoryConnectionsApi {
  lists = 0;
  override listConnections(...args: Parameters<MemoryConnectionsApi['listConnections']>) {
    this.lists += 1;
    return super.listConnections(...args);
  }
}

const SLACK = {
  id: 'c1',
  app: { key: 'slack', name: 'Slack' },
  label: 'Marketing',
  status: 'error',
  externalAccountEmail: null,
  lastRefreshedAt: null,
  refreshable: true,
};
const HUBSPOT = { ...SLACK, id: 'c2', app: { key: 'hubspot', name: 'HubSpot' }, label: 'Sales' };

/** A host laying out the table and one detail itself, inside one provider. */
async function layout(api: CountingApi) {
  const provider = await fixture<ConnectionsProvider>(
    html`<connections-provider .api=${api}
      ><connections-table></connections-table
      ><connection-detail connection-id="c1"></connection-detail
    ></connections-provider>`,
  );
  const table = provider.querySelector('connections-table')!;
  const detail = provider.querySelector('connection-detail')!;
  await waitUntil(() => shadowQueryAll(table, '[part~="manage-link"]').length === 2);
  await waitUntil(() => shadowQuery(detail, '[part="app-name"]'));
  return { provider, table, detail };
}

/** The status word in the table's row of `label`. */
function rowStatus(table: Element, label: string): string {
  const row = shadowQueryAll(table, '[part~="row"]').find(
    (r) => text(r.querySelector('[part~="label"]')) === label,
  );
  return text(row?.querySelector('[part~="badge"]')) ?? '';
}

function toasts(provider: Element) {
  return shadowQueryAll(provider, 'connections-toast-region', '[part~="toast"]').map((toast) => ({
    region: toast.closest('[role]')?.getAttribute('role') ?? '',
    title: text(toast.querySelector('[part~="toast-title"]')) ?? '',
    detail: text(toast.querySelector('[part~="toast-detail"]')) ?? '',
  }));
}

describe('connections-provider', () => {
  describe('table and detail laid out by the host in one provider (help page, "Verify it worked")', () => {
    it('after a revoke in the detail, the Status column reads revoked with no new list request, and the provider shows "Connection revoked"', async () => {
      const api = new CountingApi({ connections: [SLACK, HUBSPOT] });
      const { provider, table, detail } = await layout(api);
      expect(rowStatus(table, 'Marketing')).to.equal('error');
      shadowQuery(detail, '[part="revoke-button"]')!.click();
      const dialog = shadowQuery(detail, 'revoke-dialog')!;
      await waitUntil(() => shadowQuery(dialog, '[part="dialog"]')?.hasAttribute('open'));
      shadowQuery(dialog, '[part="confirm"]')!.click();
      await waitUntil(
        () => rowStatus(table, 'Marketing') === 'revoked',
        'the row never read revoked',
      );
      expect(rowStatus(table, 'Sales')).to.equal('error');
      expect(api.lists).to.equal(1);
      expect(shadowQuery(detail, '[part="revoke-button"]')).to.equal(null);
      await waitUntil(() => toasts(provider).length === 1);
      expect(toasts(provider)).to.deep.equal([
        {
          region: 'status',
          title: 'Connection revoked',
          detail: 'Workflows using this connection will pause until reconnected.',
        },
      ]);
      await animationsFinished(provider);
      await expect(provider).to.be.accessible();
    });

    it('after a refresh in the detail, the Status column reads active, and the provider shows "Connection refreshed."', async () => {
      const api = new CountingApi({ connections: [SLACK, HUBSPOT] });
      const { provider, table, detail } = await layout(api);
      shadowQuery(detail, '[part="refresh-button"]')!.click();
      await waitUntil(
        () => rowStatus(table, 'Marketing') === 'active',
        'the row never read active',
      );
      expect(api.lists).to.equal(1);
      await waitUntil(() => toasts(provider).length === 1);
      expect(toasts(provider)).to.deep.equal([
        { region: 'status', title: 'Connection refreshed.', detail: '' },
      ]);
      await animationsFinished(provider);
      await expect(provider).to.be.accessible();
    });

    it('after a failed refresh, the provider alerts "Failed to refresh connection" with "You may need to reconnect."', async () => {
      const api = new CountingApi({ connections: [{ ...SLACK, refreshFails: true }, HUBSPOT] });
      const { provider, table, detail } = await layout(api);
      shadowQuery(detail, '[part="refresh-button"]')!.click();
      await waitUntil(() => toasts(provider).length === 1);
      expect(toasts(provider)).to.deep.equal([
        {
          region: 'alert',
          title: 'Failed to refresh connection',
          detail: 'You may need to reconnect.',
        },
      ]);
      expect(rowStatus(table, 'Marketing')).to.equal('error');
      await animationsFinished(provider);
      await expect(provider).to.be.accessible();
    });
  });

  describe('configuration', () => {
    it('builds an HttpConnectionsApi from api-base-url and workspace-id', async () => {
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider api-base-url="/api" workspace-id="ws1"></connections-provider>`,
      );
      expect(el.store!.api).to.be.instanceOf(HttpConnectionsApi);
    });

    it('has no api (and stays idle) without a workspace', async () => {
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider api-base-url="/api"
          ><test-consumer></test-consumer
        ></connections-provider>`,
      );
      expect(el.store!.api).to.equal(null);
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      expect(shown(consumer)).to.equal('idle|Connections');
    });

    it('lets .api override api-base-url', async () => {
      const api = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider
          api-base-url="/api"
          workspace-id="ws1"
          .api=${api}
        ></connections-provider>`,
      );
      expect(el.store!.api).to.equal(api);
    });

    it('merges a partial .messages over the defaults for the consumers', async () => {
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider .api=${new FakeApi()} .messages=${{ pageTitle: 'Verbindungen' }}
          ><test-consumer></test-consumer
        ></connections-provider>`,
      );
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      expect(shown(consumer)).to.equal('loading|Verbindungen');
      expect(consumer.i18n.messages.manage).to.equal('Manage');
      el.messages = { pageTitle: 'Connexions' };
      await el.updateComplete;
      await consumer.updateComplete;
      expect(shown(consumer)).to.equal('loading|Connexions');
    });
  });

  describe('workspace change', () => {
    it('resets the store, aborts the old requests and loads through the new api', async () => {
      const first = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider workspace-id="ws1" .api=${first}
          ><test-consumer></test-consumer
        ></connections-provider>`,
      );
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      const store = el.store!;
      const inFlight = first.last('listConnections');
      expect(inFlight.signal!.aborted).to.equal(false);

      const second = new FakeApi();
      el.api = second;
      el.setAttribute('workspace-id', 'ws2');
      await el.updateComplete;
      expect(inFlight.signal!.aborted).to.equal(true);
      expect(el.store).to.equal(store, 'the same store, reset');
      expect(store.api).to.equal(second);
      // The consumer saw 'idle' and loaded again, through the new api.
      await waitUntil(() => second.callsOf('listConnections').length === 1);
      second.last('listConnections').resolve([connection('ws2-a')]);
      await store.loadConnections();
      expect(store.state.list.ids).to.deep.equal(['ws2-a']);
      expect(first.callsOf('listConnections').length).to.equal(1);
    });

    it('builds a new HttpConnectionsApi when workspace-id changes', async () => {
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider api-base-url="/api" workspace-id="ws1"></connections-provider>`,
      );
      const before = el.store!.api;
      el.workspaceId = 'ws2';
      await el.updateComplete;
      expect(el.store!.api).to.be.instanceOf(HttpConnectionsApi);
      expect(el.store!.api).not.to.equal(before);
    });
  });

  describe('events', () => {
    it('fires connections-auth-required once while unauthorized persists, again after a success', async () => {
      const api = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider .api=${api}></connections-provider>`,
      );
      const store = el.store!;
      const events: ConnectionsAuthRequiredEvent[] = [];
      el.addEventListener('connections-auth-required', (e) => events.push(e));

      const fail = async (
        run: () => Promise<unknown>,
        method: 'listConnections' | 'getConnection',
      ) => {
        const done = run();
        api.last(method).fail('unauthorized', { status: 401 });
        await done;
      };
      await fail(() => store.loadConnections(), 'listConnections');
      await fail(() => store.reloadConnections(), 'listConnections');
      await fail(() => store.getConnection('a'), 'getConnection');
      expect(events.length).to.equal(1);
      expect(events[0].detail.error.kind).to.equal('unauthorized');
      expect(events[0].bubbles && events[0].composed).to.equal(true);

      const ok = store.reloadConnections();
      api.last('listConnections').resolve([]);
      await ok;
      await fail(() => store.reloadConnections(), 'listConnections');
      expect(events.length).to.equal(2);
    });

    it('fires again after a configuration change', async () => {
      const api = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider .api=${api}></connections-provider>`,
      );
      let count = 0;
      el.addEventListener('connections-auth-required', () => count++);
      const load = el.store!.loadConnections();
      api.last('listConnections').fail('unauthorized');
      await load;
      const other = new FakeApi();
      el.api = other;
      await el.updateComplete;
      const again = el.store!.loadConnections();
      other.last('listConnections').fail('unauthorized');
      await again;
      expect(count).to.equal(2);
    });

    it('never puts a token in the event detail', async () => {
      const token = 'secret-token-123';
      const api = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider
          .api=${api}
          .getSessionToken=${() => Promise.resolve(token)}
        ></connections-provider>`,
      );
      const load = el.store!.loadConnections();
      const event = oneEvent(el, 'connections-auth-required');
      // An api that (wrongly) attaches the request, headers included, as the cause.
      api.last('listConnections').fail('unauthorized', {
        status: 401,
        cause: { headers: { Authorization: `Bearer ${token}` } },
      });
      const { detail } = await event;
      await load;
      expect(detail.error).to.be.instanceOf(ApiError);
      expect(detail.error.kind).to.equal('unauthorized');
      expect(detail.error.status).to.equal(401);
      expect(contains(detail, token)).to.equal(false);
    });

    it('does not fire for other failures', async () => {
      const api = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider .api=${api}></connections-provider>`,
      );
      let count = 0;
      el.addEventListener('connections-auth-required', () => count++);
      const load = el.store!.loadConnections();
      api.last('listConnections').fail('forbidden', { status: 403 });
      await load;
      await settle();
      expect(count).to.equal(0);
    });
  });

  describe('leaks', () => {
    it('mounts and unmounts a provider with a table and a detail 30 times, a refresh in flight: nothing left behind', async () => {
      const api = new TrackingApi(5);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const probe = openLeakProbe();
      try {
        for (let i = 0; i < 30; i++) {
          const provider = document.createElement('connections-provider');
          provider.api = api;
          provider.append(
            document.createElement('connections-table'),
            Object.assign(document.createElement('connection-detail'), {
              connectionId: 'conn_hubspot_01',
            }),
          );
          wrapper.append(provider);
          await provider.updateComplete;
          if (i % 2) void provider.store!.refresh('conn_hubspot_01').catch(() => {});
          await aTimeout(i % 4);
          provider.remove();
        }
        expect(probe.listeners(), 'listeners left on window/document').to.deep.equal([]);
        expect(probe.pendingTimers(), 'timers left').to.equal(0);
        expect(api.inFlight(), 'requests in flight').to.equal(0);
        expect(api.calls.filter((c) => c.signal?.aborted).length).to.be.greaterThan(0);
      } finally {
        probe.close();
      }
    });

    it('mounts and unmounts 50 times without leaks', async () => {
      const api = new FakeApi();
      const el = await fixture<ConnectionsProvider>(
        html`<connections-provider .api=${api}
          ><test-consumer></test-consumer><test-consumer></test-consumer
        ></connections-provider>`,
      );
      const parent = el.parentNode!;
      const consumers = [...el.querySelectorAll('test-consumer')] as TestConsumer[];
      const stores: ConnectionsStore[] = [el.store!];
      for (let i = 0; i < 50; i++) {
        el.remove();
        expect(el.store).to.equal(undefined);
        parent.appendChild(el);
        stores.push(el.store!);
        await Promise.all(consumers.map((c) => c.updateComplete));
      }
      const current = stores.pop()!;
      expect(new Set(stores).size, 'a new store per connection').to.equal(50);
      for (const store of stores) {
        expect(store.isDisposed).to.equal(true);
        expect(store.subscriberCount).to.equal(0);
      }
      expect(current.subscriberCount).to.equal(consumers.length);
      for (const c of consumers) expect(c.store.value).to.equal(current);
      // Every request but the current store's one load was aborted.
      const live = api.calls.filter((c) => !c.signal!.aborted);
      expect(live.length).to.equal(1);
      expect(api.calls.length).to.equal(51);
      // The context provider holds only the live consumers' subscriptions.
      const subscriptions = (
        el as unknown as {
          provider: { storeProvider: { subscriptions: Map<unknown, unknown> } };
        }
      ).provider.storeProvider.subscriptions;
      expect(subscriptions.size).to.equal(consumers.length);
      el.remove();
      expect(current.isDisposed).to.equal(true);
      expect(api.calls.every((c) => c.signal!.aborted)).to.equal(true);
    });
  });
});
