/**
 * The detail and a host-opened revoke dialog against the races 0.1 got wrong: a revoke asked while a
 * refresh of the same connection runs must not borrow the refresh's result, and an answer about
 * another connection is an `invalid-response` failure, reported as such, that changes no row.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Connection } from '../../../src/api/types.js';
import type { ConnectionDetail } from '../../../src/elements/detail/connection-detail.js';
import type { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import type { RevokeDialog } from '../../../src/elements/revoke-dialog/revoke-dialog.js';
import type {
  ConnectionRefreshFailedEvent,
  ConnectionRevokedEvent,
  ConnectionRevokeFailedEvent,
  ConnectionsLoadFailedEvent,
} from '../../../src/events.js';
import { part, text } from '../../helpers/dom.js';
import type { TestToaster } from '../test-toaster.js';
import { dialogOf, mount, mountLoaded, slack, SpyApi } from './helpers.js';
import { waitUntil } from '../../helpers/wait-until.js';

const INVALID = 'The server sent an answer this page cannot read. Try again later.';

/** A SpyApi whose calls of one method wait until the test lets them go. */
class GatedApi extends SpyApi {
  private gate?: Promise<void>;
  private open?: () => void;

  holdRefresh(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
  }

  override async refreshConnection(id: string) {
    const answer = super.refreshConnection(id);
    await this.gate;
    return answer;
  }
}

/** A SpyApi that answers every call about `id` with the connection `other` instead. */
class WrongIdApi extends SpyApi {
  constructor(
    private readonly other: string,
    private readonly methods: ('get' | 'refresh' | 'revoke')[],
  ) {
    // No push: a row must change only by what the answers say.
    super({ connections: [slack(), slack({ id: other, label: 'Other' })], push: false });
  }
  private swap(method: 'get' | 'refresh' | 'revoke', c: Connection): Connection {
    return this.methods.includes(method) ? { ...c, id: this.other } : c;
  }
  override async getConnection(id: string) {
    return this.swap('get', await super.getConnection(id));
  }
  override async refreshConnection(id: string) {
    return this.swap('refresh', await super.refreshConnection(id));
  }
  override async revokeConnection(id: string) {
    return this.swap('revoke', await super.revokeConnection(id));
  }
}

describe('connection-detail and revoke-dialog races', () => {
  describe('a revoke asked while a refresh runs', () => {
    it('waits for the refresh, then revokes: "Connection revoked" only once it is revoked', async () => {
      const api = new GatedApi({ connections: [slack()] });
      const provider = await fixture<ConnectionsProvider>(html`
        <connections-provider .api=${api}>
          <test-toaster>
            <connection-detail connection-id="c1"></connection-detail>
            <revoke-dialog></revoke-dialog>
          </test-toaster>
        </connections-provider>
      `);
      const toaster = provider.querySelector('test-toaster') as TestToaster;
      const detail = provider.querySelector('connection-detail') as ConnectionDetail;
      const dialog = provider.querySelector('revoke-dialog') as RevokeDialog;
      await waitUntil(() => part(detail, 'refresh-button'), 'the detail never loaded');
      const revokedEvents: ConnectionRevokedEvent[] = [];
      provider.addEventListener('connection-revoked', (e) => revokedEvents.push(e));

      api.holdRefresh();
      part(detail, 'refresh-button')!.click();
      await waitUntil(() => api.count('refresh:') === 1, 'no refresh');

      // The host opens its own dialog for the same connection and confirms.
      dialog.connection = provider.store!.state.connections.get('c1');
      dialog.show();
      await dialog.updateComplete;
      part(dialog, 'confirm')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(api.count('revoke:'), 'the revoke waits for the refresh').to.equal(0);
      expect(revokedEvents.length).to.equal(0);
      expect(toaster.calls.map((t) => t.title)).to.deep.equal([]);

      const revoked = oneEvent(provider, 'connection-revoked');
      api.release();
      const event = await revoked;
      expect(api.count('revoke:')).to.equal(1);
      expect(event.detail.connection.status).to.equal('revoked');
      expect(provider.store!.state.connections.get('c1')!.status).to.equal('revoked');
      expect(toaster.calls.map((t) => t.title)).to.deep.equal([
        'Connection refreshed.',
        'Connection revoked',
      ]);
      expect(revokedEvents.length).to.equal(1);
    });
  });

  describe('an answer about another connection', () => {
    it('a load answered with another connection shows the error with Retry', async () => {
      const api = new WrongIdApi('c2', ['get']);
      const failures: ConnectionsLoadFailedEvent[] = [];
      const onFailed = (e: ConnectionsLoadFailedEvent) => failures.push(e);
      document.addEventListener('connections-load-failed', onFailed);
      try {
        const { provider, detail } = await mountLoaded(api);
        const error = part(detail, 'error');
        expect(error, 'the detail stays on its placeholder').not.to.equal(null);
        expect(text(error!.querySelector('p'))).to.equal(
          `This connection could not be loaded. ${INVALID}`,
        );
        expect(text(part(detail, 'retry'))).to.equal('Retry');
        expect(provider.store!.state.connections.has('c2')).to.equal(false);
        expect(failures.map((e) => e.detail.error.kind)).to.deep.equal(['invalid-response']);
        await expect(detail).to.be.accessible();
      } finally {
        document.removeEventListener('connections-load-failed', onFailed);
      }
    });

    it('a refresh answered with another connection: failure toast and event, no row changed', async () => {
      const api = new WrongIdApi('c2', ['refresh']);
      const { provider, toaster, detail } = await mountLoaded(api);
      const failed = oneEvent(
        detail,
        'connection-refresh-failed',
      ) as Promise<ConnectionRefreshFailedEvent>;
      part(detail, 'refresh-button')!.click();
      const event = await failed;
      expect(event.detail.error.kind).to.equal('invalid-response');
      expect(event.detail.connection.id).to.equal('c1');
      expect(toaster.calls).to.deep.equal([
        {
          variant: 'error',
          title: 'Failed to refresh connection',
          detail: 'You may need to reconnect.',
        },
      ]);
      expect([...provider.store!.state.connections.keys()]).to.deep.equal(['c1']);
    });

    it('a revoke answered with another connection: the dialog says why, the event carries it', async () => {
      const api = new WrongIdApi('c2', ['revoke']);
      const { provider, detail } = await mount(api);
      await waitUntil(() => part(detail, 'revoke-button'), 'the detail never loaded');
      part(detail, 'revoke-button')!.click();
      const dialog = dialogOf(detail);
      await dialog.updateComplete;
      const failed = oneEvent(
        detail,
        'connection-revoke-failed',
      ) as Promise<ConnectionRevokeFailedEvent>;
      part(dialog, 'confirm')!.click();
      const event = await failed;
      expect(event.detail.error.kind).to.equal('invalid-response');
      expect(text(part(dialog, 'error'))).to.equal(
        `The connection could not be revoked. ${INVALID}`,
      );
      expect(provider.store!.state.connections.get('c1')!.status).to.equal('error');
      expect([...provider.store!.state.connections.keys()]).to.deep.equal(['c1']);
    });
  });
});
