/**
 * One word per status in each language, everywhere a user meets it: the badge, the table's rows,
 * the detail (with the status's description), the search and the toast of a live change. The
 * `status` attribute and the events keep the contract's English values.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ConnectionStatus } from '../../src/api/types.js';
import type { ConnectionsProvider } from '../../src/elements/provider/connections-provider.js';
import type { ConnectionsTable } from '../../src/elements/table/connections-table.js';
import type { ConnectionStatusChangedEvent } from '../../src/events.js';
import { registerLocale } from '../../src/i18n/locale.js';
import { defaultMessages, type Messages } from '../../src/i18n/messages.js';
import { part, parts, shadowQueryAll, text } from '../helpers/dom.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { page, ScriptedApi } from '../live/live-kit.js';
import { connection } from '../state/fake-api.js';
import { LOCALES, STATUS_DESCRIPTIONS, STATUS_WORDS } from './all.js';
import { waitUntil } from '../helpers/wait-until.js';

const STATUSES = Object.keys(STATUS_WORDS) as ConnectionStatus[];
/** The statuses a pending connection can reach while the page is open (live toasts). */
const REACHED: ConnectionStatus[] = ['active', 'error', 'revoked', 'unknown'];
const INTERVAL = 2000;
/** The words, exactly: active, error, pending, revoked, unknown. */
const WORDS: Record<string, string[]> = {
  en: ['active', 'error', 'pending', 'revoked', 'unknown'],
  de: ['aktiv', 'Fehler', 'ausstehend', 'widerrufen', 'unbekannt'],
  fr: ['actif', 'en erreur', 'en attente', 'révoqué', 'inconnu'],
  es: ['activo', 'con error', 'pendiente', 'revocado', 'desconocido'],
  'pt-BR': ['ativo', 'com erro', 'pendente', 'revogado', 'desconhecido'],
  ja: ['有効', 'エラー', '保留中', '取り消し済み', '不明'],
  ar: ['نشط', 'خطأ', 'قيد الانتظار', 'مُبطل', 'غير معروف'],
};
/** Neutral ids (no status word inside), and the status each row has until the live changes. */
const SHOWN = STATUSES.map((status, i) => ({ id: `s${i}`, status }));
const TO_REACH = REACHED.map((status, i) => ({ id: `t${i}`, status }));
const STATUS_BY_LABEL = new Map<string, ConnectionStatus>([
  ...SHOWN.map(({ id, status }): [string, ConnectionStatus] => [`Label ${id}`, status]),
  ...TO_REACH.map(({ id }): [string, ConnectionStatus] => [`Label ${id}`, 'pending']),
]);
/** The text as `text()` reads it: white space (French no-break spaces too) folded. */
const folded = (value: string) => value.replace(/\s+/g, ' ').trim();

const shown = (id: string, status: ConnectionStatus) =>
  connection(id, { app: { key: id, name: `App ${id}` }, label: `Label ${id}`, status });

async function mount(lang: string) {
  const api = new ScriptedApi([
    ...SHOWN.map(({ id, status }) => shown(id, status)),
    // Pending now; each reaches one status while the page is open.
    ...TO_REACH.map(({ id }) => shown(id, 'pending')),
  ]);
  const clock = new ManualClock();
  const root = await fixture<HTMLElement>(html`
    <div lang=${lang}>
      <connections-provider .api=${api} .clock=${clock} live="poll" poll-interval=${INTERVAL}>
        <connections-table search-threshold="0"></connections-table>
        ${SHOWN.map(({ id }) => html`<connection-detail connection-id=${id}></connection-detail>`)}
        ${STATUSES.map(
          (status) =>
            html`<connection-status-badge
              status=${status}
              with-description
            ></connection-status-badge>`,
        )}
      </connections-provider>
    </div>
  `);
  const provider = root.querySelector<ConnectionsProvider>('connections-provider')!;
  const table = root.querySelector<ConnectionsTable>('connections-table')!;
  await waitUntil(() => parts(table, 'row').length === 9, 'the table did not load');
  const details = [...root.querySelectorAll('connection-detail')];
  await waitUntil(() => details.every((detail) => part(detail, 'app-name')), 'details loading');
  return { api, clock, provider, table, details, root };
}

const word = (host: Element) => text(host.shadowRoot!.querySelector('[part~="badge"]'));

describe('status words', () => {
  before(() => {
    for (const [lang, messages] of Object.entries(LOCALES)) registerLocale(lang, messages);
  });
  beforeEach(() => page.show());
  afterEach(() => page.restore());

  const languages: [string, Messages][] = [['en', defaultMessages], ...Object.entries(LOCALES)];
  for (const [lang, messages] of languages) {
    it(`${lang}: one word per status in the badge, table, detail, search and toasts`, async () => {
      const { api, clock, provider, table, details, root } = await mount(lang);
      const wordOf = (status: ConnectionStatus) => messages[STATUS_WORDS[status]];
      expect(STATUSES.map(wordOf)).to.deep.equal(WORDS[lang]);

      // The table: every row's mark says its status's word.
      const rows = parts(table, 'row');
      const statusOfRow = (row: Element) =>
        STATUS_BY_LABEL.get(text(row.querySelector('[part~="label"]'))!)!;
      for (const row of rows) {
        expect(text(row.querySelector('[part~="badge"]'))).to.equal(wordOf(statusOfRow(row)));
      }

      for (const { id, status } of SHOWN) {
        // The detail: the badge's word and the status's description; the attribute stays English.
        const detail = details.find((d) => d.getAttribute('connection-id') === id)!;
        const badge = detail.shadowRoot!.querySelector('connection-status-badge')!;
        expect(word(badge), `detail ${status}`).to.equal(wordOf(status));
        expect(text(part(badge, 'description'))).to.equal(messages[STATUS_DESCRIPTIONS[status]]);
        expect(badge.getAttribute('status')).to.equal(status);

        // The badge on its own.
        const alone = root.querySelector(`connection-status-badge[status="${status}"]`)!;
        expect(word(alone), `badge ${status}`).to.equal(wordOf(status));
        expect(text(part(alone, 'description'))).to.equal(messages[STATUS_DESCRIPTIONS[status]]);

        // The search: the word finds exactly the rows of that status.
        const field = part<HTMLInputElement>(table, 'search')!;
        field.value = wordOf(status);
        field.dispatchEvent(new InputEvent('input'));
        await table.updateComplete;
        const found = parts(table, 'row').map((row) => statusOfRow(row));
        expect(found.length, `search ${wordOf(status)}`).to.equal(status === 'pending' ? 5 : 1);
        expect(new Set(found)).to.deep.equal(new Set([status]));
      }

      // The toasts of live changes, and the events in English.
      const changes: string[] = [];
      provider.addEventListener('connection-status-changed', (event) =>
        changes.push((event as ConnectionStatusChangedEvent).detail.connection.status),
      );
      for (const { id, status } of TO_REACH) api.change(id, { status });
      await clock.advance(INTERVAL);
      const toasts = () =>
        shadowQueryAll(provider, 'connections-toast-region', '[part~="toast-title"]').map((title) =>
          text(title),
        );
      await waitUntil(() => toasts().length === REACHED.length, 'no toasts');
      expect(toasts().sort()).to.deep.equal(
        TO_REACH.map(({ id, status }) =>
          folded(messages.statusChanged(`App ${id}`, wordOf(status))),
        ).sort(),
      );
      for (const status of REACHED) {
        expect(messages.statusChanged('X', wordOf(status))).to.contain(wordOf(status));
      }
      expect(changes.sort()).to.deep.equal([...REACHED].sort());
    });
  }
});
