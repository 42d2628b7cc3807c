import { expect, html, oneEvent } from '@open-wc/testing';
import { styleMap } from 'lit/directives/style-map.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ConnectionStatus } from '../../../src/api/types.js';
import type { ConnectionDetail } from '../../../src/elements/detail/connection-detail.js';
import { deepActiveElement } from '../../../src/utils/focus.js';
import type {
  ConnectionRefreshedEvent,
  ConnectionRefreshFailedEvent,
  ConnectionRevokeCancelledEvent,
  ConnectionRevokedEvent,
  ConnectionRevokeFailedEvent,
  ConnectionsLoadFailedEvent,
  ConnectionStatusChangedEvent,
} from '../../../src/events.js';
import { formatDateTime } from '../../../src/i18n/format.js';
import { part, text } from '../../helpers/dom.js';
import { pressShiftTab } from '../../helpers/engines.js';
import { brokenWords } from '../../helpers/geometry.js';
import { connection, FakeApi, settle } from '../../state/fake-api.js';
import {
  badge,
  badgeText,
  dialogOf,
  mount,
  mountLoaded,
  OLD_REFRESH,
  slack,
  SpyApi,
  type TestRouter,
} from './helpers.js';
import { waitUntil } from '../../helpers/wait-until.js';

const CONTACT = 'Contact your agency if this integration needs to be reconnected.';
const REFRESHED_TOAST = { variant: 'success', title: 'Connection refreshed.' };
const REFRESH_FAILED_TOAST = {
  variant: 'error',
  title: 'Failed to refresh connection',
  detail: 'You may need to reconnect.',
};
const REVOKED_TOAST = {
  variant: 'success',
  title: 'Connection revoked',
  detail: 'Workflows using this connection will pause until reconnected.',
};

const ADVICE: Record<string, string | null> = {
  active: null,
  error: 'Refresh the credential, or revoke and reconnect.',
  pending: 'Wait. The connection finishes setting up on its own.',
  revoked: 'Reconnect from a request email if your agency sends a fresh one.',
  unknown: null,
};
const BADGE: Record<string, string> = {
  active: 'active Connected and working.',
  error: 'error Reconnection needed.',
  pending: 'pending Waiting for the first sync.',
  revoked: 'revoked This connection was revoked. Reconnect to keep workflows running.',
  unknown: 'unknown Status not recognised. Contact your agency if this persists.',
};

const dialogPart = (detail: ConnectionDetail, name: string) =>
  part<HTMLButtonElement>(dialogOf(detail), name);

/** Records the named events reaching `target`, in order. */
function record(target: EventTarget, names: string[]): Event[] {
  const events: Event[] = [];
  for (const name of names) target.addEventListener(name, (e) => events.push(e));
  return events;
}

const ACTION_EVENTS = [
  'connection-refreshed',
  'connection-refresh-failed',
  'connection-revoked',
  'connection-revoke-failed',
  'connection-revoke-cancelled',
  'connection-status-changed',
];

async function openDialog(detail: ConnectionDetail): Promise<void> {
  part(detail, 'revoke-button')!.click();
  await dialogOf(detail).updateComplete;
}

describe('connection-detail', () => {
  // Load failures can arrive before a test gets the element: listen on the document from the start.
  let loadFailures: ConnectionsLoadFailedEvent[] = [];
  const onLoadFailed = (e: ConnectionsLoadFailedEvent) => loadFailures.push(e);
  beforeEach(() => {
    loadFailures = [];
    document.addEventListener('connections-load-failed', onLoadFailed);
  });
  afterEach(() => document.removeEventListener('connections-load-failed', onLoadFailed));

  describe('rendering', () => {
    it('shows the app, the label, the badge with its description, the email and Last refreshed', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const heading = part(detail, 'app-name')!;
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal('Slack');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(text(part(detail, 'label'))).to.equal('Marketing');
      expect(badge(detail)!.status).to.equal('error');
      expect(badgeText(detail)).to.equal(BADGE.error);
      expect(text(part(detail, 'email'))).to.equal('ops@acme.test');
      const terms = [...part(detail, 'details')!.querySelectorAll('dt')].map((dt) => text(dt));
      expect(terms).to.deep.equal(['Label', 'External account email', 'Last refreshed']);
      const time = part(detail, 'last-refreshed')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(OLD_REFRESH);
      expect(text(time)).to.equal(formatDateTime(OLD_REFRESH, 'en'));
      expect(text(time)).to.not.equal('');
    });

    it('leaves out the email and Last refreshed when they are not available', async () => {
      const api = new SpyApi({
        connections: [slack({ externalAccountEmail: null, lastRefreshedAt: null })],
      });
      const { detail } = await mountLoaded(api);
      const terms = [...part(detail, 'details')!.querySelectorAll('dt')].map((dt) => text(dt));
      expect(terms).to.deep.equal(['Label']);
      expect(detail.shadowRoot!.querySelector('time')).to.equal(null);
    });

    for (const status of ['active', 'error', 'pending', 'revoked', 'unknown'] as const) {
      it(`shows the help page's words for ${status}, and is accessible`, async () => {
        const serverStatus = status === 'unknown' ? 'paused' : status;
        const api = new SpyApi({
          connections: [slack({ status: serverStatus, refreshable: status !== 'revoked' })],
        });
        const { detail } = await mountLoaded(api);
        expect(badgeText(detail)).to.equal(BADGE[status]);
        const advice = part(detail, 'advice');
        if (ADVICE[status]) expect(text(advice)).to.equal(ADVICE[status]);
        else expect(advice).to.equal(null);
        expect(!!part(detail, 'revoke-button')).to.equal(status !== 'revoked');
        await expect(detail).to.be.accessible();
      });
    }

    it('shows "needs_reauthorization" from the server as the neutral unknown badge (there is no such status)', async () => {
      const api = new SpyApi({ connections: [slack({ status: 'needs_reauthorization' })] });
      const { detail } = await mountLoaded(api);
      expect(badge(detail)!.shadowRoot!.querySelector('[part="badge"]')!.className).to.contain(
        'badge--unknown',
      );
      expect(badgeText(detail)).to.equal(BADGE.unknown);
      expect(detail.shadowRoot!.textContent).not.to.match(/reauthori[sz]/i);
      expect(part(detail, 'advice')).to.equal(null);
      await expect(detail).to.be.accessible();
    });

    it('names each action with its visible words first, then the app and label', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const refresh = part(detail, 'refresh-button')!;
      const revoke = part(detail, 'revoke-button')!;
      expect(text(refresh)).to.equal('Refresh credential Slack, Marketing');
      expect(text(revoke)).to.equal('Revoke Slack, Marketing');
      expect(text(refresh.querySelector('.visually-hidden'))).to.equal('Slack, Marketing');
    });

    it('puts Refresh credential and Revoke next to the status', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const status = part(detail, 'status')!;
      expect(status.contains(badge(detail))).to.equal(true);
      expect(status.contains(part(detail, 'refresh-button'))).to.equal(true);
      expect(status.contains(part(detail, 'revoke-button'))).to.equal(true);
    });

    it('reserves the space while loading, marked busy', async () => {
      const { detail } = await mount(new FakeApi());
      const loading = part(detail, 'loading')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(150);
      expect(text(loading)).to.equal('Loading connection…');
      await expect(detail).to.be.accessible();
    });

    it('loads again when connection-id changes', async () => {
      const api = new SpyApi({
        connections: [slack(), slack({ id: 'c2', app: { key: 'hubspot', name: 'HubSpot' } })],
      });
      const { detail } = await mountLoaded(api);
      detail.connectionId = 'c2';
      await waitUntil(() => text(part(detail, 'app-name')) === 'HubSpot');
      expect(api.calls).to.deep.equal(['get:c1', 'get:c2']);
    });

    it('loads again after a workspace change (the store resets)', async () => {
      const { provider, detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      provider.api = new SpyApi({ connections: [slack({ label: 'Sales' })] });
      await waitUntil(() => text(part(detail, 'label')) === 'Sales');
    });
  });

  describe('Refresh credential is missing (help page, Troubleshooting)', () => {
    it('shows the contact line instead when the connection cannot be refreshed', async () => {
      const { detail } = await mountLoaded(
        new SpyApi({ connections: [slack({ refreshable: false })] }),
      );
      expect(part(detail, 'refresh-button')).to.equal(null);
      expect(text(part(detail, 'contact-note'))).to.equal(CONTACT);
      expect(part(detail, 'status')!.contains(part(detail, 'contact-note'))).to.equal(true);
      expect(part(detail, 'revoke-button')).to.not.equal(null);
      await expect(detail).to.be.accessible();
    });

    it('shows the contact line and no Revoke once revoked ("I want to revoke but the button is gone")', async () => {
      const { detail } = await mountLoaded(
        new SpyApi({ connections: [slack({ status: 'revoked', refreshable: true })] }),
      );
      expect(part(detail, 'refresh-button')).to.equal(null);
      expect(part(detail, 'revoke-button')).to.equal(null);
      expect(text(part(detail, 'contact-note'))).to.equal(CONTACT);
      expect(badge(detail)!.status).to.equal('revoked');
    });

    it('shows Refresh credential when the connection can be refreshed', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      expect(part(detail, 'refresh-button')).to.not.equal(null);
      expect(part(detail, 'contact-note')).to.equal(null);
    });
  });

  describe('Refresh a credential (help page steps 2 and 3, Verify it worked)', () => {
    it('toasts "Connection refreshed.", reads active, updates Last refreshed, fires both events', async () => {
      const api = new SpyApi({ connections: [slack()] });
      const { toaster, detail, provider } = await mountLoaded(api);
      const events = record(toaster, ACTION_EVENTS);
      const refreshed = oneEvent(toaster, 'connection-refreshed');
      part(detail, 'refresh-button')!.click();
      await detail.updateComplete;
      const button = part<HTMLButtonElement>(detail, 'refresh-button')!;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.disabled).to.equal(true);
      expect(part<HTMLButtonElement>(detail, 'revoke-button')!.disabled).to.equal(true);

      const event = (await refreshed) as ConnectionRefreshedEvent;
      await detail.updateComplete;
      await badge(detail)!.updateComplete;
      expect(event.detail.connection.status).to.equal('active');
      expect(events.map((e) => e.type)).to.deep.equal([
        'connection-refreshed',
        'connection-status-changed',
      ]);
      const changed = events[1] as ConnectionStatusChangedEvent;
      expect(changed.detail.previousStatus).to.equal('error');
      expect(changed.detail.connection.status).to.equal('active');
      expect(toaster.calls).to.deep.equal([REFRESHED_TOAST]);
      expect(badgeText(detail)).to.equal(BADGE.active);
      expect(part(detail, 'advice')).to.equal(null);

      const datetime = part(detail, 'last-refreshed')!
        .querySelector('time')!
        .getAttribute('datetime')!;
      const stored = provider.store!.state.connections.get('c1')!.lastRefreshedAt!;
      expect(datetime).to.equal(new Date(stored).toISOString());
      expect(Date.parse(datetime)).to.be.greaterThan(Date.parse(OLD_REFRESH));
      expect(text(part(detail, 'last-refreshed'))).to.equal(formatDateTime(datetime, 'en'));
      // "the page reloads with the updated status": the connection was fetched again.
      expect(api.calls).to.deep.equal(['get:c1', 'refresh:c1', 'get:c1']);
      expect(button.getAttribute('aria-busy')).to.equal('false');
      expect(button.disabled).to.equal(false);
    });

    it('"Last refreshed shows the current time": the time of the refresh', async () => {
      const { toaster, detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const refreshed = oneEvent(toaster, 'connection-refreshed');
      const before = Date.now();
      part(detail, 'refresh-button')!.click();
      await refreshed;
      const after = Date.now();
      await detail.updateComplete;
      const time = part(detail, 'last-refreshed')!.querySelector('time')!;
      const shown = Date.parse(time.getAttribute('datetime')!);
      // Bracketed by the click and its answer (the display rounds to the minute, the datetime does not).
      expect(shown).to.be.within(before - 1000, after + 1000);
      expect(text(time)).to.equal(formatDateTime(new Date(shown).toISOString(), 'en'));
    });

    it('fires no connection-status-changed when the status stays active', async () => {
      const { toaster, detail } = await mountLoaded(
        new SpyApi({ connections: [slack({ status: 'active' })] }),
      );
      const events = record(toaster, ACTION_EVENTS);
      const refreshed = oneEvent(toaster, 'connection-refreshed');
      part(detail, 'refresh-button')!.click();
      await refreshed;
      await settle();
      expect(events.map((e) => e.type)).to.deep.equal(['connection-refreshed']);
    });

    it('sends one request on a double click', async () => {
      const api = new SpyApi({ connections: [slack()] });
      const { toaster, detail } = await mountLoaded(api);
      const refreshed = oneEvent(toaster, 'connection-refreshed');
      const button = part(detail, 'refresh-button')!;
      button.click();
      button.click();
      await detail.updateComplete;
      part(detail, 'refresh-button')!.click();
      await refreshed;
      await settle();
      expect(api.count('refresh:')).to.equal(1);
      expect(toaster.calls).to.deep.equal([REFRESHED_TOAST]);
    });

    it('gives focus back to the button after a refresh', async () => {
      const { toaster, detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const refreshed = oneEvent(toaster, 'connection-refreshed');
      part(detail, 'refresh-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await refreshed;
      await detail.updateComplete;
      expect(deepActiveElement()).to.equal(part(detail, 'refresh-button'));
    });
  });

  describe('A failed refresh (help page, "Refresh says You may need to reconnect.")', () => {
    it('toasts the exact words, fires connection-refresh-failed, and shows what the server says', async () => {
      const api = new SpyApi({ connections: [slack({ status: 'active', refreshFails: true })] });
      const { toaster, detail } = await mountLoaded(api);
      const events = record(toaster, ACTION_EVENTS);
      const failed = oneEvent(toaster, 'connection-refresh-failed');
      part(detail, 'refresh-button')!.click();
      const event = (await failed) as ConnectionRefreshFailedEvent;
      await detail.updateComplete;
      await badge(detail)!.updateComplete;
      expect(toaster.calls).to.deep.equal([REFRESH_FAILED_TOAST]);
      expect(event.detail.error.kind).to.equal('refresh-failed');
      expect(event.detail.connection.status).to.equal('error');
      expect(events.map((e) => e.type)).to.deep.equal([
        'connection-refresh-failed',
        'connection-status-changed',
      ]);
      expect((events[1] as ConnectionStatusChangedEvent).detail.previousStatus).to.equal('active');
      expect(badgeText(detail)).to.equal(BADGE.error);
      expect(text(part(detail, 'advice'))).to.equal(ADVICE.error);
      // Last refreshed did not move.
      expect(
        part(detail, 'last-refreshed')!.querySelector('time')!.getAttribute('datetime'),
      ).to.equal(OLD_REFRESH);
      await expect(detail).to.be.accessible();
    });

    it('toasts the failure for any other error kind too', async () => {
      const api = new SpyApi({
        connections: [slack()],
        failures: { refreshConnection: 'network' },
      });
      const { toaster, detail } = await mountLoaded(api);
      const failed = oneEvent(toaster, 'connection-refresh-failed');
      part(detail, 'refresh-button')!.click();
      const event = (await failed) as ConnectionRefreshFailedEvent;
      expect(event.detail.error.kind).to.equal('network');
      expect(toaster.calls).to.deep.equal([REFRESH_FAILED_TOAST]);
    });
  });

  describe('Revoke a connection (help page steps 1 to 3)', () => {
    it('opens "Revoke this connection?" with focus on "Keep connection"', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      await openDialog(detail);
      const box = dialogPart(detail, 'dialog') as unknown as HTMLDialogElement;
      expect(box.open).to.equal(true);
      expect(box.getAttribute('role')).to.equal('alertdialog');
      expect(text(dialogPart(detail, 'title'))).to.equal('Revoke this connection?');
      expect(text(dialogPart(detail, 'description'))).to.equal(
        'Workflows that depend on this credential will pause until you (or another team member) reconnect it. You can reconnect at any time from this page or from a future request email.',
      );
      expect(deepActiveElement()).to.equal(dialogPart(detail, 'cancel'));
      await expect(detail).to.be.accessible();
    });

    for (const how of ['Keep connection', 'Escape'] as const) {
      it(`${how} backs out: no request, connection-revoke-cancelled, focus back on Revoke, nothing changes`, async () => {
        const api = new SpyApi({ connections: [slack()] });
        const { toaster, detail, provider } = await mountLoaded(api);
        const before = provider.store!.state.connections;
        const events = record(toaster, ACTION_EVENTS);
        part(detail, 'revoke-button')!.focus();
        await openDialog(detail);
        const cancelled = oneEvent(toaster, 'connection-revoke-cancelled');
        if (how === 'Escape') await sendKeys({ press: 'Escape' });
        else dialogPart(detail, 'cancel')!.click();
        const event = (await cancelled) as ConnectionRevokeCancelledEvent;
        expect(event.detail.connection.id).to.equal('c1');
        await detail.updateComplete;
        expect((dialogPart(detail, 'dialog') as unknown as HTMLDialogElement).open).to.equal(false);
        expect(deepActiveElement()).to.equal(part(detail, 'revoke-button'));
        expect(api.count('revoke:')).to.equal(0);
        expect(events.map((e) => e.type)).to.deep.equal(['connection-revoke-cancelled']);
        expect(toaster.calls).to.deep.equal([]);
        expect(provider.store!.state.connections).to.equal(before);
        expect(badgeText(detail)).to.equal(BADGE.error);
      });
    }

    it('confirms with one request even on a double click; reads revoked; Revoke and Refresh are gone', async () => {
      const api = new SpyApi({ connections: [slack()] });
      const { toaster, detail, provider } = await mountLoaded(api);
      const events = record(toaster, ACTION_EVENTS);
      await openDialog(detail);
      const revoked = oneEvent(toaster, 'connection-revoked');
      const confirm = dialogPart(detail, 'confirm')!;
      confirm.click();
      confirm.click();
      await dialogOf(detail).updateComplete;
      expect(confirm.getAttribute('aria-busy')).to.equal('true');
      expect(confirm.disabled).to.equal(true);
      expect(text(confirm)).to.equal('Revoke connection');
      const event = (await revoked) as ConnectionRevokedEvent;
      await detail.updateComplete;
      await badge(detail)!.updateComplete;

      expect(api.count('revoke:')).to.equal(1);
      expect(event.detail.connection.status).to.equal('revoked');
      expect(events.map((e) => e.type)).to.deep.equal([
        'connection-revoked',
        'connection-status-changed',
      ]);
      expect((events[1] as ConnectionStatusChangedEvent).detail.previousStatus).to.equal('error');
      expect(toaster.calls).to.deep.equal([REVOKED_TOAST]);
      expect((dialogPart(detail, 'dialog') as unknown as HTMLDialogElement).open).to.equal(false);
      expect(badgeText(detail)).to.equal(BADGE.revoked);
      expect(part(detail, 'revoke-button')).to.equal(null);
      expect(part(detail, 'refresh-button')).to.equal(null);
      expect(text(part(detail, 'contact-note'))).to.equal(CONTACT);
      expect(text(part(detail, 'advice'))).to.equal(ADVICE.revoked);
      expect(deepActiveElement()).to.equal(part(detail, 'app-name'));
      // "Back on the Connections list, the Status column reflects the same value": one store.
      expect(provider.store!.state.connections.get('c1')!.status).to.equal('revoked');
      await expect(detail).to.be.accessible();
    });

    it('keeps the dialog open with the reason when the revoke fails; nothing else changes', async () => {
      const api = new SpyApi({ connections: [slack()], failures: { revokeConnection: 'server' } });
      const { toaster, detail, provider } = await mountLoaded(api);
      const before = provider.store!.state.connections;
      const events = record(toaster, ACTION_EVENTS);
      await openDialog(detail);
      const failed = oneEvent(toaster, 'connection-revoke-failed');
      dialogPart(detail, 'confirm')!.click();
      const event = (await failed) as ConnectionRevokeFailedEvent;
      await dialogOf(detail).updateComplete;
      expect(event.detail.error.kind).to.equal('server');
      expect(event.detail.connection.id).to.equal('c1');
      expect((dialogPart(detail, 'dialog') as unknown as HTMLDialogElement).open).to.equal(true);
      expect(text(dialogPart(detail, 'error'))).to.equal(
        'The connection could not be revoked. The server had a problem. Try again in a moment.',
      );
      expect(events.map((e) => e.type)).to.deep.equal(['connection-revoke-failed']);
      expect(toaster.calls).to.deep.equal([]);
      expect(provider.store!.state.connections).to.equal(before);
      expect(badgeText(detail)).to.equal(BADGE.error);
      expect(part(detail, 'revoke-button')).to.not.equal(null);
      await expect(detail).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    it('Tab to Revoke, Enter opens, Escape cancels, Enter again, Tab to "Revoke connection", Enter confirms', async () => {
      const api = new SpyApi({ connections: [slack()] });
      const { toaster, detail } = await mountLoaded(api);
      part(detail, 'back-link')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(part(detail, 'refresh-button'));
      await sendKeys({ press: 'Tab' });
      const revoke = part(detail, 'revoke-button')!;
      expect(deepActiveElement()).to.equal(revoke);

      // Each key is followed by a wait for where focus must land (the dialog opens and closes
      // on its next update, which a loaded machine may run after sendKeys returns).
      const focusOn = (target: Element, what: string) =>
        waitUntil(() => deepActiveElement() === target, `focus is not on ${what}`);
      await sendKeys({ press: 'Enter' });
      await focusOn(dialogPart(detail, 'cancel')!, 'Keep connection');
      await sendKeys({ press: 'Escape' });
      await focusOn(revoke, 'Revoke after Escape');

      await sendKeys({ press: 'Enter' });
      await focusOn(dialogPart(detail, 'cancel')!, 'Keep connection, opened again');
      await sendKeys({ press: 'Tab' });
      await focusOn(dialogPart(detail, 'confirm')!, 'Revoke connection');
      await pressShiftTab();
      await focusOn(dialogPart(detail, 'cancel')!, 'Keep connection after Shift+Tab');
      await sendKeys({ press: 'Tab' });
      await focusOn(dialogPart(detail, 'confirm')!, 'Revoke connection again');
      const revoked = oneEvent(toaster, 'connection-revoked');
      await sendKeys({ press: 'Enter' });
      await revoked;
      await detail.updateComplete;
      await badge(detail)!.updateComplete;
      expect(api.count('revoke:')).to.equal(1);
      expect(badgeText(detail)).to.equal(BADGE.revoked);
      expect(deepActiveElement()).to.equal(part(detail, 'app-name'));
    });
  });

  describe('not found and load errors', () => {
    it('says "Connection not found", offers the way back, and fires connections-load-failed once', async () => {
      const api = new SpyApi({ connections: [slack()] });
      const events = loadFailures;
      const { detail } = await mount(api, 'missing');
      await waitUntil(() => part(detail, 'not-found'));
      expect(text(part(detail, 'not-found'))).to.equal(
        'Connection not found It may have been removed, or it belongs to another workspace.',
      );
      expect(text(part(detail, 'back-link'))).to.equal('Back to Connections');
      expect(part(detail, 'app-name')).to.equal(null);
      detail.requestUpdate();
      await detail.updateComplete;
      await settle();
      expect(events).to.have.length(1);
      expect(events[0].detail.error.kind).to.equal('not-found');
      await expect(detail).to.be.accessible();
    });

    it('says why a load failed, retries, and fires connections-load-failed once per failure', async () => {
      const api = new SpyApi({ connections: [slack()], failures: { getConnection: 'server' } });
      const events = loadFailures;
      const { detail } = await mount(api);
      await waitUntil(() => part(detail, 'error'));
      expect(text(part(detail, 'error')!.querySelector('p'))).to.equal(
        'This connection could not be loaded. The server had a problem. Try again in a moment.',
      );
      expect(part(detail, 'error')!.hasAttribute('role')).to.equal(false);
      expect(text(part(detail, 'retry'))).to.equal('Retry');
      await expect(detail).to.be.accessible();
      detail.requestUpdate();
      await detail.updateComplete;
      expect(events).to.have.length(1);

      // A second failure is reported again.
      part(detail, 'retry')!.click();
      await waitUntil(() => events.length === 2);
      expect(events[1].detail.error.kind).to.equal('server');

      api.failures = {};
      part(detail, 'retry')!.focus();
      part(detail, 'retry')!.click();
      await waitUntil(() => part(detail, 'app-name'));
      await detail.updateComplete;
      expect(api.count('get:')).to.equal(3);
      expect(events).to.have.length(2);
      expect(deepActiveElement()).to.equal(part(detail, 'app-name'));
    });
  });

  describe('the way back to Connections', () => {
    it('links to base-path without a router', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const link = part<HTMLAnchorElement>(detail, 'back-link')!;
      expect(link.getAttribute('href')).to.equal('/portal/connections');
      detail.basePath = '/clients/acme/connections/';
      await detail.updateComplete;
      expect(link.getAttribute('href')).to.equal('/clients/acme/connections');
    });

    it('without a router, asks with connections-back and lets the link go unless prevented', async () => {
      const { detail } = await mountLoaded(new SpyApi({ connections: [slack()] }));
      const link = part<HTMLAnchorElement>(detail, 'back-link')!;
      const asked: string[] = [];
      let cancel = false;
      detail.addEventListener('connections-back', (e) => {
        asked.push(e.detail.connectionId);
        if (cancel) e.preventDefault();
      });
      // The page's own navigation is stopped above the detail, after what the detail decided.
      const reached: boolean[] = [];
      const stop = (e: Event) => {
        reached.push(e.defaultPrevented);
        e.preventDefault();
      };
      detail.parentElement!.addEventListener('click', stop);
      const click = () =>
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
        );
      click();
      cancel = true;
      click();
      detail.parentElement!.removeEventListener('click', stop);
      expect(asked).to.deep.equal(['c1', 'c1']);
      expect(reached).to.deep.equal([false, true]);
    });

    it('uses the router: its href, navigate(null) on a plain click, the browser on a modified one', async () => {
      const api = new SpyApi({ connections: [slack()] });
      const { detail } = await mount(
        api,
        'c1',
        (inner) => html`<test-router>${inner}</test-router>`,
      );
      await waitUntil(() => part(detail, 'back-link'));
      const router = detail.closest('test-router') as TestRouter;
      const link = part<HTMLAnchorElement>(detail, 'back-link')!;
      expect(link.getAttribute('href')).to.equal('/app/connections');

      // Whatever reaches the page is stopped there, so the test page never navigates.
      const reached: boolean[] = [];
      const stop = (e: Event) => {
        reached.push(e.defaultPrevented);
        e.preventDefault();
      };
      router.addEventListener('click', stop);
      link.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
      );
      link.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );
      router.removeEventListener('click', stop);
      expect(router.navigations).to.deep.equal([null]);
      expect(reached).to.deep.equal([true, false]);
    });
  });

  describe('layout', () => {
    const LONG_LABEL =
      'Marketing operations shared workspace for the EMEA, North America and Asia-Pacific regional ' +
      'teams (quarterly campaign reporting, leads and attribution)';

    /** The detail in a column `width` wide, in the demo's font, once the connection is shown. */
    async function mountIn(width: string, overrides: Parameters<typeof slack>[0] = {}) {
      const column = { inlineSize: width, fontFamily: 'system-ui, sans-serif' };
      const m = await mount(
        new SpyApi({ connections: [slack(overrides)] }),
        'c1',
        (inner) => html`<div style=${styleMap(column)}>${inner}</div>`,
      );
      await waitUntil(() => part(m.detail, 'app-name'), 'the detail never loaded');
      await badge(m.detail)!.updateComplete;
      return m.detail;
    }

    it('on a phone-wide column (262px), puts each fact under its name: no word of the label broken', async () => {
      const detail = await mountIn('262px', {
        label: LONG_LABEL,
        externalAccountEmail: 'marketing-operations-emea@acme.example',
      });
      const label = part(detail, 'label')!;
      expect(text(label)).to.equal(LONG_LABEL);
      expect(brokenWords(label)).to.deep.equal([]);
      const details = part(detail, 'details')!.getBoundingClientRect();
      for (const dd of part(detail, 'details')!.querySelectorAll('dd')) {
        expect(dd.getBoundingClientRect().width).to.equal(details.width);
      }
      await expect(detail).to.be.accessible();
    });

    it('on a wide column, keeps each fact beside its name', async () => {
      const detail = await mountIn('800px');
      const terms = [...part(detail, 'details')!.querySelectorAll('dt')];
      for (const dt of terms) {
        const dd = dt.nextElementSibling!;
        expect(dd.getBoundingClientRect().top).to.equal(dt.getBoundingClientRect().top);
        expect(dd.getBoundingClientRect().left).to.be.greaterThan(dt.getBoundingClientRect().right);
      }
    });

    it('keeps the facts as far from the actions when there is no advice (active) as when there is', async () => {
      const gapBelowStatus = async (status: string) => {
        const detail = await mountIn('800px', { status });
        const statusRow = part(detail, 'status')!.getBoundingClientRect();
        const next = (part(detail, 'advice') ?? part(detail, 'details'))!.getBoundingClientRect();
        const details = part(detail, 'details')!.getBoundingClientRect();
        return { toNext: next.top - statusRow.bottom, toDetails: details.top - statusRow.bottom };
      };
      const error = await gapBelowStatus('error');
      const active = await gapBelowStatus('active');
      // error: status, 8px, the advice line, 16px, the facts. active: no advice line, still 16px.
      expect(error.toNext).to.equal(8);
      expect(active.toDetails).to.equal(16);
    });
  });

  describe('accessibility', () => {
    it('is accessible with the dialog in error', async () => {
      const api = new SpyApi({ connections: [slack()], failures: { revokeConnection: 'network' } });
      const { detail } = await mountLoaded(api);
      await openDialog(detail);
      dialogPart(detail, 'confirm')!.click();
      await waitUntil(() => dialogPart(detail, 'error'));
      await expect(detail).to.be.accessible();
    });

    it('is accessible while a refresh is in flight', async () => {
      const api = new FakeApi();
      const { detail } = await mount(api);
      api.last('getConnection').resolve(connection('c1', { status: 'error' as ConnectionStatus }));
      await waitUntil(() => part(detail, 'refresh-button'));
      part(detail, 'refresh-button')!.click();
      await detail.updateComplete;
      expect(part(detail, 'refresh-button')!.getAttribute('aria-busy')).to.equal('true');
      await expect(detail).to.be.accessible();
    });
  });
});
