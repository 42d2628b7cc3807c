import { ContextProvider } from '@lit/context';
import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { ApiError } from '../../../src/api/errors.js';
import type { Connection, ConnectionStatus } from '../../../src/api/types.js';
import { ConnectionStatusBadge } from '../../../src/elements/badge/connection-status-badge.js';
import { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import { ConnectionsTable } from '../../../src/elements/table/connections-table.js';
import type { ConnectionManageEvent, ConnectionsLoadFailedEvent } from '../../../src/events.js';
import { routerContext } from '../../../src/context.js';
import type { PortalRouter } from '../../../src/routing/router.js';
import { part, parts, text } from '../../helpers/dom.js';
import { brokenWords } from '../../helpers/geometry.js';
import { connection, FakeApi, settle } from '../../state/fake-api.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
ConnectionsTable.define('connections-table');
ConnectionStatusBadge.define('connection-status-badge');

const links = (el: ConnectionsTable) => parts(el, 'manage-link') as HTMLAnchorElement[];
/** The status word a row (or a cell) shows: the table draws the mark itself, no badge element. */
const badgeWord = (within: Element) => text(within.querySelector('[part~="badge"]'));

interface Mounted {
  api: FakeApi;
  table: ConnectionsTable;
  provider: ConnectionsProvider;
}

/** A table inside a provider whose api answers by hand; `wrap` puts extra content around it. */
async function mount(
  options: { basePath?: string; router?: PortalRouter; before?: boolean; width?: string } = {},
): Promise<Mounted> {
  const api = new FakeApi();
  const template: TemplateResult = html`${
      options.before ? html`<button id="before">before</button>` : ''
    }<connections-provider .api=${api}
      ><connections-table base-path=${options.basePath ?? '/portal/connections'}></connections-table
    ></connections-provider>`;
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (options.width) {
    // The demo portal's column on a 360px phone, in the demo's font.
    wrapper.style.inlineSize = options.width;
    wrapper.style.fontFamily = 'system-ui, sans-serif';
  }
  if (options.router) {
    new ContextProvider(wrapper, { context: routerContext, initialValue: options.router });
  }
  render(template, wrapper);
  const table = wrapper.querySelector('connections-table') as ConnectionsTable;
  const provider = wrapper.querySelector('connections-provider') as ConnectionsProvider;
  await table.updateComplete;
  await waitUntil(() => api.callsOf('listConnections').length === 1, 'the table loads the list');
  return { api, table, provider };
}

/** Answers the list request and waits for the table to show the answer. */
async function answer(m: Mounted, connections: Connection[]): Promise<void> {
  m.api.last('listConnections').resolve(connections);
  await settle();
  await m.table.updateComplete;
}

const ICON = new URL('./icon.svg', import.meta.url).href;

const FOUR = (): Connection[] => [
  connection('a', { app: { key: 'slack', name: 'Slack' }, label: 'Marketing', status: 'active' }),
  connection('b', { app: { key: 'hubspot', name: 'HubSpot' }, label: 'Sales', status: 'error' }),
  connection('c', {
    app: { key: 'gdrive', name: 'Google Drive' },
    label: 'Docs',
    status: 'pending',
  }),
  connection('d', { app: { key: 'notion', name: 'Notion' }, label: 'Wiki', status: 'revoked' }),
];

/** Records whether the click reached the window with its default prevented, then stops any navigation. */
function guardNavigation(): { prevented: boolean[]; stop(): void } {
  const prevented: boolean[] = [];
  const listener = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { prevented, stop: () => window.removeEventListener('click', listener) };
}

describe('connections-table', () => {
  describe('loading', () => {
    it('shows skeleton rows in the same table, busy, with a hidden loading text', async () => {
      const m = await mount();
      const table = part(m.table, 'table')!;
      expect(table.tagName).to.equal('TABLE');
      expect(table.getAttribute('aria-busy')).to.equal('true');
      expect(table.getAttribute('aria-label')).to.equal('Connections');
      const headers = Array.from(table.querySelectorAll('th'));
      expect(headers.map((th) => text(th))).to.deep.equal(['App', 'Label', 'Status', 'Actions']);
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const skeletons = parts(m.table, 'skeleton');
      expect(skeletons.length).to.equal(3);
      expect(skeletons.every((row) => row.tagName === 'TR' && row.children.length === 4)).to.equal(
        true,
      );
      const loading = m.table.shadowRoot!.querySelector('.visually-hidden')!;
      expect(text(loading)).to.equal('Loading connections…');
      expect(loading.closest('[role=status],[role=alert],[aria-live]')).to.equal(null);
      expect(links(m.table).length).to.equal(0);
      await expect(m.table).to.be.accessible();
    });

    it('holds the placeholder while hold-placeholder is set, then shows the rows', async () => {
      const m = await mount();
      m.table.holdPlaceholder = true;
      await answer(m, FOUR());
      expect(parts(m.table, 'skeleton').length).to.equal(3);
      expect(links(m.table).length).to.equal(0);
      m.table.holdPlaceholder = false;
      await m.table.updateComplete;
      expect(parts(m.table, 'skeleton').length).to.equal(0);
      expect(links(m.table).length).to.equal(4);
    });

    it('shows a failed load even while hold-placeholder is set', async () => {
      const m = await mount();
      m.table.holdPlaceholder = true;
      m.api.last('listConnections').reject(new ApiError('server', 'down', { status: 500 }));
      await settle();
      await m.table.updateComplete;
      expect(part(m.table, 'retry')).to.not.equal(null);
    });

    it('keeps the rows height: the skeleton reserves the space of three rows', async () => {
      const m = await mount();
      const skeletonHeight = parts(m.table, 'skeleton')[0].getBoundingClientRect().height;
      await answer(m, FOUR().slice(0, 3));
      const rowHeight = parts(m.table, 'row')[0].getBoundingClientRect().height;
      expect(Math.round(rowHeight)).to.equal(Math.round(skeletonHeight));
    });

    it('keeps the rows while reloading', async () => {
      const m = await mount();
      await answer(m, FOUR());
      void m.provider.store!.reloadConnections();
      await m.table.updateComplete;
      expect(part(m.table, 'table')!.getAttribute('aria-busy')).to.equal('true');
      expect(parts(m.table, 'skeleton').length).to.equal(0);
      expect(parts(m.table, 'row').length).to.equal(4);
      await answer(m, FOUR());
      expect(part(m.table, 'table')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('empty', () => {
    it('says "No connections yet" with the help page note, and no table', async () => {
      const m = await mount();
      await answer(m, []);
      expect(part(m.table, 'table')).to.equal(null);
      const empty = part(m.table, 'empty')!;
      expect(text(empty.querySelector('.empty-title'))).to.equal('No connections yet');
      expect(text(empty.querySelector('.empty-note'))).to.equal(
        'When your team asks you to connect an app, it will show up here.',
      );
      await expect(m.table).to.be.accessible();
    });

    it('sets the note a small gap below the title, with no other paragraph margin', async () => {
      const m = await mount();
      await answer(m, []);
      const empty = part(m.table, 'empty')!;
      const margins = (selector: string) => {
        const style = getComputedStyle(empty.querySelector(selector)!);
        return [style.marginTop, style.marginBottom];
      };
      expect(margins('.empty-title')).to.deep.equal(['0px', '0px']);
      expect(margins('.empty-note')).to.deep.equal(['4px', '0px']); // --pc-space-1, 0.25rem
    });
  });

  describe('errors', () => {
    it('shows the failure with Retry, fires connections-load-failed once, and Retry loads again', async () => {
      const m = await mount();
      const failures: ConnectionsLoadFailedEvent[] = [];
      m.table.addEventListener('connections-load-failed', (e) => failures.push(e));
      m.api.last('listConnections').fail('network');
      await settle();
      await m.table.updateComplete;

      expect(text(part(m.table, 'error')!.querySelector('p'))).to.equal(
        'Your connections could not be loaded. Check your internet connection and try again.',
      );
      const retry = part(m.table, 'retry') as HTMLButtonElement;
      expect(retry.tagName).to.equal('BUTTON');
      expect(text(retry)).to.equal('Retry');
      expect(part(m.table, 'table')).to.equal(null);
      expect(failures.length).to.equal(1);
      expect(failures[0].detail.error.kind).to.equal('network');
      // The same failure, without its cause (an event crosses every shadow root).
      const shown = m.provider.store!.state.list.error!;
      expect([failures[0].detail.error.kind, failures[0].detail.error.message]).to.deep.equal([
        shown.kind,
        shown.message,
      ]);
      expect(failures[0].detail.error.cause).to.equal(undefined);
      expect(failures[0].bubbles && failures[0].composed).to.equal(true);
      await expect(m.table).to.be.accessible();

      // Re-rendering for another reason does not report the same failure again.
      m.table.requestUpdate();
      await m.table.updateComplete;
      expect(failures.length).to.equal(1);

      retry.click();
      await m.table.updateComplete;
      expect(m.api.callsOf('listConnections').length).to.equal(2);
      expect(parts(m.table, 'skeleton').length).to.equal(3);
      await answer(m, FOUR());
      expect(part(m.table, 'error')).to.equal(null);
      expect(
        parts(m.table, 'row').map((row) => text(row.querySelector('[part~=label]'))),
      ).to.deep.equal(['Marketing', 'Sales', 'Docs', 'Wiki']);
      expect(failures.length).to.equal(1);
    });

    it('fires again for a second failed load', async () => {
      const m = await mount();
      const failures: ConnectionsLoadFailedEvent[] = [];
      m.table.addEventListener('connections-load-failed', (e) => failures.push(e));
      m.api.last('listConnections').fail('server', { status: 500 });
      await settle();
      await m.table.updateComplete;
      expect(text(part(m.table, 'error')!.querySelector('p'))).to.equal(
        'Your connections could not be loaded. The server had a problem. Try again in a moment.',
      );
      (part(m.table, 'retry') as HTMLButtonElement).click();
      await m.table.updateComplete;
      m.api.last('listConnections').fail('timeout');
      await settle();
      await m.table.updateComplete;
      expect(failures.map((e) => e.detail.error.kind)).to.deep.equal(['server', 'timeout']);
      expect(text(part(m.table, 'error')!.querySelector('p'))).to.equal(
        'Your connections could not be loaded. The server took too long to answer. Try again.',
      );
    });

    it('keeps the rows under the failure when a reload fails', async () => {
      const m = await mount();
      await answer(m, FOUR());
      void m.provider.store!.reloadConnections();
      m.api.last('listConnections').fail('rate-limited');
      await settle();
      await m.table.updateComplete;
      expect(part(m.table, 'error')).not.to.equal(null);
      expect(parts(m.table, 'row').length).to.equal(4);
      await expect(m.table).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('shows every status as the help page word', async () => {
      const m = await mount();
      await answer(m, FOUR());
      const rows = parts(m.table, 'row');
      expect(rows.map((row) => text(row.querySelector('[part~=app] .app-name')))).to.deep.equal([
        'Slack',
        'HubSpot',
        'Google Drive',
        'Notion',
      ]);
      expect(rows.map((row) => text(row.querySelector('[part~=icon]')))).to.deep.equal([
        'S',
        'H',
        'G',
        'N',
      ]);
      expect(rows.map(badgeWord)).to.deep.equal(['active', 'error', 'pending', 'revoked']);
      // Drawn in the table's own shadow root: one element less (and no shadow root) per row.
      expect(m.table.shadowRoot!.querySelector('connection-status-badge')).to.equal(null);
      expect(rows.map((row) => row.querySelector('.badge')!.className)).to.deep.equal([
        'badge badge--active',
        'badge badge--error',
        'badge badge--pending',
        'badge badge--revoked',
      ]);
      expect(rows[0].querySelector('.badge .shape')!.getAttribute('aria-hidden')).to.equal('true');
      // The status mark's styles and the app icon's share the shadow root: neither reshapes the
      // other (the app icon keeps its 1.5rem, the error mark its square corners, turned).
      const app = rows[0].querySelector<HTMLElement>('[part~="icon"]')!.getBoundingClientRect();
      expect([app.width, app.height]).to.deep.equal([24, 24]);
      const errorShape = getComputedStyle(rows[1].querySelector('.badge .shape')!);
      expect(errorShape.borderRadius).to.equal('0px');
      expect(part(m.table, 'table')!.getAttribute('aria-busy')).to.equal('false');
      await expect(m.table).to.be.accessible();
    });

    it('has exactly four columns, App, Label, Status, Actions, each cell under its header', async () => {
      const m = await mount();
      await answer(m, FOUR().slice(0, 1));
      const table = part(m.table, 'table')!;
      const headers = Array.from(table.querySelectorAll('thead th'));
      expect(headers.map((th) => th.textContent)).to.deep.equal([
        'App',
        'Label',
        'Status',
        'Actions',
      ]);
      const cells = Array.from(parts(m.table, 'row')[0].querySelectorAll('td'));
      expect(cells.length).to.equal(4);
      expect(text(cells[0].querySelector('.app-name'))).to.equal('Slack');
      expect(text(cells[1])).to.equal('Marketing');
      expect(badgeWord(cells[2])).to.equal('active');
      const manage = cells[3].querySelector('a')!;
      // The visible word first; the app and label follow, hidden, for a screen reader.
      expect(manage.textContent!.indexOf('Manage')).to.equal(0);
      expect(text(manage.querySelector('.visually-hidden'))).to.equal('Slack, Marketing');
      expect(text(manage)).to.equal('Manage Slack, Marketing');
      // The status word alone: the description is the detail page's.
      expect(text(cells[2])).to.equal('active');
    });

    it('shows a neutral "unknown" badge for a status it does not know', async () => {
      const m = await mount();
      await answer(m, [connection('x', { status: 'needs_reauthorization' as ConnectionStatus })]);
      expect(badgeWord(part(m.table, 'status')!)).to.equal('unknown');
      await expect(m.table).to.be.accessible();
    });

    it('shows a safe icon with empty alt, and the letter otherwise', async () => {
      const m = await mount();
      await answer(m, [
        connection('a', { app: { key: 's', name: 'slack', iconUrl: ICON } }),
        connection('b', { app: { key: 'h', name: 'HubSpot', iconUrl: null } }),
      ]);
      const [first, second] = parts(m.table, 'icon');
      expect(first.tagName).to.equal('IMG');
      expect(first.getAttribute('alt')).to.equal('');
      expect(first.getAttribute('src')).to.equal(ICON);
      await waitUntil(() => (first as HTMLImageElement).complete, 'the icon loads');
      expect(parts(m.table, 'icon')[0]).to.equal(first, 'a loaded icon stays');
      expect(second.tagName).to.equal('SPAN');
      expect(second.getAttribute('aria-hidden')).to.equal('true');
      expect(text(second)).to.equal('H');
      expect(text(parts(m.table, 'app')[0].querySelector('.app-name'))).to.equal('slack');
    });

    it('falls back to the letter when the icon fails to load', async () => {
      const m = await mount();
      const missing = new URL('./no-such-icon.svg', import.meta.url).href;
      // The 404 may come back before the test looks: record what was drawn first instead.
      const drawn: string[] = [];
      const observer = new MutationObserver(() => {
        const icon = part(m.table, 'icon');
        if (icon && drawn.at(-1) !== icon.tagName) drawn.push(icon.tagName);
      });
      observer.observe(m.table.shadowRoot!, { childList: true, subtree: true });
      await answer(m, [connection('a', { app: { key: 's', name: 'slack', iconUrl: missing } })]);
      await waitUntil(() => drawn.includes('SPAN'), 'the letter replaces it');
      observer.disconnect();
      expect(drawn).to.deep.equal(['IMG', 'SPAN']);
      await waitUntil(() => part(m.table, 'icon')!.tagName === 'SPAN', 'the letter replaces it');
      expect(text(part(m.table, 'icon'))).to.equal('S');
    });

    it('updates a row when the store changes the connection (revoke elsewhere)', async () => {
      const m = await mount();
      await answer(m, FOUR());
      const done = m.provider.store!.revoke('a');
      m.api
        .last('revokeConnection', 'a')
        .resolve({ ...FOUR()[0], status: 'revoked', refreshable: false });
      await done;
      await m.table.updateComplete;
      expect(badgeWord(parts(m.table, 'row')[0])).to.equal('revoked');
      expect(m.api.callsOf('listConnections').length).to.equal(1);
    });

    it('stays inside a 320px wide column, long labels wrapping', async () => {
      // The table lays itself out by its own width (container queries), not the viewport's, so a
      // 320px column says what a 320px screen would, in every engine (WebDriver cannot resize
      // WebKit's viewport).
      const m = await mount({ width: '320px' });
      await answer(m, [
        connection('a', { label: 'A'.repeat(120), app: { key: 'x', name: 'B'.repeat(60) } }),
        ...FOUR(),
      ]);
      const column = m.provider.parentElement!;
      expect(m.table.scrollWidth).to.be.at.most(m.table.clientWidth);
      expect(column.scrollWidth).to.be.at.most(320);
      const right = column.getBoundingClientRect().right;
      for (const link of links(m.table)) {
        expect(link.getBoundingClientRect().right).to.be.at.most(right);
      }
      await expect(m.table).to.be.accessible();
    });
    it('on a phone-wide column, breaks app names between words, never inside one', async () => {
      const m = await mount({ width: '262px' });
      await answer(m, [
        connection('s', {
          app: { key: 'salesforce', name: 'Salesforce' },
          label: 'Enterprise CRM',
          status: 'revoked',
        }),
        connection('g', {
          app: { key: 'sheets', name: 'Google Sheets' },
          label: 'Weekly reporting sheet',
          status: 'pending',
        }),
      ]);
      const names = parts(m.table, 'app').map((cell) => cell.querySelector('.app-name')!);
      expect(names.map((name) => text(name))).to.deep.equal(['Salesforce', 'Google Sheets']);
      expect(names.flatMap((name) => brokenWords(name))).to.deep.equal([]);
      expect(parts(m.table, 'label').flatMap((cell) => brokenWords(cell))).to.deep.equal([]);
      await expect(m.table).to.be.accessible();
    });
  });

  describe('manage link', () => {
    it('links to /portal/connections/<encoded id>, named "Manage" then the app and label', async () => {
      const m = await mount();
      await answer(m, FOUR());
      const link = links(m.table)[0];
      expect(link.getAttribute('href')).to.equal('/portal/connections/a');
      expect(text(link)).to.equal('Manage Slack, Marketing');
    });

    it('honours base-path', async () => {
      const m = await mount({ basePath: '/clients/acme/links/' });
      await answer(m, FOUR());
      expect(links(m.table).map((a) => a.getAttribute('href'))).to.deep.equal([
        '/clients/acme/links/a',
        '/clients/acme/links/b',
        '/clients/acme/links/c',
        '/clients/acme/links/d',
      ]);
    });

    it('uses the router: its href, and navigate() on a plain click after connection-manage', async () => {
      const navigated: (string | null)[] = [];
      const router: PortalRouter = {
        hrefFor: (id) => `/app/c/${encodeURIComponent(id ?? '')}`,
        navigate: (id) => navigated.push(id),
      };
      const m = await mount({ router });
      await answer(m, FOUR());
      const link = links(m.table)[1];
      expect(link.getAttribute('href')).to.equal('/app/c/b');
      const guard = guardNavigation();
      try {
        const event = oneEvent(m.table, 'connection-manage') as Promise<ConnectionManageEvent>;
        link.click();
        const fired = await event;
        expect(fired.detail.connection).to.equal(m.provider.store!.state.connections.get('b'));
        expect(fired.cancelable).to.equal(true);
        expect(navigated).to.deep.equal(['b']);
        expect(guard.prevented).to.deep.equal([true]);
      } finally {
        guard.stop();
      }
    });

    it('does nothing when connection-manage is prevented: no navigate, no location change', async () => {
      const navigated: (string | null)[] = [];
      const router: PortalRouter = {
        hrefFor: (id) => `/portal/connections/${encodeURIComponent(id ?? '')}`,
        navigate: (id) => navigated.push(id),
      };
      for (const withRouter of [true, false]) {
        const m = await mount(withRouter ? { router } : {});
        await answer(m, FOUR());
        const before = location.href;
        const seen: ConnectionManageEvent[] = [];
        m.table.addEventListener('connection-manage', (e) => {
          seen.push(e);
          e.preventDefault();
        });
        const guard = guardNavigation();
        try {
          links(m.table)[0].click();
          await aTimeout(0);
          expect(seen.length).to.equal(1);
          expect(guard.prevented).to.deep.equal([true], 'the table prevented the click');
          expect(location.href).to.equal(before);
        } finally {
          guard.stop();
        }
      }
      expect(navigated).to.deep.equal([]);
    });

    it('without a router, leaves a plain click to the browser after the event', async () => {
      const m = await mount();
      await answer(m, FOUR());
      const seen: ConnectionManageEvent[] = [];
      m.table.addEventListener('connection-manage', (e) => seen.push(e));
      const guard = guardNavigation();
      try {
        links(m.table)[2].click();
        expect(seen.map((e) => e.detail.connection.id)).to.deep.equal(['c']);
        expect(guard.prevented).to.deep.equal([false], 'the link navigates normally');
      } finally {
        guard.stop();
      }
    });

    it('leaves modified clicks to the browser and fires nothing', async () => {
      const navigated: (string | null)[] = [];
      const router: PortalRouter = {
        hrefFor: (id) => `/portal/connections/${encodeURIComponent(id ?? '')}`,
        navigate: (id) => navigated.push(id),
      };
      const m = await mount({ router });
      await answer(m, FOUR());
      const seen: Event[] = [];
      m.table.addEventListener('connection-manage', (e) => seen.push(e));
      const guard = guardNavigation();
      try {
        const modifiers: MouseEventInit[] = [
          { ctrlKey: true },
          { metaKey: true },
          { shiftKey: true },
          { button: 1 },
        ];
        for (const init of modifiers) {
          links(m.table)[0].dispatchEvent(
            new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
          );
        }
        expect(seen.length).to.equal(0);
        expect(navigated).to.deep.equal([]);
        expect(guard.prevented).to.deep.equal([false, false, false, false]);
      } finally {
        guard.stop();
      }
    });
  });

  describe('hostile data', () => {
    it('renders markup in names and labels as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const m = await mount();
      await answer(m, [connection('a', { label: hostile, app: { key: 'k', name: hostile } })]);
      expect(m.table.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(part(m.table, 'label'))).to.equal(hostile);
      expect(text(part(m.table, 'app')!.querySelector('.app-name'))).to.equal(hostile);
      expect(text(links(m.table)[0])).to.equal(`Manage ${hostile}, ${hostile}`);
      await settle();
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('never places a javascript: icon URL; shows the letter', async () => {
      const m = await mount();
      await answer(m, [
        connection('a', { app: { key: 'k', name: 'evil', iconUrl: 'javascript:alert(1)' } }),
        connection('b', { app: { key: 'k', name: 'data', iconUrl: ' data:image/svg+xml,<svg/>' } }),
      ]);
      expect(m.table.shadowRoot!.querySelector('img')).to.equal(null);
      expect(parts(m.table, 'icon').map((icon) => text(icon))).to.deep.equal(['E', 'D']);
      expect(m.table.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('encodes an id with / ? # .. in the href', async () => {
      const id = '../x/y?z=1#frag';
      const m = await mount();
      await answer(m, [connection(id)]);
      expect(links(m.table)[0].getAttribute('href')).to.equal(
        `/portal/connections/${encodeURIComponent(id)}`,
      );
      expect(links(m.table)[0].getAttribute('href')).to.equal(
        '/portal/connections/..%2Fx%2Fy%3Fz%3D1%23frag',
      );
    });
  });

  describe('odd but valid data', () => {
    it('leaves out a connection with an empty id (it can make no URL), lists the rest, and says so once', async () => {
      const m = await mount();
      const failures: ConnectionsLoadFailedEvent[] = [];
      m.table.addEventListener('connections-load-failed', (e) => failures.push(e));
      await answer(m, [connection('', { label: 'No id' }), connection('b', { label: 'Sales' })]);
      expect(
        parts(m.table, 'row').map((row) => text(row.querySelector('[part~=label]'))),
      ).to.deep.equal(['Sales']);
      expect(links(m.table).map((a) => a.getAttribute('href'))).to.deep.equal([
        '/portal/connections/b',
      ]);
      expect(failures.map((e) => e.detail.error.message)).to.deep.equal([
        '1 connection(s) left out: their ids cannot be part of a URL.',
      ]);
      await expect(m.table).to.be.accessible();
    });

    it('shows an id the server listed twice as one row, where it came first', async () => {
      const m = await mount();
      await answer(m, [
        connection('a', { label: 'First' }),
        connection('b', { label: 'Sales' }),
        connection('a', { label: 'Again' }),
      ]);
      expect(
        parts(m.table, 'row').map((row) => text(row.querySelector('[part~=label]'))),
      ).to.deep.equal(['First', 'Sales']);
      // Re-rendering with the same list keeps working (lit's repeat needs unique keys).
      void m.provider.store!.reloadConnections();
      await answer(m, [connection('a', { label: 'A' }), connection('a', { label: 'A2' })]);
      expect(
        parts(m.table, 'row').map((row) => text(row.querySelector('[part~=label]'))),
      ).to.deep.equal(['A']);
    });

    it('keeps a 10,000-character label and an RTL-override, emoji app name as text, inside the table', async () => {
      const label = 'L'.repeat(10_000);
      const name = '\u202Egnp.exe \u{1F680} Sl\u00E4ck';
      const m = await mount();
      await answer(m, [connection('a', { label, app: { key: 'k', name } })]);
      expect(text(part(m.table, 'label'))).to.equal(label);
      expect(text(part(m.table, 'app')!.querySelector('.app-name'))).to.equal(name);
      expect(text(links(m.table)[0])).to.equal(`Manage ${name}, ${label}`);
      // The long word wraps inside its cell instead of widening the table past its container.
      const table = part(m.table, 'table')!;
      expect(table.getBoundingClientRect().width).to.be.at.most(
        m.table.getBoundingClientRect().width + 1,
      );
      await expect(m.table).to.be.accessible();
    });
  });
});
