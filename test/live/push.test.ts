/**
 * Server push through the whole chain: the portal over HTTP against the reference server's event
 * stream. A server-side change appears with `source: 'push'` and no poll runs while the stream is
 * up; when the stream is not offered, polling takes over; a dropped stream reconnects with
 * Last-Event-ID.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ConnectionsPortal } from '../../src/elements/portal/connections-portal.js';
import type { ConnectionStatusChangedEvent } from '../../src/events.js';
import { shadowQueryAll, text } from '../helpers/dom.js';
import { ManualClock } from '../helpers/manual-clock.js';
import {
  createWorkspace,
  dropStreams,
  expireConnection,
  requestLog,
  setStreamOffered,
  settleConnection,
  streamState,
} from '../api/reference-control.js';
import { page } from './live-kit.js';
import { waitUntil } from '../helpers/wait-until.js';

const INTERVAL = 2000;

async function mountPortal(workspaceId: string, clock: ManualClock) {
  const portal = await fixture<ConnectionsPortal>(html`
    <connections-portal
      routing="none"
      api-base-url="/api"
      workspace-id=${workspaceId}
      sync-channel=${`push-test-${workspaceId}`}
      poll-interval=${INTERVAL}
      .clock=${clock}
    ></connections-portal>
  `);
  await waitUntil(() => rowStatus(portal, 'Google Drive') === 'pending', 'no Google Drive row');
  return portal;
}

function rowStatus(portal: Element, appName: string): string | undefined {
  const row = shadowQueryAll(portal, 'connections-table', '[part~="row"]').find(
    (r) => text(r.querySelector('.app-name')) === appName,
  );
  return text(row?.querySelector('[part~="badge"]') ?? null);
}

const listReads = async (ws: string) =>
  (await requestLog(ws)).filter((entry) => entry.method === 'GET' && entry.path === '/connections')
    .length;

describe('live updates: server push', () => {
  beforeEach(() => page.show());
  afterEach(() => page.restore());

  it('a change on the server appears with source "push"; no poll runs while the stream is up', async () => {
    const ws = await createWorkspace();
    const clock = new ManualClock();
    const portal = await mountPortal(ws, clock);
    await waitUntil(async () => (await streamState(ws)).open === 1, 'no stream opened');
    const changes: ConnectionStatusChangedEvent[] = [];
    portal.addEventListener('connection-status-changed', (e) => changes.push(e));
    const readsBefore = await listReads(ws);

    await clock.advance(INTERVAL * 3);
    expect(await listReads(ws), 'Drive is pending, but the stream is up: no poll').to.equal(
      readsBefore,
    );

    await settleConnection(ws, 'conn_drive_01');
    await waitUntil(() => rowStatus(portal, 'Google Drive') === 'active', 'the push never landed');
    expect(changes.map((e) => [e.detail.source, e.detail.previousStatus])).to.deep.equal([
      ['push', 'pending'],
    ]);
    const toasts = shadowQueryAll(portal, 'connections-toast-region', '[part~="toast-title"]');
    expect(toasts.map((t) => text(t))).to.deep.equal(['Google Drive is now active.']);
    portal.remove();
    await waitUntil(async () => (await streamState(ws)).open === 0, 'the stream stayed open');
  });

  it('when the stream is not offered, polling takes over', async () => {
    const ws = await createWorkspace();
    await setStreamOffered(ws, false);
    const clock = new ManualClock();
    const portal = await mountPortal(ws, clock);
    await waitUntil(
      async () => (await requestLog(ws)).some((e) => e.path === '/connection-events'),
      'push was never asked for',
    );
    const readsBefore = await listReads(ws);
    await settleConnection(ws, 'conn_drive_01');
    await clock.advance(INTERVAL);
    await waitUntil(() => rowStatus(portal, 'Google Drive') === 'active', 'polling never read it');
    expect(await listReads(ws)).to.equal(readsBefore + 1);
    const streamAsks = (await requestLog(ws)).filter((e) => e.path === '/connection-events');
    expect(streamAsks.length, 'not asked again').to.equal(1);
    portal.remove();
  });

  it('a dropped stream reconnects with Last-Event-ID and misses nothing', async () => {
    const ws = await createWorkspace();
    const clock = new ManualClock();
    const portal = await mountPortal(ws, clock);
    await waitUntil(async () => (await streamState(ws)).open === 1, 'no stream opened');
    await settleConnection(ws, 'conn_drive_01');
    await waitUntil(() => rowStatus(portal, 'Google Drive') === 'active', 'first push');
    const { lastEventId } = await streamState(ws);
    await dropStreams(ws);
    await expireConnection(ws, 'conn_drive_01');
    await waitUntil(
      async () =>
        (await requestLog(ws)).some(
          (e) => e.path === '/connection-events' && e.lastEventId === String(lastEventId),
        ),
      'no reconnect with Last-Event-ID',
      { timeout: 5000 },
    );
    await waitUntil(() => rowStatus(portal, 'Google Drive') === 'error', 'the missed change');
    portal.remove();
  });
});
