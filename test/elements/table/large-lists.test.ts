/**
 * The table with many connections: past 100 rows only those near the viewport are drawn, with
 * table semantics kept and Tab walking every row; past `search-threshold` a search field and
 * sortable headers; at or below it, exactly the help page's table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Connection, ConnectionStatus } from '../../../src/api/types.js';
import { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import { ConnectionsTable } from '../../../src/elements/table/connections-table.js';
import { connectionRows, deepActiveElement, part, parts, text } from '../../helpers/dom.js';
import { pressShiftTab } from '../../helpers/engines.js';
import { ScriptedApi } from '../../live/live-kit.js';
import { connection } from '../../state/fake-api.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
ConnectionsTable.define('connections-table');

function many(count: number): Connection[] {
  return Array.from({ length: count }, (_, i) =>
    connection(`c${i}`, { app: { key: `a${i}`, name: `App ${i}` }, label: `Label ${i}` }),
  );
}

const rowIndexes = (table: Element) =>
  connectionRows(table).map((row) => Number(row.getAttribute('aria-rowindex')));

async function mount(connections: Connection[], threshold?: number) {
  const api = new ScriptedApi(connections);
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <connections-provider .api=${api}>
        <connections-table search-threshold=${threshold ?? 10}></connections-table>
      </connections-provider>
    </div>`,
  );
  const table = root.querySelector('connections-table') as ConnectionsTable;
  await waitUntil(() => connectionRows(table).length > 0, 'no rows');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await table.updateComplete;
  return { api, root, table, provider: root.querySelector('connections-provider')! };
}

const labels = (table: Element) =>
  parts(table, 'row').map((row) => text(row.querySelector('[part~="label"]')));

describe('connections-table with many connections', function () {
  // Thousands of rows and 120 key presses: on a loaded 2-core machine, with three engines running,
  // they may take longer than the suite's 10 s (web-test-runner.config.mjs).
  this.timeout(60_000);
  afterEach(() => window.scrollTo(0, 0));

  describe('windowing', () => {
    it('draws every row up to 100 connections', async () => {
      const { table } = await mount(many(100), 1000);
      expect(parts(table, 'row').length).to.equal(100);
      expect(part(table, 'table')!.getAttribute('aria-rowcount')).to.equal('101');
    });

    it('past 100 draws only the rows near the viewport, keeping aria-rowcount and aria-rowindex', async () => {
      const { table } = await mount(many(500), 1000);
      const drawn = rowIndexes(table);
      expect(drawn.length).to.be.within(10, 80);
      expect(part(table, 'table')!.getAttribute('aria-rowcount')).to.equal('501');
      expect(drawn[0]).to.equal(2, 'the first connection is row 2 (the header is row 1)');
      drawn.forEach((index, i) => expect(index).to.equal(drawn[0] + i));
      expect(table.shadowRoot!.querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal(
        '1',
      );
      // Spacers hold the height of the rows not drawn, so the page's scrollbar stays true.
      const after = table.shadowRoot!.querySelector<HTMLElement>('tr.spacer:last-child')!;
      expect(after.getAttribute('aria-hidden')).to.equal('true');
      expect(after.getBoundingClientRect().height).to.be.greaterThan(400 * 40);
      await expect(table).to.be.accessible();
    });

    it('follows the page scroll', async () => {
      const { table } = await mount(many(1000), 10_000);
      const body = table.shadowRoot!.querySelector('tbody')!;
      const rowHeight = parts(table, 'row')[0].getBoundingClientRect().height;
      window.scrollTo(0, body.getBoundingClientRect().top + window.scrollY + rowHeight * 600);
      await waitUntil(() => rowIndexes(table).includes(602), 'row 602 never drawn');
      expect(rowIndexes(table)).not.to.include(2);
      expect(parts(table, 'row').length).to.be.below(100);
    });

    it('Tab walks the Manage links in order across the window edge, and Shift+Tab back', async () => {
      const { root } = await mount(many(300), 1000);
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      // No animation frame while tabbing (a busy or background page runs them late): the row the
      // next Tab goes to must be drawn without one.
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0;
      try {
        for (let i = 0; i < 120; i++) {
          await sendKeys({ press: 'Tab' });
          const row = deepActiveElement()?.closest('tr');
          expect(row?.getAttribute('aria-rowindex'), `Tab ${i + 1}`).to.equal(String(i + 2));
        }
      } finally {
        window.requestAnimationFrame = raf;
      }
      await pressShiftTab();
      expect(deepActiveElement()?.closest('tr')?.getAttribute('aria-rowindex')).to.equal('120');
    });

    it('keeps its rows when it cannot measure them (mounted hidden), and places them once shown', async () => {
      const api = new ScriptedApi(many(500));
      const root = await fixture<HTMLDivElement>(
        html`<div hidden>
          <connections-provider .api=${api}>
            <connections-table search-threshold="1000"></connections-table>
          </connections-provider>
        </div>`,
      );
      const table = root.querySelector('connections-table') as ConnectionsTable;
      await waitUntil(() => connectionRows(table).length > 0, 'no rows');
      // Frames pass while hidden: every row measures 0 px high.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await table.updateComplete;
      expect(rowIndexes(table).slice(0, 3)).to.deep.equal([2, 3, 4]);
      root.hidden = false;
      window.dispatchEvent(new Event('resize'));
      await waitUntil(() => rowIndexes(table).length < 40, 'the window never fit the viewport');
      expect(rowIndexes(table)[0]).to.equal(2);
      expect(text(parts(table, 'row')[0].querySelector('[part~="label"]'))).to.equal('Label 0');
    });

    it('a revoke in a 10,000-row list changes that row and no other', async () => {
      const { table, provider } = await mount(many(10_000), 100_000);
      const rows = parts(table, 'row');
      expect(rows.length).to.be.below(100);
      const changed = new Set<Element>();
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const row =
            (record.target as Element).parentElement?.closest?.('tr') ??
            (record.target as Element).closest?.('tr');
          if (row) changed.add(row);
        }
      });
      observer.observe(table.shadowRoot!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      await (provider as ConnectionsProvider).store!.revoke('c3');
      await table.updateComplete;
      observer.disconnect();
      expect(parts(table, 'row')).to.deep.equal(rows, 'the same row nodes');
      expect([...changed]).to.deep.equal([rows[3]]);
      expect(text(rows[3].querySelector('[part~="badge"]'))).to.equal('revoked');
    });
  });

  describe('search (above search-threshold)', () => {
    const eleven = () => [
      ...many(8),
      connection('s1', { app: { key: 'slack', name: 'Slack' }, label: 'École', status: 'pending' }),
      connection('s2', { app: { key: 'slack', name: 'Slack' }, label: 'Sales' }),
      connection('h', {
        app: { key: 'hubspot', name: 'HubSpot' },
        label: 'Marketing',
        status: 'error',
      }),
    ];

    it('shows no search and no sort at 10 connections or fewer: the help page table', async () => {
      const { table } = await mount(many(10));
      expect(part(table, 'search')).to.equal(null);
      expect(part(table, 'sort-button')).to.equal(null);
      expect(table.shadowRoot!.querySelectorAll('thead th[aria-sort]').length).to.equal(0);
    });

    it('filters by app name, label and status word, case- and accent-insensitively, and says how many', async () => {
      const { table } = await mount(eleven());
      const field = part<HTMLInputElement>(table, 'search')!;
      expect(field.getAttribute('type')).to.equal('search');
      expect(text(table.shadowRoot!.querySelector(`label[for="${field.id}"]`))).to.equal(
        'Search connections',
      );
      const count = part(table, 'search-count')!;
      expect(count.getAttribute('aria-live')).to.equal('polite');
      expect(count.getAttribute('role')).to.equal(null);
      expect(text(count)).to.equal('11 of 11 connections');
      const search = async (query: string) => {
        field.value = query;
        field.dispatchEvent(new InputEvent('input'));
        await table.updateComplete;
      };
      await search('SLACK');
      expect(labels(table)).to.deep.equal(['École', 'Sales']);
      expect(text(count)).to.equal('2 of 11 connections');
      await search('ecole');
      expect(labels(table)).to.deep.equal(['École']);
      await search('pending');
      expect(labels(table)).to.deep.equal(['École']);
      await search('error');
      expect(labels(table)).to.deep.equal(['Marketing']);
      await expect(table).to.be.accessible();

      await search('nothing like it');
      expect(part(table, 'table')).to.equal(null);
      expect(text(part(table, 'no-match')!.querySelector('p'))).to.equal(
        'No connections match "nothing like it".',
      );
      expect(text(count)).to.equal('0 of 11 connections');
      // "Clear search" stands apart from the sentence above it (--pc-space-2, 0.5rem: 8 px).
      const gap =
        part(table, 'clear-search')!.getBoundingClientRect().top -
        part(table, 'no-match')!.querySelector('p')!.getBoundingClientRect().bottom;
      expect(gap).to.be.closeTo(8, 0.5);
      await expect(table).to.be.accessible();
      part(table, 'clear-search')!.click();
      await table.updateComplete;
      await waitUntil(() => deepActiveElement() === field, 'focus back in the field');
      expect(field.value).to.equal('');
      expect(labels(table).length).to.equal(11);
    });

    it('sorts App, Label and Status: ascending, descending, then the API order again', async () => {
      const { table } = await mount(eleven());
      const headers = [...table.shadowRoot!.querySelectorAll('thead th')];
      const [app, label, status] = headers.map((th) => th.querySelector('button'));
      expect(headers[3].querySelector('button'), 'Actions does not sort').to.equal(null);
      expect(app!.getAttribute('part')).to.equal('sort-button');
      expect(text(app)).to.equal('App');
      const apiOrder = labels(table);

      app!.click();
      await table.updateComplete;
      expect(headers[0].getAttribute('aria-sort')).to.equal('ascending');
      const names = parts(table, 'row').map((row) => text(row.querySelector('.app-name'))!);
      expect(names.slice(0, 3)).to.deep.equal(['App 0', 'App 1', 'App 2']);
      expect(names.slice(-3)).to.deep.equal(['HubSpot', 'Slack', 'Slack']);
      expect(labels(table).slice(-2), 'stable: the API order breaks ties').to.deep.equal([
        'École',
        'Sales',
      ]);
      app!.click();
      await table.updateComplete;
      expect(headers[0].getAttribute('aria-sort')).to.equal('descending');
      app!.click();
      await table.updateComplete;
      expect(headers[0].hasAttribute('aria-sort')).to.equal(false);
      expect(labels(table)).to.deep.equal(apiOrder);

      status!.click();
      await table.updateComplete;
      const words = parts(table, 'row').map((row) => text(row.querySelector('[part~="badge"]')));
      expect(words.slice(0, 2)).to.deep.equal(['error', 'pending']);
      label!.click();
      await table.updateComplete;
      expect(headers[2].hasAttribute('aria-sort')).to.equal(false);
      expect(headers[1].getAttribute('aria-sort')).to.equal('ascending');
      await expect(table).to.be.accessible();
    });

    it('sorts statuses by need of attention: error, pending, revoked, active, unknown', async () => {
      const statuses: (ConnectionStatus | string)[] = [
        'active',
        'unknown',
        'revoked',
        'pending',
        'error',
      ];
      const data = Array.from({ length: 12 }, (_, i) =>
        connection(`x${i}`, { status: statuses[i % 5] as ConnectionStatus }),
      );
      const { table } = await mount(data);
      table.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')[2].click();
      await table.updateComplete;
      const words = parts(table, 'row').map((row) => text(row.querySelector('[part~="badge"]')));
      expect([...new Set(words)]).to.deep.equal([
        'error',
        'pending',
        'revoked',
        'active',
        'unknown',
      ]);
    });
  });
});
