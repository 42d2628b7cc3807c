import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Connection } from '../../../src/api/types.js';
import { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import { RevokeDialog } from '../../../src/elements/revoke-dialog/revoke-dialog.js';
import { deepActiveElement } from '../../../src/utils/focus.js';
import type {
  ConnectionRevokeCancelledEvent,
  ConnectionRevokedEvent,
  ConnectionRevokeFailedEvent,
  ConnectionStatusChangedEvent,
} from '../../../src/events.js';
import { part, text } from '../../helpers/dom.js';
import { connection, FakeApi, settle } from '../../state/fake-api.js';
import type { TestToaster } from '../test-toaster.js';
import '../test-toaster.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
RevokeDialog.define('revoke-dialog');

const TITLE = 'Revoke this connection?';
const DESCRIPTION =
  'Workflows that depend on this credential will pause until you (or another team member) reconnect it. You can reconnect at any time from this page or from a future request email.';

interface Mounted {
  toaster: TestToaster;
  provider: ConnectionsProvider;
  dialog: RevokeDialog;
  opener: HTMLButtonElement;
  api: FakeApi;
  conn: Connection;
}

/** A host page: a toaster, a provider, an opener button and the dialog for connection c1. */
async function mount(conn: Connection = connection('c1')): Promise<Mounted> {
  const api = new FakeApi();
  // The recording toaster sits inside the provider, so it is nearer than the provider's own region.
  const provider = await fixture<ConnectionsProvider>(
    html`<connections-provider .api=${api}>
      <test-toaster>
        <button id="opener" type="button">Open</button>
        <revoke-dialog .connection=${conn}></revoke-dialog>
      </test-toaster>
    </connections-provider>`,
  );
  const toaster = provider.querySelector('test-toaster') as TestToaster;
  const dialog = toaster.querySelector('revoke-dialog') as RevokeDialog;
  const opener = toaster.querySelector('#opener') as HTMLButtonElement;
  await dialog.updateComplete;
  return { toaster, provider, dialog, opener, api, conn };
}

/** Opens the dialog the way a host does: focus on its own button, then show(). */
async function open(m: Mounted): Promise<void> {
  m.opener.focus();
  m.dialog.show();
  await m.dialog.updateComplete;
}

const native = (dialog: RevokeDialog) => part<HTMLDialogElement>(dialog, 'dialog')!;

describe('revoke-dialog', () => {
  describe('rendering', () => {
    it('is closed until shown', async () => {
      const { dialog } = await mount();
      expect(dialog.open).to.equal(false);
      expect(native(dialog).open).to.equal(false);
      expect(dialog.hasAttribute('open')).to.equal(false);
    });

    it('opens as a modal alertdialog named by its title and described verbatim', async () => {
      const m = await mount();
      await open(m);
      const box = native(m.dialog);
      expect(box.open).to.equal(true);
      expect(box.matches(':modal')).to.equal(true);
      expect(m.dialog.hasAttribute('open')).to.equal(true);
      expect(box.getAttribute('role')).to.equal('alertdialog');
      const title = m.dialog.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal(TITLE);
      expect(title!.getAttribute('part')).to.equal('title');
      const description = m.dialog.shadowRoot!.getElementById(
        box.getAttribute('aria-describedby')!,
      );
      expect(text(description)).to.equal(DESCRIPTION);
      expect(text(part(m.dialog, 'confirm'))).to.equal('Revoke connection');
      expect(text(part(m.dialog, 'cancel'))).to.equal('Keep connection');
      expect(part(m.dialog, 'confirm')!.classList.contains('button--danger')).to.equal(true);
    });

    it('puts focus on "Keep connection" when it opens', async () => {
      const m = await mount();
      await open(m);
      expect(deepActiveElement()).to.equal(part(m.dialog, 'cancel'));
    });

    it('makes the rest of the page inert while open', async () => {
      const m = await mount();
      await open(m);
      m.opener.focus();
      expect(deepActiveElement()).to.not.equal(m.opener);
    });

    it('opens when a host sets the open attribute', async () => {
      const m = await mount();
      m.dialog.setAttribute('open', '');
      await m.dialog.updateComplete;
      expect(native(m.dialog).open).to.equal(true);
      expect(deepActiveElement()).to.equal(part(m.dialog, 'cancel'));
    });
  });

  describe('events', () => {
    it('"Keep connection" closes with no request, fires connection-revoke-cancelled, returns focus', async () => {
      const m = await mount();
      await open(m);
      const cancelled = oneEvent(m.toaster, 'connection-revoke-cancelled');
      part(m.dialog, 'cancel')!.click();
      const event = (await cancelled) as ConnectionRevokeCancelledEvent;
      expect(event.detail.connection).to.equal(m.conn);
      expect(event.composed && event.bubbles).to.equal(true);
      await m.dialog.updateComplete;
      expect(native(m.dialog).open).to.equal(false);
      expect(m.dialog.open).to.equal(false);
      expect(m.api.calls).to.have.length(0);
      expect(m.toaster.calls).to.have.length(0);
      expect(deepActiveElement()).to.equal(m.opener);
    });

    it('Escape closes with no request, fires connection-revoke-cancelled, returns focus', async () => {
      const m = await mount();
      await open(m);
      const cancelled = oneEvent(m.toaster, 'connection-revoke-cancelled');
      await sendKeys({ press: 'Escape' });
      const event = (await cancelled) as ConnectionRevokeCancelledEvent;
      expect(event.detail.connection).to.equal(m.conn);
      await m.dialog.updateComplete;
      expect(native(m.dialog).open).to.equal(false);
      expect(m.dialog.open).to.equal(false);
      expect(m.api.calls).to.have.length(0);
      expect(deepActiveElement()).to.equal(m.opener);
    });

    it('Enter right after opening keeps the connection (focus starts on "Keep connection"): no request', async () => {
      const m = await mount();
      await open(m);
      const cancelled = oneEvent(m.toaster, 'connection-revoke-cancelled');
      await sendKeys({ press: 'Enter' });
      await cancelled;
      await m.dialog.updateComplete;
      expect(native(m.dialog).open).to.equal(false);
      expect(m.api.calls).to.have.length(0);
      expect(m.toaster.calls).to.have.length(0);
      expect(deepActiveElement()).to.equal(m.opener);
    });

    it('Tab, then Enter on "Revoke connection", confirms through the store', async () => {
      const m = await mount();
      await open(m);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(part(m.dialog, 'confirm'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => m.api.calls.length === 1, 'no revoke request');
      expect(m.api.calls[0].method).to.equal('revokeConnection');
    });

    it('returns focus to the target the opener passes', async () => {
      const m = await mount();
      const target = document.createElement('button');
      m.toaster.append(target);
      m.dialog.show(target);
      await m.dialog.updateComplete;
      part(m.dialog, 'cancel')!.click();
      expect(deepActiveElement()).to.equal(target);
    });

    it('confirms through the store: one request even on a double click, busy meanwhile', async () => {
      const m = await mount();
      await open(m);
      const confirm = part<HTMLButtonElement>(m.dialog, 'confirm')!;
      confirm.click();
      confirm.click();
      m.dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
      await m.dialog.updateComplete;
      expect(m.api.callsOf('revokeConnection', 'c1')).to.have.length(1);
      expect(confirm.getAttribute('aria-busy')).to.equal('true');
      expect(confirm.disabled).to.equal(true);
      expect(text(confirm)).to.equal('Revoke connection');
      expect(part<HTMLButtonElement>(m.dialog, 'cancel')!.disabled).to.equal(true);

      // Escape while busy is ignored: the dialog stays, nothing is cancelled.
      let cancelled = 0;
      m.toaster.addEventListener('connection-revoke-cancelled', () => cancelled++);
      native(m.dialog).dispatchEvent(new Event('cancel', { cancelable: true }));
      await m.dialog.updateComplete;
      expect(native(m.dialog).open).to.equal(true);
      expect(cancelled).to.equal(0);

      const revoked = oneEvent(m.toaster, 'connection-revoked');
      const changed = oneEvent(m.toaster, 'connection-status-changed');
      const result = connection('c1', { status: 'revoked', refreshable: false });
      m.api.last('revokeConnection').resolve(result);
      const revokedEvent = (await revoked) as ConnectionRevokedEvent;
      const changedEvent = (await changed) as ConnectionStatusChangedEvent;
      expect(revokedEvent.detail.connection).to.deep.equal(result);
      expect(changedEvent.detail.connection).to.deep.equal(result);
      expect(changedEvent.detail.previousStatus).to.equal('active');
      expect(m.toaster.calls).to.deep.equal([
        {
          variant: 'success',
          title: 'Connection revoked',
          detail: 'Workflows using this connection will pause until reconnected.',
        },
      ]);
      await m.dialog.updateComplete;
      expect(native(m.dialog).open).to.equal(false);
      expect(m.provider.store!.state.connections.get('c1')!.status).to.equal('revoked');
      expect(m.api.callsOf('revokeConnection')).to.have.length(1);
      expect(cancelled).to.equal(0);
    });

    it('stays open with the reason inside when the revoke fails; nothing else changes', async () => {
      const m = await mount();
      await open(m);
      const stateBefore = m.provider.store!.state;
      part(m.dialog, 'confirm')!.click();
      await m.dialog.updateComplete;
      const failed = oneEvent(m.toaster, 'connection-revoke-failed');
      let revoked = 0;
      m.toaster.addEventListener('connection-revoked', () => revoked++);
      m.api.last('revokeConnection').fail('network');
      const event = (await failed) as ConnectionRevokeFailedEvent;
      expect(event.detail.connection).to.equal(m.conn);
      expect(event.detail.error.kind).to.equal('network');
      await m.dialog.updateComplete;

      expect(native(m.dialog).open).to.equal(true);
      expect(m.dialog.open).to.equal(true);
      const error = part(m.dialog, 'error')!;
      expect(text(error)).to.equal(
        'The connection could not be revoked. Check your internet connection and try again.',
      );
      expect(error.hasAttribute('role')).to.equal(false);
      expect(native(m.dialog).getAttribute('aria-describedby')).to.equal('description error');
      const confirm = part<HTMLButtonElement>(m.dialog, 'confirm')!;
      expect(confirm.getAttribute('aria-describedby')).to.equal('error');
      expect(confirm.disabled).to.equal(false);
      expect(confirm.getAttribute('aria-busy')).to.equal('false');
      expect(deepActiveElement()).to.equal(confirm);
      expect(m.toaster.calls).to.have.length(0);
      expect(revoked).to.equal(0);
      const stateAfter = m.provider.store!.state;
      expect(stateAfter.connections).to.equal(stateBefore.connections);
      expect(stateAfter.details).to.equal(stateBefore.details);
      expect(stateAfter.pending.size).to.equal(0);
    });

    it('clears the reason when opened again', async () => {
      const m = await mount();
      await open(m);
      part(m.dialog, 'confirm')!.click();
      await m.dialog.updateComplete;
      m.api.last('revokeConnection').fail('server');
      await waitUntil(() => part(m.dialog, 'error'));
      part(m.dialog, 'cancel')!.click();
      await open(m);
      expect(part(m.dialog, 'error')).to.equal(null);
    });

    it('fires nothing when the host closes or opens it', async () => {
      const m = await mount();
      const fired: string[] = [];
      for (const name of [
        'connection-revoke-cancelled',
        'connection-revoked',
        'connection-revoke-failed',
      ]) {
        m.toaster.addEventListener(name, () => fired.push(name));
      }
      await open(m);
      m.dialog.close();
      await m.dialog.updateComplete;
      await settle();
      expect(native(m.dialog).open).to.equal(false);
      expect(fired).to.deep.equal([]);
      expect(deepActiveElement()).to.equal(m.opener);
    });
  });

  describe('without a provider', () => {
    it('cannot confirm (there is no store to act with) but can be kept', async () => {
      const conn = connection('c1');
      const dialog = await fixture<RevokeDialog>(
        html`<revoke-dialog .connection=${conn}></revoke-dialog>`,
      );
      dialog.show();
      await dialog.updateComplete;
      expect(part<HTMLButtonElement>(dialog, 'confirm')!.disabled).to.equal(true);
      const cancelled = oneEvent(dialog, 'connection-revoke-cancelled');
      part(dialog, 'cancel')!.click();
      expect(((await cancelled) as ConnectionRevokeCancelledEvent).detail.connection).to.equal(
        conn,
      );
    });
  });

  describe('accessibility', () => {
    it('is accessible open', async () => {
      const m = await mount();
      await open(m);
      await expect(m.dialog).to.be.accessible();
    });

    it('is accessible while busy and after a failure', async () => {
      const m = await mount();
      await open(m);
      part(m.dialog, 'confirm')!.click();
      await m.dialog.updateComplete;
      await expect(m.dialog).to.be.accessible();
      m.api.last('revokeConnection').fail('server');
      await waitUntil(() => part(m.dialog, 'error'));
      await expect(m.dialog).to.be.accessible();
    });

    it('leaves the page usable when removed while open', async () => {
      const m = await mount();
      await open(m);
      m.dialog.remove();
      m.opener.focus();
      expect(deepActiveElement()).to.equal(m.opener);
    });
  });
});
