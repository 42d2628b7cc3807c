/**
 * The elements in a language: each speaks the registered locale that best matches its closest
 * `lang` (through shadow roots), else English; `.messages` lies on top; dates, numbers and the
 * search count follow the text's language; a later `lang` change or registration re-renders.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryConnectionsApi } from '../../src/api/memory-api.js';
import type { ConnectionStatusBadge } from '../../src/elements/badge/connection-status-badge.js';
import type { ConnectionsPortal } from '../../src/elements/portal/connections-portal.js';
import type { ConnectionsTable } from '../../src/elements/table/connections-table.js';
import { formatDateTime } from '../../src/i18n/format.js';
import { registerLocale } from '../../src/i18n/locale.js';
import { defaultMessages } from '../../src/i18n/messages.js';
import ptBR from '../../src/locales/pt-BR.js';
import { createSeed } from '../../demo/server/seed.js';
import { part, parts, shadowQuery, shadowQueryAll, text } from '../helpers/dom.js';
import { connection } from '../state/fake-api.js';
import { LOCALES } from './all.js';
import { waitUntil } from '../helpers/wait-until.js';

const SLACK_REFRESHED = '2025-11-20T09:15:00.000Z';

function seededApi(): MemoryConnectionsApi {
  const { connections, requests } = createSeed().acme;
  return new MemoryConnectionsApi({ connections, requests });
}

async function portalIn(lang: string | null, connectionId = ''): Promise<ConnectionsPortal> {
  const root = await fixture<HTMLElement>(
    html`<div lang=${lang ?? undefined}>
      <connections-portal
        routing="none"
        connection-id=${connectionId}
        .api=${seededApi()}
      ></connections-portal>
    </div>`,
  );
  const portal = root.querySelector('connections-portal') as ConnectionsPortal;
  await waitUntil(
    () =>
      connectionId
        ? shadowQuery(portal, 'connection-detail', '[part~="app-name"]')
        : shadowQueryAll(portal, 'connections-table', '[part~="manage-link"]').length,
    'the portal did not render',
  );
  return portal;
}

/** The words a user sees in `element`, without those only a screen reader hears. */
const visible = (element: Element) =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
const heading = (portal: Element) => text(shadowQuery(portal, '[part~="heading"]'));
const columns = (portal: Element) =>
  shadowQueryAll(portal, 'connections-table', 'th').map((th) => text(th));

describe('elements in a language', () => {
  before(() => {
    for (const [lang, messages] of Object.entries(LOCALES)) registerLocale(lang, messages);
  });

  describe('the closest lang', () => {
    it('decides the language of every element, through shadow roots', async () => {
      const portal = await portalIn('de');
      expect(heading(portal)).to.equal('Verbindungen');
      expect(columns(portal)).to.deep.equal(['Anwendung', 'Bezeichnung', 'Zustand', 'Aktionen']);
      expect(text(shadowQuery(portal, 'connection-requests', '[part~="heading"]'))).to.equal(
        'Offene Verbindungsanfragen',
      );
      const manage = shadowQuery(portal, 'connections-table', '[part~="manage-link"]')!;
      expect(visible(manage)).to.equal('Verwalten');
    });

    it('is English without a lang, and for a language not registered', async () => {
      expect(heading(await portalIn(null))).to.equal('Connections');
      expect(heading(await portalIn('it'))).to.equal('Connections');
      expect(columns(await portalIn('en-GB'))).to.deep.equal(['App', 'Label', 'Status', 'Actions']);
    });

    it('matches pt-BR exactly first, then pt', async () => {
      expect(heading(await portalIn('pt-BR'))).to.equal('Conexões');
      // Only pt-BR is registered: pt-PT is not Brazilian Portuguese.
      expect(heading(await portalIn('pt-PT'))).to.equal('Connections');
      registerLocale('pt', { ...ptBR, pageTitle: 'Ligações' });
      expect(heading(await portalIn('pt-BR'))).to.equal('Conexões');
      expect(heading(await portalIn('pt-PT'))).to.equal('Ligações');
      expect(heading(await portalIn('pt'))).to.equal('Ligações');
    });

    it('is the closest one: on the element itself, or between a provider and its elements', async () => {
      const root = await fixture<HTMLElement>(html`
        <div lang="de">
          <connections-portal lang="fr" routing="none" .api=${seededApi()}></connections-portal>
          <connections-provider .api=${seededApi()}>
            <div lang="ja"><connections-table></connections-table></div>
            <connection-status-badge status="active"></connection-status-badge>
          </connections-provider>
        </div>
      `);
      const portal = root.querySelector('connections-portal')!;
      const table = root.querySelector('connections-table')!;
      await waitUntil(() => parts(table, 'manage-link').length, 'no rows');
      expect(heading(portal)).to.equal('Connexions');
      expect(text(parts(table, 'manage-link')[0])).to.match(/^管理/);
      expect(text(part(root.querySelector('connection-status-badge')!, 'badge'))).to.equal('aktiv');
    });
  });

  describe('English in a page of another language (WCAG 3.1.2, Language of Parts)', () => {
    /** The `lang` of each top-level element that `element` drew, in its shadow root. */
    const marks = (element: Element) =>
      [...element.shadowRoot!.children].map((child) => child.getAttribute('lang'));
    /** The elements the portal drew (each speaks for itself; the portal only holds them). */
    const speakers = (portal: Element) =>
      [...portal.shadowRoot!.querySelectorAll('*')].filter((element) => element.shadowRoot);

    it('is marked lang="en" in every element, while no locale for the page exists', async () => {
      const portal = await portalIn('pl');
      const elements = speakers(portal);
      expect(elements.map((element) => element.localName)).to.deep.equal([
        'connection-requests',
        'connections-table',
        'connections-toast-region',
      ]);
      for (const element of elements) {
        expect(new Set(marks(element)), element.localName).to.deep.equal(new Set(['en']));
      }
      // What a screen reader goes by: the closest lang of a word, through the shadow root.
      const manage = shadowQuery(portal, 'connections-table', '[part~="manage-link"]')!;
      expect(manage.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      await expect(portal).to.be.accessible();
    });

    it('marks an element nested in a marked one too: it reads the page, not the mark', async () => {
      const portal = await portalIn('pl', 'conn_slack_01');
      const detail = shadowQuery(portal, 'connection-detail')!;
      const badge = shadowQuery(portal, 'connection-detail', 'connection-status-badge')!;
      expect(new Set(marks(detail))).to.deep.equal(new Set(['en']));
      expect(new Set(marks(badge))).to.deep.equal(new Set(['en']));
    });

    it('is unmarked where the page is English, has no lang, or has its locale', async () => {
      for (const lang of [null, 'en-GB', 'de']) {
        const portal = await portalIn(lang);
        for (const element of speakers(portal)) {
          expect(marks(element), `${lang} ${element.localName}`).to.not.include('en');
          expect(marks(element), `${lang} ${element.localName}`).to.not.include('de');
        }
      }
    });

    it('follows a later registration and lang change, and .messages leaves it unmarked', async () => {
      const portal = await portalIn('pl');
      const table = shadowQuery(portal, 'connections-table')!;
      await waitUntil(() => marks(table).includes('en'), 'not marked under lang="pl"');
      registerLocale('pl', { ...defaultMessages, pageTitle: 'Połączenia' });
      await waitUntil(() => !marks(table).includes('en'), 'still marked once Polish exists');
      portal.parentElement!.lang = 'sv';
      await waitUntil(() => marks(table).includes('en'), 'not marked under lang="sv"');
      portal.messages = { manage: 'Hantera' };
      await waitUntil(() => !marks(table).includes('en'), 'still marked under .messages');
    });
  });

  describe('.messages', () => {
    it("lies on top of the language: the provider's for every element, a badge's own for itself", async () => {
      const root = await fixture<HTMLElement>(html`
        <div lang="de">
          <connections-portal
            routing="none"
            .api=${seededApi()}
            .messages=${{ pageTitle: 'Integrationen', manage: 'Öffnen' }}
          ></connections-portal>
          <connection-status-badge
            status="error"
            with-description
            .messages=${{ statusError: 'kaputt' }}
          ></connection-status-badge>
        </div>
      `);
      const portal = root.querySelector('connections-portal')!;
      await waitUntil(() => shadowQuery(portal, 'connections-table', '[part~="manage-link"]'));
      expect(heading(portal)).to.equal('Integrationen');
      expect(columns(portal)).to.deep.equal(['Anwendung', 'Bezeichnung', 'Zustand', 'Aktionen']);
      expect(visible(shadowQuery(portal, 'connections-table', '[part~="manage-link"]')!)).to.equal(
        'Öffnen',
      );
      const badge = root.querySelector<ConnectionStatusBadge>('connection-status-badge')!;
      expect(text(part(badge, 'badge'))).to.equal('kaputt');
      expect(text(part(badge, 'description'))).to.equal('Erneute Verbindung erforderlich.');
    });
  });

  describe('dates', () => {
    it('are English without a lang, whatever the browser’s language (never its default)', async () => {
      const asked: unknown[] = [];
      const Original = Intl.DateTimeFormat;
      Intl.DateTimeFormat = new Proxy(Original, {
        construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
          asked.push(args[0]);
          return new target(...args);
        },
      });
      try {
        const portal = await portalIn(null, 'conn_slack_01');
        const time = shadowQuery(portal, 'connection-detail', '[part~="last-refreshed"] time');
        expect(text(time)).to.equal(formatDateTime(SLACK_REFRESHED, 'en'));
        expect(text(time)).to.match(/^Nov \d{1,2}, 2025, \d{1,2}:\d{2}\s[AP]M$/);
        expect(asked).not.to.include(undefined);
      } finally {
        Intl.DateTimeFormat = Original;
      }
    });

    it('follow the language: German under lang="de", with the requests panel', async () => {
      const portal = await portalIn('de-DE', 'conn_slack_01');
      const time = shadowQuery(portal, 'connection-detail', '[part~="last-refreshed"] time');
      expect(text(time)).to.equal(formatDateTime(SLACK_REFRESHED, 'de-DE'));
      expect(text(time)).to.match(/^\d{2}\.11\.2025, \d{2}:\d{2}$/);
      const dt = shadowQueryAll(portal, 'connection-detail', 'dt').map((term) => text(term));
      expect(dt).to.deep.equal([
        'Bezeichnung',
        'E-Mail-Adresse des externen Kontos',
        'Zuletzt aktualisiert',
      ]);

      const list = await portalIn('de-DE');
      await waitUntil(() => shadowQuery(list, 'connection-requests', 'time'));
      const [quickbooks, shopify] = shadowQueryAll(
        list,
        'connection-requests',
        '[part~="request"]',
      );
      expect(text(quickbooks.querySelector('[part~="requested-by"]'))).to.equal(
        'Angefragt von Dana Whitfield',
      );
      expect(text(shopify.querySelector('[part~="requested-at"]'))).to.equal(
        `Angefragt am ${formatDateTime('2025-11-23T15:30:00.000Z', 'de-DE')}`,
      );
      expect(text(shopify.querySelector('time'))).to.match(/^2\d\.11\.2025, \d{2}:\d{2}$/);
    });
  });

  describe('the search count', () => {
    async function tableIn(lang: string) {
      const connections = Array.from({ length: 12 }, (_, i) =>
        connection(`c${i}`, { app: { key: `a${i}`, name: `App ${i}` }, label: `Label ${i}` }),
      );
      const api = new MemoryConnectionsApi({ connections });
      const root = await fixture<HTMLElement>(html`
        <div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
          <connections-provider .api=${api}
            ><connections-table></connections-table
          ></connections-provider>
        </div>
      `);
      const table = root.querySelector<ConnectionsTable>('connections-table')!;
      await waitUntil(() => part(table, 'search-count'), 'no search');
      const search = async (query: string) => {
        const field = part<HTMLInputElement>(table, 'search')!;
        field.value = query;
        field.dispatchEvent(new InputEvent('input'));
        await table.updateComplete;
        return text(part(table, 'search-count'));
      };
      return { table, search, n: (value: number) => new Intl.NumberFormat(lang).format(value) };
    }

    it('words its numbers and noun in the language of the text (Intl.PluralRules)', async () => {
      const de = await tableIn('de');
      expect(await de.search('')).to.equal('12 von 12 Verbindungen');
      expect(await de.search('App 11')).to.equal('1 von 12 Verbindungen');

      const ar = await tableIn('ar');
      expect(await ar.search('')).to.equal(`${ar.n(12)} من أصل ${ar.n(12)} اتصالًا`);
      expect(await ar.search('App 11')).to.equal(`${ar.n(1)} من أصل ${ar.n(12)} اتصالًا`);
      expect(await ar.search('nothing')).to.equal(`${ar.n(0)} من أصل ${ar.n(12)} اتصالًا`);
      expect(text(part(ar.table, 'no-match')!.querySelector('p'))).to.equal(
        'لا توجد اتصالات تطابق «nothing».',
      );
    });
  });

  describe('a later change', () => {
    it('re-renders when a locale is registered, and when the lang changes or goes', async () => {
      const root = await fixture<HTMLElement>(html`
        <div lang="it">
          <connections-provider .api=${seededApi()}>
            <connection-status-badge status="pending"></connection-status-badge>
          </connections-provider>
        </div>
      `);
      const badge = root.querySelector<ConnectionStatusBadge>('connection-status-badge')!;
      const word = async () => {
        await badge.updateComplete;
        return text(part(badge, 'badge'));
      };
      expect(await word()).to.equal('pending');
      registerLocale('it', { ...defaultMessages, statusPending: 'in attesa' });
      expect(await word()).to.equal('in attesa');
      root.lang = 'es';
      await waitUntil(async () => (await word()) === 'pendiente', 'not Spanish after lang="es"');
      root.removeAttribute('lang');
      await waitUntil(async () => (await word()) === 'pending', 'not English without a lang');
    });

    it('leaves no observer on the document once the elements are gone', async () => {
      const observing = new Set<MutationObserver>();
      const { observe, disconnect } = MutationObserver.prototype;
      MutationObserver.prototype.observe = function (target, options) {
        if (target === document) observing.add(this);
        return observe.call(this, target, options);
      };
      MutationObserver.prototype.disconnect = function () {
        observing.delete(this);
        return disconnect.call(this);
      };
      try {
        fixtureCleanup();
        await portalIn('fr');
        expect(observing.size).to.equal(1);
        fixtureCleanup();
        expect(observing.size).to.equal(0);
      } finally {
        Object.assign(MutationObserver.prototype, { observe, disconnect });
      }
    });
  });
});
