import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { MemoryConnectionsApi } from '../../../src/api/memory-api.js';
import type { ConnectionsPortal } from '../../../src/elements/portal/connections-portal.js';
import type { ConnectionsAuthRequiredEvent } from '../../../src/events.js';
import { createSeed } from '../../../demo/server/seed.js';
import { addFault, createWorkspace, requestLog } from '../../api/reference-control.js';
import { ConnectionsTable } from '../../../src/elements/table/connections-table.js';
import { ConnectionsPortal as PortalClass } from '../../../src/elements/portal/connections-portal.js';
import {
  animationsFinished,
  deepActiveElement,
  shadowQuery,
  shadowQueryAll,
  text,
} from '../../helpers/dom.js';
import { openLeakProbe, TrackingApi } from '../../helpers/leaks.js';
import {
  BASE,
  detailReady,
  listReady,
  manageLinks,
  plainClick,
  seededApi,
} from './portal-helpers.js';
import { waitUntil } from '../../helpers/wait-until.js';

const startUrl = location.href;

/** The seeded memory API, counting the list requests (to prove the list is not fetched again). */
class CountingApi extends MemoryConnectionsApi {
  lists = 0;
  override listConnections(...args: Parameters<MemoryConnectionsApi['listConnections']>) {
    this.lists += 1;
    return super.listConnections(...args);
  }
}

function countingApi(): CountingApi {
  const { connections, requests } = createSeed().acme;
  return new CountingApi({ connections, requests });
}

/** The status word in the row whose Manage link points to `id`. */
function rowStatus(portal: ConnectionsPortal, id: string): string {
  const link = manageLinks(portal).find((a) => a.getAttribute('href') === `${BASE}/${id}`);
  return text(link?.closest('tr')?.querySelector('[part~="badge"]')) ?? '';
}

function detailPart(portal: ConnectionsPortal, name: string): HTMLElement | null {
  return shadowQuery(portal, 'connection-detail', `[part~="${name}"]`);
}

function detailStatus(portal: ConnectionsPortal): string {
  const badge = shadowQuery(
    portal,
    'connection-detail',
    'connection-status-badge',
    '[part~="badge"]',
  );
  return text(badge) ?? '';
}

/** The toasts on screen in the portal's region: the live region each sits in, title, detail. */
function toasts(portal: ConnectionsPortal): { region: string; title: string; detail: string }[] {
  return shadowQueryAll(portal, 'connections-toast-region', '[part~="toast"]').map((toast) => ({
    region: toast.closest('[role]')?.getAttribute('role') ?? '',
    title: text(toast.querySelector('[part~="toast-title"]')) ?? '',
    detail: text(toast.querySelector('[part~="toast-detail"]')) ?? '',
  }));
}

/** Opens a connection's detail from its Manage link, with the portal not touching the URL. */
async function openDetail(portal: ConnectionsPortal, id: string, appName: string): Promise<void> {
  const link = manageLinks(portal).find((a) => a.getAttribute('href') === `${BASE}/${id}`)!;
  plainClick(link);
  await detailReady(portal, appName);
}

async function backToList(portal: ConnectionsPortal): Promise<void> {
  plainClick(detailPart(portal, 'back-link')!);
  await listReady(portal);
}

function detail(portal: ConnectionsPortal): HTMLElement | null {
  return shadowQuery(portal, 'connection-detail');
}

async function renderPortal(
  template = html`<connections-portal .api=${seededApi()}></connections-portal>`,
): Promise<ConnectionsPortal> {
  const portal = await fixture<ConnectionsPortal>(template);
  await listReady(portal);
  return portal;
}

afterEach(() => history.replaceState(null, '', startUrl));

describe('connections-portal', () => {
  describe('rendering', () => {
    it('draws its headings at its heading-level: the list heading, the panel below it, the detail app name', async () => {
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal
          routing="none"
          heading-level="3"
          .api=${seededApi()}
        ></connections-portal>`,
      );
      await waitUntil(() => shadowQuery(portal, 'connection-requests', '[part~="heading"]'));
      expect(shadowQuery(portal, '[part~="heading"]')!.tagName).to.equal('H3');
      expect(shadowQuery(portal, 'connection-requests', '[part~="heading"]')!.tagName).to.equal(
        'H4',
      );
      portal.connectionId = 'conn_slack_01';
      await waitUntil(() => shadowQuery(portal, 'connection-detail', '[part~="app-name"]'));
      expect(shadowQuery(portal, 'connection-detail', '[part~="app-name"]')!.tagName).to.equal(
        'H3',
      );
    });

    it('shows the heading "Connections", the requests panel and the table', async () => {
      const portal = await renderPortal();
      expect(text(shadowQuery(portal, '[part~="heading"]'))).to.equal('Connections');
      expect(shadowQuery(portal, 'connection-requests')).to.exist;
      expect(text(shadowQuery(portal, 'connection-requests', '[part~="heading"]'))).to.equal(
        'Outstanding connection requests',
      );
      expect(
        shadowQueryAll(portal, 'connection-requests', '[part~="app"]').map((app) => text(app)),
      ).to.deep.equal(['QuickBooks', 'Shopify']);
      expect(text(shadowQuery(portal, 'connection-requests', '[part~="note"]'))).to.equal(
        'Only your agency can cancel a request that asked you to connect an app.',
      );
      expect(shadowQuery(portal, 'connections-table')).to.exist;
      expect(detail(portal)).to.equal(null);
      await expect(portal).to.be.accessible();
    });

    it('"you never hand the agency a password": no text field anywhere, list or detail', async () => {
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${seededApi()}></connections-portal>`,
      );
      const fields = (root: Element | ShadowRoot): number =>
        [...root.querySelectorAll('*')].reduce(
          (n, el) =>
            n +
            (el.matches('input, textarea, select, [contenteditable]') ? 1 : 0) +
            (el.shadowRoot ? fields(el.shadowRoot) : 0),
          0,
        );
      expect(fields(portal.shadowRoot!)).to.equal(0);
      await openDetail(portal, 'conn_hubspot_01', 'HubSpot');
      shadowQuery(portal, 'connection-detail', '[part="revoke-button"]')!.click();
      await portal.updateComplete;
      expect(fields(portal.shadowRoot!)).to.equal(0);
    });

    it('has a toast region of its own', async () => {
      const portal = await renderPortal();
      expect(shadowQuery(portal, 'connections-toast-region')).to.exist;
    });
  });

  describe('layout stability', () => {
    it('keeps the table placeholder until the requests panel has loaded, so rows never move', async () => {
      const api = seededApi();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const listRequests = api.listConnectionRequests.bind(api);
      api.listConnectionRequests = async (options) => {
        await gate;
        return listRequests(options);
      };
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal .api=${api}></connections-portal>`,
      );
      const skeletons = () =>
        shadowQueryAll(portal, 'connections-table', '[part~="skeleton"]').length;
      await waitUntil(() => portal.store?.state.list.status === 'ready');
      await portal.updateComplete;
      expect(skeletons()).to.be.greaterThan(0);
      expect(manageLinks(portal).length).to.equal(0);

      release();
      await listReady(portal);
      expect(skeletons()).to.equal(0);
      expect(shadowQuery(portal, 'connection-requests')!.hidden).to.equal(false);
      expect(shadowQuery(portal, 'connection-requests', '[part~="panel"]')).not.to.equal(null);
    });

    it('shows the rows when the requests fail (the panel stays hidden)', async () => {
      const api = seededApi();
      api.failures = { listConnectionRequests: 'server' };
      const portal = await renderPortal(
        html`<connections-portal .api=${api}></connections-portal>`,
      );
      expect(manageLinks(portal).length).to.equal(8);
      expect(shadowQuery(portal, 'connection-requests')!.hidden).to.equal(true);
    });
  });

  describe('theming', () => {
    it('passes the inner parts through and lets --pc-* tokens restyle them', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed { --pc-color-accent: rgb(10, 20, 30); }
        .themed::part(manage-link) { text-decoration-color: rgb(1, 2, 3); }
        .themed::part(requests-heading) { letter-spacing: 3px; }`;
      document.head.append(style);
      try {
        const portal = await renderPortal(
          html`<connections-portal class="themed" .api=${seededApi()}></connections-portal>`,
        );
        const link = manageLinks(portal)[0];
        expect(getComputedStyle(link).color).to.equal('rgb(10, 20, 30)');
        expect(getComputedStyle(link).textDecorationColor).to.equal('rgb(1, 2, 3)');
        await waitUntil(() => shadowQuery(portal, 'connection-requests', '[part~="heading"]'));
        const heading = shadowQuery(portal, 'connection-requests', '[part~="heading"]')!;
        expect(getComputedStyle(heading).letterSpacing).to.equal('3px');
      } finally {
        style.remove();
      }
    });
  });

  describe('routing="history"', () => {
    it('a plain click on Manage pushes the detail URL and renders the detail', async () => {
      const portal = await renderPortal();
      const link = manageLinks(portal)[0];
      expect(link.getAttribute('href')).to.equal(`${BASE}/conn_slack_01`);
      const click = plainClick(link);
      expect(click.defaultPrevented, 'the portal routes in-app').to.equal(true);
      expect(location.pathname).to.equal(`${BASE}/conn_slack_01`);
      await detailReady(portal, 'Slack');
      expect(portal.getAttribute('connection-id')).to.equal('conn_slack_01');
    });

    it('moves focus to the detail heading after Manage', async () => {
      const portal = await renderPortal();
      plainClick(manageLinks(portal)[0]);
      await detailReady(portal, 'Slack');
      await waitUntil(() => deepActiveElement()?.getAttribute('part')?.includes('app-name'));
    });

    it('does not route when connection-manage is prevented', async () => {
      const portal = await renderPortal();
      const before = location.href;
      portal.addEventListener('connection-manage', (event) => event.preventDefault());
      plainClick(manageLinks(portal)[0]);
      await portal.updateComplete;
      expect(location.href).to.equal(before);
      expect(detail(portal)).to.equal(null);
      expect(portal.connectionId).to.equal('');
    });

    it('back and forward switch between the list and the detail', async () => {
      history.replaceState(null, '', BASE);
      const portal = await renderPortal();
      plainClick(manageLinks(portal)[1]);
      await detailReady(portal, 'HubSpot');

      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await waitUntil(() => detail(portal) === null && manageLinks(portal).length > 0);
      expect(location.pathname).to.equal(BASE);

      const forward = oneEvent(window, 'popstate');
      history.forward();
      await forward;
      await detailReady(portal, 'HubSpot');
    });

    it('a deep link renders that detail on first load', async () => {
      history.replaceState(null, '', `${BASE}/conn_salesforce_01`);
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal .api=${seededApi()}></connections-portal>`,
      );
      await detailReady(portal, 'Salesforce');
      expect(portal.connectionId).to.equal('conn_salesforce_01');
    });

    it('decodes an encoded id from the URL and honours base-path', async () => {
      const id = 'a/b?c#d ..';
      const api = new MemoryConnectionsApi({
        connections: [{ ...createSeed().acme.connections[0], id }],
      });
      history.replaceState(null, '', `/clients/links/${encodeURIComponent(id)}`);
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal base-path="/clients/links" .api=${api}></connections-portal>`,
      );
      await detailReady(portal, 'Slack');
      expect(portal.connectionId).to.equal(id);
    });

    it('a URL outside the base path shows the list', async () => {
      history.replaceState(null, '', '/somewhere/else');
      const portal = await renderPortal();
      expect(detail(portal)).to.equal(null);
    });

    it('Back to Connections returns to the list URL', async () => {
      history.replaceState(null, '', `${BASE}/conn_slack_01`);
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal .api=${seededApi()}></connections-portal>`,
      );
      await detailReady(portal, 'Slack');
      const back = shadowQuery<HTMLAnchorElement>(
        portal,
        'connection-detail',
        'a[part~="back-link"]',
      )!;
      expect(back.getAttribute('href')).to.equal(BASE);
      plainClick(back);
      await listReady(portal);
      expect(location.pathname).to.equal(BASE);
    });

    it('returns focus to the Manage link the user left from', async () => {
      history.replaceState(null, '', BASE);
      const portal = await renderPortal();
      const hubspot = manageLinks(portal)[1];
      hubspot.focus();
      await sendKeys({ press: 'Enter' });
      await detailReady(portal, 'HubSpot');
      const back = shadowQuery(portal, 'connection-detail', 'a[part~="back-link"]')!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await listReady(portal);
      await waitUntil(
        () => deepActiveElement()?.getAttribute('href') === `${BASE}/conn_hubspot_01`,
        'focus did not return to the Manage link of HubSpot',
      );
      expect(location.pathname).to.equal(BASE);
    });

    it('leaves no popstate listener behind once removed', async () => {
      const portal = await renderPortal();
      portal.remove();
      history.replaceState(null, '', `${BASE}/conn_slack_01`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(portal.connectionId).to.equal('');
    });
  });

  describe('routing="none"', () => {
    it('never touches location: Manage switches the view and reflects connection-id', async () => {
      const before = location.href;
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${seededApi()}></connections-portal>`,
      );
      plainClick(manageLinks(portal)[0]);
      await detailReady(portal, 'Slack');
      expect(portal.getAttribute('connection-id')).to.equal('conn_slack_01');
      expect(location.href).to.equal(before);

      plainClick(shadowQuery(portal, 'connection-detail', 'a[part~="back-link"]')!);
      await listReady(portal);
      expect(
        portal.hasAttribute('connection-id') ? portal.getAttribute('connection-id') : '',
      ).to.equal('');
      expect(location.href).to.equal(before);
    });

    it('shows the detail the host sets through connection-id', async () => {
      const before = location.href;
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${seededApi()}></connections-portal>`,
      );
      portal.setAttribute('connection-id', 'conn_hubspot_01');
      await detailReady(portal, 'HubSpot');
      portal.connectionId = '';
      await listReady(portal);
      expect(location.href).to.equal(before);
    });
  });

  describe('help page, from the list to the detail and back', () => {
    it('revoke: "Connection revoked" toast, the badge reads revoked, Revoke is gone, and back on the list the Status column reads revoked with no new list request', async () => {
      const api = countingApi();
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${api}></connections-portal>`,
      );
      expect(rowStatus(portal, 'conn_slack_01')).to.equal('active');
      await openDetail(portal, 'conn_slack_01', 'Slack');
      await expect(portal).to.be.accessible();

      detailPart(portal, 'revoke-button')!.click();
      const dialog = shadowQuery(portal, 'connection-detail', 'revoke-dialog')!;
      await waitUntil(() => shadowQuery(dialog, '[part="dialog"]')?.hasAttribute('open'));
      await expect(portal).to.be.accessible();
      shadowQuery<HTMLButtonElement>(dialog, '[part="confirm"]')!.click();
      await waitUntil(() => detailStatus(portal) === 'revoked', 'the badge never read revoked');
      await waitUntil(() => toasts(portal).length === 1);
      expect(toasts(portal)).to.deep.equal([
        {
          region: 'status',
          title: 'Connection revoked',
          detail: 'Workflows using this connection will pause until reconnected.',
        },
      ]);
      expect(detailPart(portal, 'revoke-button')).to.equal(null);
      await animationsFinished(portal);
      await expect(portal).to.be.accessible();

      await backToList(portal);
      expect(rowStatus(portal, 'conn_slack_01')).to.equal('revoked');
      expect(api.lists, 'the list was not fetched again').to.equal(1);
    });

    it('refresh: "Connection refreshed." toast, the badge reads active, and back on the list the Status column reads active', async () => {
      const api = countingApi();
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${api}></connections-portal>`,
      );
      expect(rowStatus(portal, 'conn_hubspot_01')).to.equal('error');
      await openDetail(portal, 'conn_hubspot_01', 'HubSpot');
      const before = Date.now();
      detailPart(portal, 'refresh-button')!.click();
      await waitUntil(() => toasts(portal).length === 1, 'no toast');
      const after = Date.now();
      expect(toasts(portal)).to.deep.equal([
        { region: 'status', title: 'Connection refreshed.', detail: '' },
      ]);
      await waitUntil(() => detailStatus(portal) === 'active', 'the badge never read active');
      // "Last refreshed shows the current time": the time of the refresh, not the seeded one.
      const time = shadowQuery(portal, 'connection-detail', '[part~="last-refreshed"] time')!;
      const shown = Date.parse(time.getAttribute('datetime')!);
      expect(shown).to.be.within(before - 1000, after + 1000);
      await animationsFinished(portal);
      await expect(portal).to.be.accessible();

      await backToList(portal);
      expect(rowStatus(portal, 'conn_hubspot_01')).to.equal('active');
      expect(api.lists).to.equal(1);
    });

    it('failed refresh: "Failed to refresh connection" with "You may need to reconnect." as an alert; the badge stays error', async () => {
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${seededApi()}></connections-portal>`,
      );
      await openDetail(portal, 'conn_sheets_01', 'Google Sheets');
      detailPart(portal, 'refresh-button')!.click();
      await waitUntil(() => toasts(portal).length === 1, 'no toast');
      expect(toasts(portal)).to.deep.equal([
        {
          region: 'alert',
          title: 'Failed to refresh connection',
          detail: 'You may need to reconnect.',
        },
      ]);
      expect(detailStatus(portal)).to.equal('error');
      await animationsFinished(portal);
      await expect(portal).to.be.accessible();
    });
  });

  describe('"Only connections you authorized appear" (over HTTP, the acme seed)', () => {
    it("never shows the agency-owned connections, nor another workspace's", async () => {
      const workspaceId = await createWorkspace();
      const portal = await renderPortal(
        html`<connections-portal
          routing="none"
          api-base-url="/api"
          workspace-id=${workspaceId}
        ></connections-portal>`,
      );
      const table = shadowQuery(portal, 'connections-table')!;
      const shown = text(table.shadowRoot!.querySelector('table'));
      const acme = createSeed().acme.connections;
      for (const c of acme.filter((c) => c.owner !== 'agency')) {
        expect(shown, c.label).to.include(c.label);
      }
      const hidden = [
        ...acme.filter((c) => c.owner === 'agency'),
        ...createSeed().globex.connections,
      ];
      expect(hidden.length).to.equal(4);
      for (const c of hidden) {
        expect(shown, c.label).not.to.include(c.label);
        expect(
          manageLinks(portal).map((a) => a.getAttribute('href')),
          c.id,
        ).not.to.include(`${BASE}/${c.id}`);
      }
      // The apps that only the agency or Globex hold are nowhere in the list.
      for (const name of ['GitHub', 'Xero', 'Shopify']) expect(shown).not.to.include(name);
      expect(manageLinks(portal).length).to.equal(8);
    });

    it('says "Connection not found" for an agency-owned connection opened by its id', async () => {
      const workspaceId = await createWorkspace();
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal
          routing="none"
          connection-id="conn_agency_github"
          api-base-url="/api"
          workspace-id=${workspaceId}
        ></connections-portal>`,
      );
      await waitUntil(() => detailPart(portal, 'not-found'), 'not found never showed');
      expect(detailPart(portal, 'app-name')).to.equal(null);
      const detailRoot = shadowQuery(portal, 'connection-detail')!.shadowRoot!;
      expect(detailRoot.textContent).not.to.include("Agency's deployment bot");
    });
  });

  describe('workspace scoping', () => {
    it('sends every request to the current workspace, and reloads when workspace-id changes', async () => {
      const first = await createWorkspace();
      const second = await createWorkspace({
        connections: [{ ...createSeed().globex.connections[0], id: 'only-in-second' }],
        requests: [],
      });
      const portal = await renderPortal(
        html`<connections-portal api-base-url="/api" workspace-id=${first}></connections-portal>`,
      );
      expect(manageLinks(portal).length).to.equal(8);
      expect(await requestLog(second)).to.deep.equal([]);

      const firstCount = (await requestLog(first)).length;
      portal.workspaceId = second;
      await waitUntil(() => manageLinks(portal).length === 1, 'the second workspace was not shown');
      expect(manageLinks(portal)[0].getAttribute('href')).to.equal(`${BASE}/only-in-second`);
      expect((await requestLog(first)).length, 'no more requests to the first').to.equal(
        firstCount,
      );
      expect((await requestLog(second)).length).to.be.greaterThan(0);
    });
  });

  describe('authentication', () => {
    it('fires connections-auth-required once for a persisting 401, with no token in it', async () => {
      const workspaceId = await createWorkspace({ token: 'the-right-token' });
      let asked = 0;
      const getSessionToken = async () => `stale-token-${++asked}`;
      const events: ConnectionsAuthRequiredEvent[] = [];
      const portal = await fixture<ConnectionsPortal>(html`
        <connections-portal
          api-base-url="/api"
          workspace-id=${workspaceId}
          .getSessionToken=${getSessionToken}
          @connections-auth-required=${(event: ConnectionsAuthRequiredEvent) => events.push(event)}
        ></connections-portal>
      `);
      await waitUntil(() => events.length > 0, 'no connections-auth-required');
      // The list and the requests both failed; give any second event the chance to arrive.
      await waitUntil(async () => (await requestLog(workspaceId)).length >= 4);
      await portal.updateComplete;
      expect(events.length).to.equal(1);
      expect(events[0].detail.error.kind).to.equal('unauthorized');
      const serialised = JSON.stringify(events[0].detail) + events[0].detail.error.message;
      expect(serialised).not.to.include('stale-token');
      expect(asked, 'asked again once after the 401').to.equal(2);
    });
  });
  describe('impatient user', () => {
    it('going back while a refresh is in flight: one toast and one connection-refreshed, heard on the portal', async () => {
      const api = seededApi();
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${api}></connections-portal>`,
      );
      const heard: string[] = [];
      for (const name of ['connection-refreshed', 'connection-status-changed'] as const) {
        portal.addEventListener(name, () => heard.push(name));
      }
      await openDetail(portal, 'conn_hubspot_01', 'HubSpot');
      api.latencyMs = 30;
      const refresh = detailPart(portal, 'refresh-button')!;
      refresh.click();
      refresh.click();
      refresh.click();
      await backToList(portal);
      expect(detail(portal)).to.equal(null);
      await waitUntil(() => heard.length === 2, 'the events never reached the portal');
      await waitUntil(() => toasts(portal).length === 1, 'no toast');
      expect(toasts(portal)).to.deep.equal([
        { region: 'status', title: 'Connection refreshed.', detail: '' },
      ]);
      expect(heard).to.deep.equal(['connection-refreshed', 'connection-status-changed']);
      expect(rowStatus(portal, 'conn_hubspot_01')).to.equal('active');
    });

    it('going back (history) while a revoke is in flight: the revoke ends, one toast, one connection-revoked on the portal', async () => {
      const api = seededApi();
      const portal = await renderPortal(
        html`<connections-portal .api=${api} base-path=${BASE}></connections-portal>`,
      );
      const revoked: string[] = [];
      portal.addEventListener('connection-revoked', (e) => revoked.push(e.detail.connection.id));
      await openDetail(portal, 'conn_slack_01', 'Slack');
      detailPart(portal, 'revoke-button')!.click();
      const dialog = shadowQuery(portal, 'connection-detail', 'revoke-dialog')!;
      await waitUntil(() => shadowQuery(dialog, '[part="dialog"]')?.hasAttribute('open'));
      api.latencyMs = 30;
      const confirm = shadowQuery<HTMLButtonElement>(dialog, '[part="confirm"]')!;
      confirm.click();
      confirm.click();
      history.back();
      await listReady(portal);
      await waitUntil(() => revoked.length === 1, 'connection-revoked was lost');
      await waitUntil(() => toasts(portal).length === 1, 'no toast');
      expect(toasts(portal)[0].title).to.equal('Connection revoked');
      expect(revoked).to.deep.equal(['conn_slack_01']);
      expect(rowStatus(portal, 'conn_slack_01')).to.equal('revoked');
    });

    it('Refresh then Revoke quickly: both land, in order, each once', async () => {
      const api = seededApi();
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${api}></connections-portal>`,
      );
      const heard: string[] = [];
      for (const name of ['connection-refreshed', 'connection-revoked'] as const) {
        portal.addEventListener(name, () => heard.push(name));
      }
      await openDetail(portal, 'conn_hubspot_01', 'HubSpot');
      api.latencyMs = 20;
      detailPart(portal, 'refresh-button')!.click();
      detailPart(portal, 'revoke-button')!.click();
      const dialog = shadowQuery(portal, 'connection-detail', 'revoke-dialog')!;
      await waitUntil(() => shadowQuery(dialog, '[part="dialog"]')?.hasAttribute('open'));
      shadowQuery<HTMLButtonElement>(dialog, '[part="confirm"]')!.click();
      await waitUntil(() => heard.length === 2, `heard ${heard.join()}`);
      await waitUntil(() => detailStatus(portal) === 'revoked');
      expect(heard).to.deep.equal(['connection-refreshed', 'connection-revoked']);
      await waitUntil(() => toasts(portal).length === 2);
      expect(toasts(portal).map((t) => t.title)).to.deep.equal([
        'Connection refreshed.',
        'Connection revoked',
      ]);
    });

    it('a triple click on Manage opens the detail once, with one history entry', async () => {
      const portal = await renderPortal();
      const manage: string[] = [];
      portal.addEventListener('connection-manage', (e) => manage.push(e.detail.connection.id));
      const link = manageLinks(portal)[0];
      plainClick(link);
      plainClick(link);
      plainClick(link);
      await detailReady(portal, 'Slack');
      expect(location.pathname).to.equal(`${BASE}/conn_slack_01`);
      // One history entry: one step back is the list.
      history.back();
      await listReady(portal);
      expect(location.href).to.equal(startUrl);
      // The link was under the pointer for the first click only; later clicks hit the detail.
      expect(manage.length).to.be.within(1, 3);
      expect(new Set(manage)).to.deep.equal(new Set(['conn_slack_01']));
    });

    it('a double click on Retry after a failed list is one request', async () => {
      const api = countingApi();
      api.failures.listConnections = 'server';
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal routing="none" .api=${api}></connections-portal>`,
      );
      const retry = () => shadowQuery(portal, 'connections-table', '[part~="retry"]');
      await waitUntil(retry, 'no Retry');
      delete api.failures.listConnections;
      api.latencyMs = 20;
      retry()!.click();
      retry()?.click();
      await listReady(portal);
      expect(api.lists).to.equal(2);
    });
  });

  describe('careless host', () => {
    it('shows only the last workspace when workspace-id is set several times quickly', async () => {
      const only = (id: string) => ({ ...createSeed().globex.connections[0], id });
      const workspaces = await Promise.all(
        ['ws-a', 'ws-b', 'ws-c'].map((id) =>
          createWorkspace({ connections: [only(id)], requests: [] }),
        ),
      );
      // The older workspaces answer late: their answers must never land.
      await addFault(workspaces[0], { delayMs: 150, times: 5 });
      await addFault(workspaces[1], { delayMs: 100, times: 5 });
      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal
          routing="none"
          api-base-url="/api"
          workspace-id=${workspaces[0]}
        ></connections-portal>`,
      );
      for (const ws of workspaces.slice(1)) {
        await aTimeout(0);
        portal.workspaceId = ws;
        await portal.updateComplete;
      }
      await waitUntil(() => manageLinks(portal).length === 1);
      expect(manageLinks(portal)[0].getAttribute('href')).to.equal(`${BASE}/ws-c`);
      await new Promise((resolve) => setTimeout(resolve, 250)); // past the slower answers
      await portal.updateComplete;
      expect(manageLinks(portal).map((a) => a.getAttribute('href'))).to.deep.equal([
        `${BASE}/ws-c`,
      ]);
    });

    it('two portals on one page have independent stores', async () => {
      const a = seededApi();
      const b = new MemoryConnectionsApi({ connections: [createSeed().acme.connections[0]] });
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <connections-portal routing="none" .api=${a}></connections-portal>
          <connections-portal routing="none" .api=${b}></connections-portal>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('connections-portal')];
      await listReady(first);
      await listReady(second);
      expect(first.store).not.to.equal(second.store);
      expect(manageLinks(first).length).to.equal(8);
      expect(manageLinks(second).length).to.equal(1);
      await first.store!.revoke('conn_slack_01');
      await first.updateComplete;
      expect(rowStatus(first, 'conn_slack_01')).to.equal('revoked');
      expect(rowStatus(second, 'conn_slack_01')).to.equal('active');
    });

    it('reloads when removed and added again', async () => {
      const api = countingApi();
      const portal = await renderPortal(
        html`<connections-portal routing="none" .api=${api}></connections-portal>`,
      );
      const parent = portal.parentNode!;
      const before = portal.store;
      portal.remove();
      expect(before!.isDisposed).to.equal(true);
      parent.appendChild(portal);
      await waitUntil(
        () => portal.store?.state.list.status === 'ready' && manageLinks(portal).length === 8,
        'the list did not load again',
      );
      expect(api.lists).to.equal(2);
      expect(portal.store).not.to.equal(before);
      expect(manageLinks(portal).length).to.equal(8);
      await expect(portal).to.be.accessible();
    });

    it('survives importing the define entry twice and registering a class under a second name', async () => {
      // @ts-expect-error a query string makes the browser load the module a second time
      await import('../../../src/define.js?again');
      ConnectionsTable.define('acme-table');
      PortalClass.define('acme-portal');
      expect(customElements.get('connections-table')).to.equal(ConnectionsTable);
      expect(new (customElements.get('acme-table')!)()).to.be.instanceOf(ConnectionsTable);
      const portal = await renderPortal(
        html`<acme-portal routing="none" .api=${seededApi()}></acme-portal>`,
      );
      expect(manageLinks(portal as ConnectionsPortal).length).to.equal(8);
    });

    it('keeps the default strings for .messages keys of the wrong type, and for a .messages that is not an object', async () => {
      const portal = await renderPortal(
        html`<connections-portal
          routing="none"
          .api=${seededApi()}
          .messages=${{ pageTitle: 42, manage: null, manageContext: 'oops', retry: 'Try again' }}
        ></connections-portal>`,
      );
      expect(text(portal.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Connections');
      const { label } = createSeed().acme.connections[0];
      expect(text(manageLinks(portal)[0])).to.equal(`Manage Slack, ${label}`);
      portal.messages = 'nonsense' as never;
      await portal.updateComplete;
      expect(text(portal.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Connections');
    });

    it('takes a base-path with a trailing slash', async () => {
      const portal = await renderPortal(
        html`<connections-portal .api=${seededApi()} base-path="${BASE}/"></connections-portal>`,
      );
      expect(manageLinks(portal)[0].getAttribute('href')).to.equal(`${BASE}/conn_slack_01`);
      plainClick(manageLinks(portal)[0]);
      await detailReady(portal, 'Slack');
      expect(location.pathname).to.equal(`${BASE}/conn_slack_01`);
    });
  });

  describe('accessibility', () => {
    it('is accessible on the detail of every seeded status and on "Connection not found"', async () => {
      const seen = new Set<string>();
      for (const [id, app] of [
        ['conn_slack_01', 'Slack'],
        ['conn_hubspot_01', 'HubSpot'],
        ['conn_drive_01', 'Google Drive'],
        ['conn_salesforce_01', 'Salesforce'],
        ['conn_mailchimp_01', 'Mailchimp'],
      ]) {
        const portal = await renderPortal(
          html`<connections-portal routing="none" .api=${seededApi()}></connections-portal>`,
        );
        await openDetail(portal, id, app);
        seen.add(detailStatus(portal));
        await expect(portal).to.be.accessible();
      }
      expect([...seen].sort()).to.deep.equal(['active', 'error', 'pending', 'revoked']);

      const portal = await fixture<ConnectionsPortal>(
        html`<connections-portal
          routing="none"
          connection-id="no-such-connection"
          .api=${seededApi()}
        ></connections-portal>`,
      );
      await waitUntil(() => detailPart(portal, 'not-found'), 'not found never showed');
      expect(text(detailPart(portal, 'not-found'))).to.equal(
        'Connection not found It may have been removed, or it belongs to another workspace.',
      );
      await expect(portal).to.be.accessible();
    });
  });

  describe('leaks', () => {
    it('mounts and unmounts 30 times (list and detail, requests in flight, live updates on): no listener, timer, channel or request left', async () => {
      const api = new TrackingApi(5);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const probe = openLeakProbe();
      try {
        for (let i = 0; i < 30; i++) {
          const portal = document.createElement('connections-portal');
          portal.api = api;
          portal.routing = i % 2 ? 'none' : 'history';
          portal.connectionId = i % 3 === 0 ? 'conn_slack_01' : '';
          // Google Drive is pending in the seed: polling runs, and tabs sync on a channel.
          portal.pollInterval = 1000;
          portal.live = i % 3 === 1 ? 'poll' : 'auto';
          portal.syncChannel = 'leak-test';
          wrapper.append(portal);
          await portal.updateComplete;
          await aTimeout(i % 4); // sometimes mid-request, sometimes after the answer
          if (i % 5 === 4 && !portal.connectionId) {
            // Loaded, with Google Drive pending: a poll is scheduled when it leaves.
            // (our waitUntil clears its timers: none is left for the probe to count)
            await waitUntil(() => portal.store?.state.list.status === 'ready', 'never ready');
          }
          portal.remove();
        }
        expect(probe.listeners(), 'listeners left on window/document').to.deep.equal([]);
        expect(probe.pendingTimers(), 'timers left').to.equal(0);
        expect(probe.openChannels(), 'channels left open').to.equal(0);
        expect(api.watchCount, 'event streams left open').to.equal(0);
        expect(api.inFlight(), 'requests (and streams) in flight').to.equal(0);
        expect(api.calls.length).to.be.greaterThan(30);
      } finally {
        probe.close();
      }
    });
  });

  describe('the token', () => {
    it('a 401 reaches connections-auth-required, errors, the DOM and storage without the token', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const token = 'tok_never_leak_9f8e7d';
      const workspaceId = await createWorkspace({ token: 'the-right-one' });
      const seen: unknown[] = [];
      const portal = await fixture<ConnectionsPortal>(html`
        <connections-portal
          routing="none"
          api-base-url="/api"
          workspace-id=${workspaceId}
          .getSessionToken=${async () => token}
          @connections-auth-required=${(e: ConnectionsAuthRequiredEvent) => seen.push(e.detail)}
          @connections-load-failed=${(e: CustomEvent) => seen.push(e.detail)}
        ></connections-portal>
      `);
      await waitUntil(() => seen.length >= 2, 'no auth-required and load-failed');
      await waitUntil(() => shadowQuery(portal, 'connections-table', '[part~="retry"]'));
      // Whichever read hears the 401 first: the list, the requests or the event stream.
      const { error } = seen[0] as { error: Error };
      expect(error.message).to.match(
        /^GET \/(connections|connection-requests|connection-events) answered 401 \(unauthorized\): A valid bearer token is required\.$/,
      );
      for (const detail of seen) {
        const { error: e } = detail as { error: Error & { cause?: unknown } };
        expect(
          `${e.message} ${e.stack} ${String(e.cause)} ${JSON.stringify(detail)}`,
        ).not.to.include(token);
      }
      const store = portal.store!.state;
      expect(JSON.stringify(store.list) + store.list.error?.message).not.to.include(token);
      expect(portal.shadowRoot!.innerHTML).not.to.include(token);
      expect(shadowQuery(portal, 'connections-table')!.shadowRoot!.innerHTML).not.to.include(token);
      expect(localStorage.length, 'localStorage').to.equal(0);
      expect(sessionStorage.length, 'sessionStorage').to.equal(0);
      expect(document.cookie).not.to.include(token);
    });
  });
});
