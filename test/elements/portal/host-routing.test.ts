// What a host that routes itself, or renders the page on a server, relies on: `connections-back`,
// and no element writing an attribute on itself when it upgrades (React's hydration compares them).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { ConnectionsPortal } from '../../../src/elements/portal/connections-portal.js';
import type { ConnectionsBackEvent } from '../../../src/events.js';
import { BASE_URL, createWorkspace } from '../../api/reference-control.js';
import { shadowQuery, text } from '../../helpers/dom.js';
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
afterEach(() => history.replaceState(null, '', startUrl));

function manageLink(portal: ConnectionsPortal, id: string): HTMLAnchorElement | undefined {
  return manageLinks(portal).find((a) => a.getAttribute('href') === `${BASE}/${id}`);
}

function backLink(portal: ConnectionsPortal): HTMLAnchorElement | null {
  return shadowQuery<HTMLAnchorElement>(portal, 'connection-detail', 'a[part~="back-link"]');
}

function appName(portal: ConnectionsPortal): string | undefined {
  return text(shadowQuery(portal, 'connection-detail', '[part~="app-name"]'));
}

async function portalWith(routing: 'history' | 'none'): Promise<ConnectionsPortal> {
  const portal = await fixture<ConnectionsPortal>(
    html`<connections-portal routing=${routing} .api=${seededApi()}></connections-portal>`,
  );
  await listReady(portal);
  return portal;
}

describe('connections-back', () => {
  it('fires once, cancelable, with the connection id, when Back to Connections is clicked', async () => {
    const portal = await portalWith('none');
    plainClick(manageLink(portal, 'conn_slack_01')!);
    await detailReady(portal, 'Slack');
    const events: ConnectionsBackEvent[] = [];
    portal.addEventListener('connections-back', (e) => events.push(e));
    plainClick(backLink(portal)!);
    await listReady(portal);
    expect(events.map((e) => [e.detail, e.cancelable, e.composed, e.bubbles])).to.deep.equal([
      [{ connectionId: 'conn_slack_01' }, true, true, true],
    ]);
    expect(portal.hasAttribute('connection-id')).to.equal(false);
    expect(portal.connectionId).to.equal('');
  });

  it('routing="none": prevented, the portal keeps connection-id, and the host routes', async () => {
    const portal = await portalWith('none');
    plainClick(manageLink(portal, 'conn_slack_01')!);
    await detailReady(portal, 'Slack');
    portal.addEventListener('connections-back', (e) => e.preventDefault());
    const click = plainClick(backLink(portal)!);
    await portal.updateComplete;
    expect(click.defaultPrevented).to.equal(true);
    expect(portal.getAttribute('connection-id')).to.equal('conn_slack_01');
    expect(appName(portal)).to.equal('Slack');

    // The host routes itself: it clears connection-id, and the next Manage of the same one opens it.
    portal.removeAttribute('connection-id');
    await listReady(portal);
    plainClick(manageLink(portal, 'conn_slack_01')!);
    await detailReady(portal, 'Slack');
  });

  it('routing="history": prevented, the URL and the view stay', async () => {
    history.replaceState(null, '', `${BASE}/conn_hubspot_01`);
    const portal = await fixture<ConnectionsPortal>(
      html`<connections-portal .api=${seededApi()}></connections-portal>`,
    );
    await detailReady(portal, 'HubSpot');
    portal.addEventListener('connections-back', (e) => e.preventDefault());
    plainClick(backLink(portal)!);
    await portal.updateComplete;
    expect(location.pathname).to.equal(`${BASE}/conn_hubspot_01`);
    expect(appName(portal)).to.equal('HubSpot');
  });

  it('a modified click (a new tab) fires nothing and leaves the view', async () => {
    const portal = await portalWith('none');
    plainClick(manageLink(portal, 'conn_slack_01')!);
    await detailReady(portal, 'Slack');
    let fired = 0;
    portal.addEventListener('connections-back', () => (fired += 1));
    const link = backLink(portal)!;
    // Stopped at the portal, so the test page never opens the link itself.
    const stop = (e: Event) => e.preventDefault();
    portal.addEventListener('click', stop);
    link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
    );
    portal.removeEventListener('click', stop);
    await portal.updateComplete;
    expect(fired).to.equal(0);
    expect(portal.getAttribute('connection-id')).to.equal('conn_slack_01');
  });
});

describe('no element writes its own attributes on upgrade', () => {
  /** Every element's attributes, in document order, as `tag name=value …`. */
  function attributesOf(root: ParentNode): string[] {
    return [...root.querySelectorAll('*')].map((element) =>
      [
        element.localName,
        ...element.getAttributeNames().map((n) => `${n}=${element.getAttribute(n)}`),
      ].join(' '),
    );
  }

  /**
   * Parses `markup` inert (a template's content is never upgraded), notes the attributes, then puts
   * it in the page, lets every element upgrade, render and load, and returns the attributes again.
   */
  async function upgrade(markup: string, loaded: (root: HTMLElement) => unknown) {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const before = attributesOf(template.content);
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(template.content);
    await waitUntil(() => loaded(root), 'the elements did not load');
    for (const element of root.querySelectorAll<
      HTMLElement & { updateComplete?: Promise<unknown> }
    >('*')) {
      await element.updateComplete;
    }
    return { before, after: attributesOf(root) };
  }

  let workspace = '';
  let provider = '';
  beforeEach(async () => {
    workspace = await createWorkspace();
    provider = `api-base-url="${BASE_URL}" workspace-id="${workspace}"`;
  });

  it('the portal on the list URL, with and without attributes', async () => {
    history.replaceState(null, '', BASE);
    const { before, after } = await upgrade(
      `<connections-portal ${provider}></connections-portal>
       <connections-portal ${provider} routing="none" heading-level="3" live="off"></connections-portal>`,
      (root) =>
        [...root.querySelectorAll<ConnectionsPortal>('connections-portal')].every((portal) =>
          manageLink(portal, 'conn_slack_01'),
        ),
    );
    expect(after).to.deep.equal(before);
    // No connection-id="" (the empty default), no dir: exactly what the server's HTML said.
    expect(after[0]).to.equal(
      `connections-portal api-base-url=${BASE_URL} workspace-id=${workspace}`,
    );
  });

  it('the provider and every element inside it: table, requests, detail, badge, dialog', async () => {
    const { before, after } = await upgrade(
      `<connections-provider ${provider}>
         <connection-requests></connection-requests>
         <connections-table></connections-table>
         <connection-detail connection-id="conn_slack_01"></connection-detail>
         <connection-status-badge></connection-status-badge>
         <connection-status-badge status="active" with-description></connection-status-badge>
         <revoke-dialog></revoke-dialog>
       </connections-provider>`,
      (root) =>
        shadowQuery(root.querySelector('connections-table')!, 'a[part~="manage-link"]') &&
        shadowQuery(root.querySelector('connection-detail')!, '[part~="app-name"]'),
    );
    expect(after).to.deep.equal(before);
  });

  it('a deep link is the one exception: the portal reflects the connection-id its URL gives', async () => {
    history.replaceState(null, '', `${BASE}/conn_slack_01`);
    const { after } = await upgrade(
      `<connections-portal ${provider}></connections-portal>`,
      (root) =>
        shadowQuery(
          root.querySelector('connections-portal')!,
          'connection-detail',
          '[part~="app-name"]',
        ),
    );
    expect(after[0]).to.contain(' connection-id=conn_slack_01');
  });
});
