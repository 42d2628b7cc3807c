/**
 * Polling while a shown connection is pending, driven by a manual clock: it reads what is shown,
 * stops when nothing is pending, never runs while the page is hidden, backs off after failures,
 * and past 100 rows reads only the pending connections, by id.
 */
import { expect } from '@open-wc/testing';
import { liveUpdates, type LiveMode, type LiveUpdates } from '../../src/state/live-updates.js';
import { ConnectionsStore } from '../../src/state/store.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { connections, page, ScriptedApi } from './live-kit.js';

const INTERVAL = 5000;

async function setup(
  data = connections(3, ['c0']),
  options: { mode?: LiveMode; shows?: 'list' | string } = {},
) {
  page.show();
  const clock = new ManualClock();
  const api = new ScriptedApi(data);
  const store = new ConnectionsStore(api, { clock });
  const owner = {};
  if ((options.shows ?? 'list') === 'list') {
    await store.loadConnections();
    store.shown.set(owner, { list: true });
  } else {
    await store.getConnection(options.shows!);
    store.shown.set(owner, { id: options.shows! });
  }
  const live = liveUpdates(store, {
    live: options.mode ?? 'poll',
    pollInterval: INTERVAL,
    clock,
  });
  api.calls.length = 0;
  return { clock, api, store, live, owner };
}

describe('live updates: polling', () => {
  let live: LiveUpdates | undefined;
  afterEach(() => {
    live?.dispose();
    live = undefined;
    page.restore();
  });

  it('reads the list once per interval while a shown row is pending, then stops', async () => {
    const m = await setup();
    live = m.live;
    await m.clock.advance(INTERVAL - 1);
    expect(m.api.calls).to.deep.equal([]);
    await m.clock.advance(1);
    expect(m.api.calls).to.deep.equal(['list']);
    await m.clock.advance(INTERVAL);
    expect(m.api.count('list')).to.equal(2);

    m.api.change('c0', { status: 'active' });
    await m.clock.advance(INTERVAL);
    expect(m.store.state.connections.get('c0')!.status).to.equal('active');
    expect(m.store.state.list.status, 'never a placeholder').to.equal('ready');
    const before = m.api.calls.length;
    await m.clock.advance(INTERVAL * 5);
    expect(m.api.calls.length, 'nothing pending: no more reads').to.equal(before);
    expect(m.clock.pending).to.equal(0);
  });

  it('a page left open a minute with one pending connection: 12 reads visible, none hidden (the README figure)', async () => {
    const visible = await setup(connections(20, ['c5']));
    live = visible.live;
    await visible.clock.advance(60_000);
    expect(visible.api.calls.length).to.equal(12);
    live.dispose();

    const hidden = await setup(connections(20, ['c5']));
    live = hidden.live;
    page.hide();
    await hidden.clock.advance(60_000 - 1);
    expect(hidden.api.calls.length).to.equal(0);
  });

  it('reads only the connection when only a detail shows it', async () => {
    const m = await setup(connections(3, ['c1']), { shows: 'c1' });
    live = m.live;
    await m.clock.advance(INTERVAL);
    expect(m.api.calls).to.deep.equal(['get:c1']);
  });

  it('does not poll while nothing shown is pending, nor when live is off', async () => {
    const quiet = await setup(connections(3));
    live = quiet.live;
    await quiet.clock.advance(INTERVAL * 5);
    expect(quiet.api.calls).to.deep.equal([]);
    live.dispose();
    const off = await setup(connections(3, ['c0']), { mode: 'off' });
    live = off.live;
    await off.clock.advance(INTERVAL * 5);
    expect(off.api.calls).to.deep.equal([]);
  });

  it('never polls while the page is hidden, and reads at once on return when a poll was due', async () => {
    const m = await setup();
    live = m.live;
    await m.clock.advance(INTERVAL / 2);
    page.hide();
    await m.clock.advance(INTERVAL * 5);
    expect(m.api.calls, 'hidden: nothing').to.deep.equal([]);
    expect(m.clock.pending).to.equal(0);
    page.show();
    await m.clock.advance(0);
    expect(m.api.calls, 'one read at once').to.deep.equal(['list']);
    await m.clock.advance(INTERVAL - 1);
    expect(m.api.calls.length).to.equal(1);
  });

  it('after 60 s hidden, reads what is shown again even when nothing is pending', async () => {
    const m = await setup(connections(3));
    live = m.live;
    page.hide();
    await m.clock.advance(59_999);
    page.show();
    await m.clock.advance(0);
    expect(m.api.calls, 'under a minute: nothing').to.deep.equal([]);
    page.hide();
    await m.clock.advance(60_000);
    m.api.change('c2', { status: 'error' });
    page.show();
    await m.clock.advance(0);
    expect(m.api.calls).to.deep.equal(['list']);
    expect(m.store.state.connections.get('c2')!.status).to.equal('error');
  });

  it('waits twice as long after each failed read, up to 60 s, and returns to the interval after a success', async () => {
    const m = await setup();
    live = m.live;
    m.api.failing.list = 'server';
    const readsAt: number[] = [];
    const start = m.clock.now();
    for (let i = 0; i < 6; i += 1) {
      const before = m.api.calls.length;
      while (m.api.calls.length === before) await m.clock.advance(1000);
      readsAt.push((m.clock.now() - start) / 1000);
    }
    // 5, then +10, +20, +40, +60, +60 seconds.
    expect(readsAt).to.deep.equal([5, 15, 35, 75, 135, 195]);
    expect(m.store.state.list.status, 'a failed background read changes nothing').to.equal('ready');

    m.api.failing = {};
    await m.clock.advance(60_000);
    const after = m.api.calls.length;
    await m.clock.advance(INTERVAL);
    expect(m.api.calls.length, 'back to the interval').to.equal(after + 1);
  });

  it('past 100 rows reads only the pending ones by id, never the list, at most 10 per interval', async () => {
    const m = await setup(connections(150, ['c3', 'c70', 'c140']));
    live = m.live;
    await m.clock.advance(INTERVAL);
    expect([...m.api.calls].sort()).to.deep.equal(['get:c140', 'get:c3', 'get:c70']);
    await m.clock.advance(INTERVAL);
    expect(m.api.count('list')).to.equal(0);
    expect(m.api.calls.length).to.equal(6);
  });

  it('past 100 rows with 25 pending, reads 10 per interval and each in turn', async () => {
    const pending = Array.from({ length: 25 }, (_, i) => `c${i * 4}`);
    const m = await setup(connections(120, pending));
    live = m.live;
    await m.clock.advance(INTERVAL);
    expect(m.api.calls.length).to.equal(10);
    await m.clock.advance(INTERVAL * 2);
    expect(m.api.calls.length).to.equal(30);
    expect(new Set(m.api.calls).size, 'every pending one read').to.equal(25);
    expect(m.api.count('list')).to.equal(0);
  });

  it('a lost session during a background read is reported, other failures are not', async () => {
    const m = await setup();
    live = m.live;
    const errors: string[] = [];
    m.store.onError((error) => errors.push(error.kind));
    m.api.failing.list = 'server';
    await m.clock.advance(INTERVAL);
    expect(errors).to.deep.equal([]);
    m.api.failing.list = 'unauthorized';
    await m.clock.advance(INTERVAL * 2);
    expect(errors).to.deep.equal(['unauthorized']);
  });
});
