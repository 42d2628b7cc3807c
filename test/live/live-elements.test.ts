/**
 * Live updates as a user and a host see them: a pending row finishes on screen in place, once; a
 * detail follows; every tab agrees through the channel, without a request; focus is kept safe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Connection } from '../../src/api/types.js';
import { ConnectionStatusBadge } from '../../src/elements/badge/connection-status-badge.js';
import { ConnectionDetail } from '../../src/elements/detail/connection-detail.js';
import { ConnectionsProvider } from '../../src/elements/provider/connections-provider.js';
import { RevokeDialog } from '../../src/elements/revoke-dialog/revoke-dialog.js';
import { ConnectionsTable } from '../../src/elements/table/connections-table.js';
import { ToastRegion } from '../../src/elements/toast/toast-region.js';
import type { ConnectionStatusChangedEvent } from '../../src/events.js';
import type { TabMessage } from '../../src/state/tab-sync.js';
import {
  connectionRows,
  deepActiveElement,
  part,
  parts,
  shadowQueryAll,
  text,
} from '../helpers/dom.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { connection } from '../state/fake-api.js';
import { connections, page, ScriptedApi } from './live-kit.js';
import { waitUntil } from '../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
ConnectionsTable.define('connections-table');
ConnectionDetail.define('connection-detail');
RevokeDialog.define('revoke-dialog');
ConnectionStatusBadge.define('connection-status-badge');
ToastRegion.define('connections-toast-region');

const INTERVAL = 2000;
let channels = 0;
const nextChannel = () => `live-test-${Date.now()}-${++channels}`;

async function mountTable(api: ScriptedApi, clock: ManualClock, channel?: string) {
  const provider = await fixture<ConnectionsProvider>(html`
    <connections-provider
      .api=${api}
      .clock=${clock}
      live="poll"
      poll-interval=${INTERVAL}
      sync-channel=${channel ?? ''}
    >
      <connections-table></connections-table>
    </connections-provider>
  `);
  const table = provider.querySelector('connections-table') as ConnectionsTable;
  await waitUntil(() => connectionRows(table).length > 0, 'no rows');
  return { provider, table };
}

const rowOf = (table: Element, appName: string) =>
  parts(table, 'row').find((row) => text(row.querySelector('.app-name')) === appName)!;

function statusIn(row: Element): string | undefined {
  return text(row.querySelector('[part~="badge"]'));
}

function toastTitles(provider: Element): { role: string; title: string }[] {
  return shadowQueryAll(provider, 'connections-toast-region', '[part~="toast"]').map((toast) => ({
    role: toast.closest('[role]')?.getAttribute('role') ?? '',
    title: text(toast.querySelector('[part~="toast-title"]')) ?? '',
  }));
}

describe('live updates in the elements', () => {
  beforeEach(() => page.show());
  afterEach(() => page.restore());

  it('a pending row reads active after one interval: same row, one status-changed (poll), one polite toast', async () => {
    const clock = new ManualClock();
    const api = new ScriptedApi(connections(3, ['c1']));
    const { provider, table } = await mountTable(api, clock);
    const changes: ConnectionStatusChangedEvent[] = [];
    provider.addEventListener('connection-status-changed', (e) => changes.push(e));
    const row = rowOf(table, 'App 1');
    expect(statusIn(row)).to.equal('pending');

    api.change('c1', { status: 'active' });
    await clock.advance(INTERVAL);
    await table.updateComplete;

    expect(rowOf(table, 'App 1'), 'the same DOM row').to.equal(row);
    expect(statusIn(row)).to.equal('active');
    expect(changes.length).to.equal(1);
    expect(changes[0].detail.source).to.equal('poll');
    expect(changes[0].detail.previousStatus).to.equal('pending');
    expect(changes[0].detail.connection.status).to.equal('active');
    await waitUntil(() => toastTitles(provider).length === 1, 'no toast');
    expect(toastTitles(provider)).to.deep.equal([
      { role: 'status', title: 'App 1 is now active.' },
    ]);

    const reads = api.calls.length;
    await clock.advance(INTERVAL * 5);
    expect(api.calls.length, 'nothing pending any more').to.equal(reads);
    expect(changes.length).to.equal(1);
  });

  it('two pending rows that finish in one poll: a status-changed and a polite toast each, in list order', async () => {
    const clock = new ManualClock();
    const api = new ScriptedApi(connections(4, ['c1', 'c3']));
    const { provider, table } = await mountTable(api, clock);
    const changes: ConnectionStatusChangedEvent[] = [];
    provider.addEventListener('connection-status-changed', (e) => changes.push(e));

    api.change('c3', { status: 'active' });
    api.change('c1', { status: 'error' });
    await clock.advance(INTERVAL);
    await table.updateComplete;

    // One list read wrote both (the store tells its writes in one call): each is announced.
    expect(api.calls.filter((call) => call === 'list').length).to.equal(2);
    expect(changes.map((e) => [e.detail.connection.id, e.detail.previousStatus])).to.deep.equal([
      ['c1', 'pending'],
      ['c3', 'pending'],
    ]);
    expect([statusIn(rowOf(table, 'App 1')), statusIn(rowOf(table, 'App 3'))]).to.deep.equal([
      'error',
      'active',
    ]);
    await waitUntil(() => toastTitles(provider).length === 2, 'not two toasts');
    expect(toastTitles(provider)).to.deep.equal([
      { role: 'status', title: 'App 1 is now error.' },
      { role: 'status', title: 'App 3 is now active.' },
    ]);
  });

  it('a detail showing a pending connection follows it: badge, advice, actions', async () => {
    const clock = new ManualClock();
    const api = new ScriptedApi([
      connection('p', { app: { key: 'drive', name: 'Google Drive' }, status: 'pending' }),
    ]);
    const provider = await fixture<ConnectionsProvider>(html`
      <connections-provider .api=${api} .clock=${clock} live="poll" poll-interval=${INTERVAL}>
        <connection-detail connection-id="p"></connection-detail>
      </connections-provider>
    `);
    const detail = provider.querySelector('connection-detail') as ConnectionDetail;
    await waitUntil(() => part(detail, 'advice'), 'no advice');
    expect(text(part(detail, 'advice'))).to.equal(
      'Wait. The connection finishes setting up on its own.',
    );
    api.calls.length = 0;
    api.change('p', { status: 'active' });
    await clock.advance(INTERVAL);
    await detail.updateComplete;
    expect(api.calls).to.deep.equal(['get:p']);
    expect(part(detail, 'advice'), 'active: nothing to do').to.equal(null);
    const badge = detail.shadowRoot!.querySelector('connection-status-badge')!;
    await badge.updateComplete;
    expect(text(part(badge, 'badge'))).to.equal('active');
    expect(text(part(badge, 'description'))).to.equal('Connected and working.');
  });

  it('two tabs: a revoke in one shows revoked in the other, with no request from the second', async () => {
    const channel = nextChannel();
    const clock = new ManualClock();
    const data = connections(3);
    const apiA = new ScriptedApi(data);
    const apiB = new ScriptedApi(data);
    const a = await mountTable(apiA, clock, channel);
    const b = await mountTable(apiB, clock, channel);
    const changesB: ConnectionStatusChangedEvent[] = [];
    b.provider.addEventListener('connection-status-changed', (e) => changesB.push(e));
    apiB.calls.length = 0;

    await clock.advance(1);
    await a.provider.store!.revoke('c2');
    await waitUntil(() => statusIn(rowOf(b.table, 'App 2')) === 'revoked', 'tab B never heard');
    expect(apiB.calls, 'no request from the second tab').to.deep.equal([]);
    expect(changesB.map((e) => [e.detail.source, e.detail.previousStatus])).to.deep.equal([
      ['other-tab', 'active'],
    ]);
    expect(toastTitles(b.provider), 'the user made it: not announced').to.deep.equal([]);
  });

  it('a message older than the last write is ignored, a newer one applied; another scope never', async () => {
    const channel = nextChannel();
    const clock = new ManualClock();
    const api = new ScriptedApi(connections(2));
    const { table } = await mountTable(api, clock, channel);
    const sender = new BroadcastChannel(channel);
    const scope = ' ';
    const post = (message: TabMessage | Record<string, unknown>) => sender.postMessage(message);
    const revoked: Connection = { ...connection('c0'), status: 'revoked', refreshable: false };
    revoked.app = { key: 'app0', name: 'App 0' };
    try {
      post({ scope, at: clock.now() - 60_000, connection: revoked });
      post({ scope: 'https://other.example acme', at: clock.now() + 1, connection: revoked });
      post({ scope, at: clock.now() + 1, connection: { ...revoked, id: 42 } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(statusIn(rowOf(table, 'App 0')), 'older, other scope, malformed').to.equal('active');
      post({ scope, at: clock.now() + 1, connection: revoked });
      await waitUntil(() => statusIn(rowOf(table, 'App 0')) === 'revoked', 'newer not applied');
    } finally {
      sender.close();
    }
  });

  it('when another tab revokes the connection shown, focus leaves the vanished Revoke for the heading', async () => {
    const channel = nextChannel();
    const clock = new ManualClock();
    const data = [connection('c0', { app: { key: 'slack', name: 'Slack' } })];
    const apiB = new ScriptedApi(data);
    const provider = await fixture<ConnectionsProvider>(html`
      <connections-provider .api=${apiB} .clock=${clock} sync-channel=${channel}>
        <connection-detail connection-id="c0"></connection-detail>
      </connections-provider>
    `);
    const detail = provider.querySelector('connection-detail') as ConnectionDetail;
    await waitUntil(() => part(detail, 'revoke-button'), 'no Revoke');
    part(detail, 'revoke-button')!.focus();
    const other = new BroadcastChannel(channel);
    try {
      other.postMessage({
        scope: ' ',
        at: clock.now() + 1,
        connection: { ...data[0], status: 'revoked', refreshable: false },
      });
      await waitUntil(() => !part(detail, 'revoke-button'), 'Revoke still there');
      await detail.updateComplete;
      expect(deepActiveElement()).to.equal(part(detail, 'app-name'));
    } finally {
      other.close();
    }
  });
});
