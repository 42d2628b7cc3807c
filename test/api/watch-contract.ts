/**
 * What every `watchConnections` of this package shares (ConnectionsApi.watchConnections in
 * src/api/types.ts), run against MemoryConnectionsApi and HttpConnectionsApi over a fake event
 * stream (the reference server's stream is not needed for it).
 */
import { expect } from '@open-wc/testing';
import type { Connection, ConnectionsApi } from '../../src/api/types.js';
import { clientView, createSeed } from '../../demo/server/seed.js';
import { expectApiError } from './assertions.js';
import { CONTRACT_KEYS } from './contract-suite.js';
import { receiver, until } from './fake-event-server.js';

export type RefusalKind = 'not-found' | 'forbidden' | 'unauthorized';

export interface WatchSubject {
  /** Over the `acme` seed. */
  api: ConnectionsApi;
  /**
   * Once a watch runs: the server changes a connection by `patch` and pushes it. Resolves with the
   * connection a watcher should receive.
   */
  change(id: string, patch: Partial<Connection>): Promise<Connection>;
  /** Makes the next watch fail that way: no push offered, or a session that is refused. */
  refuse(kind: RefusalKind): void;
}

export type MakeWatchSubject = () => WatchSubject;

/** Lets whatever was pushed arrive (a microtask, or a stream read). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** `id` of the acme seed, as a client sees it, with `patch`. */
export function seeded(id: string, patch: Partial<Connection> = {}): Connection {
  const connection = clientView(createSeed().acme).connections.find((c) => c.id === id);
  if (!connection) throw new Error(`No ${id} in the seed.`);
  return { ...connection, ...patch } as Connection;
}

export function describeWatchContract(name: string, makeSubject: MakeWatchSubject) {
  describe(`${name} (the watchConnections contract)`, () => {
    it('hands over each change as a validated Connection with the contract’s fields only', async () => {
      const { api, change } = makeSubject();
      const controller = new AbortController();
      const { received, onConnection } = receiver();
      const watching = api.watchConnections!({ signal: controller.signal, onConnection });
      const first = await change('conn_slack_01', { status: 'pending' });
      const second = await change('conn_hubspot_01', { label: 'Renamed', status: 'error' });
      await until(() => received.length === 2, 'two connections');
      expect(received).to.deep.equal([first, second]);
      expect(received[0].status).to.equal('pending');
      for (const c of received) expect(Object.keys(c).sort()).to.deep.equal(CONTRACT_KEYS);
      controller.abort();
      await watching;
    });

    it('resolves when the signal aborts, and hears nothing after', async () => {
      const { api, change } = makeSubject();
      const controller = new AbortController();
      const { received, onConnection } = receiver();
      const watching = api.watchConnections!({ signal: controller.signal, onConnection });
      await change('conn_slack_01', { status: 'pending' });
      await until(() => received.length === 1, 'a connection');
      controller.abort();
      expect(await watching).to.equal(undefined);
      await change('conn_slack_01', { status: 'active' });
      await settle();
      expect(received).to.have.length(1);
    });

    it('resolves at once for a signal that is already aborted', async () => {
      const { api } = makeSubject();
      const controller = new AbortController();
      controller.abort();
      const { received, onConnection } = receiver();
      expect(await api.watchConnections!({ signal: controller.signal, onConnection })).to.equal(
        undefined,
      );
      expect(received).to.deep.equal([]);
    });

    for (const kind of ['not-found', 'forbidden', 'unauthorized'] as const) {
      it(`rejects at once with '${kind}' when ${kind === 'not-found' ? 'push is not offered' : 'the session is refused'}`, async () => {
        const { api, refuse } = makeSubject();
        refuse(kind);
        const { onConnection } = receiver();
        const controller = new AbortController();
        await expectApiError(
          api.watchConnections!({ signal: controller.signal, onConnection }),
          kind,
        );
      });
    }
  });
}
