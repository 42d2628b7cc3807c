/**
 * Lit's dev mode finds no wasted render (issue 10): no `change-in-update` from the table or the
 * detail through a 10,000-row list, a revoke, a search, a sort, a refresh and a revoke in the detail.
 * Every other test file is guarded the same way (test/helpers/lit-warnings.ts); this one proves the
 * guard is armed and names the elements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Connection } from '../../../src/api/types.js';
import type { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import { ConnectionsTable } from '../../../src/elements/table/connections-table.js';
import { connectionRows, part, parts, text } from '../../helpers/dom.js';
import { takeLitWarnings } from '../../helpers/lit-warnings.js';
import { ScriptedApi } from '../../live/live-kit.js';
import { connection } from '../../state/fake-api.js';
import { dialogOf, mountLoaded, slack, SpyApi } from '../detail/helpers.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsTable.define('connections-table');

/** Sets a property in `updated()`: the very render twice that Lit's dev mode warns about. */
class RendersTwice extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  protected override updated(): void {
    if (this.count === 0) this.count = 1;
  }
}
customElements.define('lit-dev-mode-renders-twice', RendersTwice);

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe("Lit's dev mode", function () {
  this.timeout(60_000);
  beforeEach(() => takeLitWarnings());

  it('is on in the tests, and its warnings are caught', async () => {
    await tick();
    const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    expect([...(issued ?? [])].some((w) => w.startsWith('Lit is in dev mode.'))).to.equal(true);

    const element = await fixture<RendersTwice>(
      html`<lit-dev-mode-renders-twice></lit-dev-mode-renders-twice>`,
    );
    await element.updateComplete;
    const warnings = takeLitWarnings();
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.include('Element lit-dev-mode-renders-twice scheduled an update');
  });

  it('finds no wasted render in connections-table: 10,000 rows, a revoke, a search, a sort', async () => {
    const many: Connection[] = Array.from({ length: 10_000 }, (_, i) =>
      connection(`c${i}`, { app: { key: `a${i}`, name: `App ${i}` }, label: `Label ${i}` }),
    );
    const root = await fixture<ConnectionsProvider>(
      html`<connections-provider .api=${new ScriptedApi(many)}>
        <connections-table></connections-table>
      </connections-provider>`,
    );
    const table = root.querySelector('connections-table')!;
    await waitUntil(() => connectionRows(table).length > 0, 'no rows');
    await root.store!.revoke('c3');
    await waitUntil(
      () => text(parts(table, 'row')[3]?.querySelector('[part~="badge"]')) === 'revoked',
    );
    const field = part<HTMLInputElement>(table, 'search')!;
    field.value = 'App 12';
    field.dispatchEvent(new InputEvent('input'));
    await table.updateComplete;
    table.shadowRoot!.querySelector<HTMLButtonElement>('thead th button')!.click();
    await table.updateComplete;
    await tick();
    expect(text(part(table, 'search-count'))).to.equal('111 of 10,000 connections');
    expect(takeLitWarnings()).to.deep.equal([]);
  });

  it('finds no wasted render in connection-detail: load, refresh, revoke', async () => {
    const { detail, toaster } = await mountLoaded(new SpyApi({ connections: [slack()] }));
    part(detail, 'refresh-button')!.click();
    await waitUntil(() => toaster.calls.length === 1, 'no toast after the refresh');
    part(detail, 'revoke-button')!.click();
    await dialogOf(detail).updateComplete;
    part(dialogOf(detail), 'confirm')!.click();
    await waitUntil(() => toaster.calls.length === 2, 'no toast after the revoke');
    await tick();
    expect(takeLitWarnings()).to.deep.equal([]);
  });
});
