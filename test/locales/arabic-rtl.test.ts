/**
 * Arabic on a page that says `lang="ar" dir="rtl"`: every element follows the host's direction
 * (none writes `dir` itself) and axe finds nothing in any state of the portal: the list, its
 * search, loading, empty and failed; the detail, not found and failed; the revoke dialog and its
 * failure; the toasts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryConnectionsApi, type MemoryFailures } from '../../src/api/memory-api.js';
import type { ConnectionsPortal } from '../../src/elements/portal/connections-portal.js';
import type { ConnectionsTable } from '../../src/elements/table/connections-table.js';
import { registerLocale } from '../../src/i18n/locale.js';
import ar from '../../src/locales/ar.js';
import { createSeed } from '../../demo/server/seed.js';
import { animationsFinished, shadowQuery, shadowQueryAll, text } from '../helpers/dom.js';
import { waitUntil } from '../helpers/wait-until.js';

interface Options {
  connectionId?: string;
  failures?: MemoryFailures;
  latencyMs?: number;
  data?: 'acme' | 'empty';
  searchThreshold?: number;
}

async function portalInArabic(options: Options = {}): Promise<ConnectionsPortal> {
  const { connections, requests } = createSeed()[options.data ?? 'acme'];
  const api = new MemoryConnectionsApi({
    connections,
    requests,
    failures: options.failures,
    latencyMs: options.latencyMs,
  });
  const root = await fixture<HTMLElement>(html`
    <div lang="ar" dir="rtl">
      <connections-portal
        routing="none"
        connection-id=${options.connectionId ?? ''}
        search-threshold=${options.searchThreshold ?? 10}
        .api=${api}
      ></connections-portal>
    </div>
  `);
  return root.querySelector('connections-portal') as ConnectionsPortal;
}

/** Every element inside `root`, through shadow roots. */
function everyElement(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? everyElement(el.shadowRoot) : []),
  ]);
}

/** Right to left everywhere, from the page's dir alone; then axe. */
async function expectRightToLeftAndAccessible(portal: ConnectionsPortal): Promise<void> {
  const elements = everyElement(portal.shadowRoot!);
  expect(elements.filter((el) => el.hasAttribute('dir')).map((el) => el.localName)).to.deep.equal(
    [],
  );
  expect(portal.hasAttribute('dir')).to.equal(false);
  for (const el of [portal, ...elements]) expect(getComputedStyle(el).direction).to.equal('rtl');
  // A toast fades in: axe reads its final colours, not a frame of the animation.
  await animationsFinished(portal);
  await expect(portal).to.be.accessible();
}

const inDetail = (portal: Element, part: string) =>
  shadowQuery(portal, 'connection-detail', `[part~="${part}"]`);
const toastTitles = (portal: Element) =>
  shadowQueryAll(portal, 'connections-toast-region', '[part~="toast-title"]').map((t) => text(t));

describe('Arabic, right to left', () => {
  before(() => registerLocale('ar', ar));

  it('the list, with the requests panel', async () => {
    const portal = await portalInArabic();
    await waitUntil(() => shadowQuery(portal, 'connection-requests', '[part~="heading"]'));
    await waitUntil(() => shadowQuery(portal, 'connections-table', '[part~="manage-link"]'));
    expect(text(shadowQuery(portal, '[part~="heading"]'))).to.equal('الاتصالات');
    expect(shadowQueryAll(portal, 'connections-table', 'th').map((th) => text(th))).to.deep.equal([
      'التطبيق',
      'التسمية',
      'الحالة',
      'الإجراءات',
    ]);
    await expectRightToLeftAndAccessible(portal);
  });

  it('the list searched, and a search that matches nothing', async () => {
    const portal = await portalInArabic({ searchThreshold: 0 });
    await waitUntil(() => shadowQuery(portal, 'connections-table', '[part~="search"]'));
    const field = shadowQuery<HTMLInputElement>(portal, 'connections-table', '[part~="search"]')!;
    const table = shadowQuery<ConnectionsTable>(portal, 'connections-table')!;
    for (const query of ['خطأ', 'لا شيء']) {
      field.value = query;
      field.dispatchEvent(new InputEvent('input'));
      await table.updateComplete;
      await expectRightToLeftAndAccessible(portal);
    }
    expect(text(shadowQuery(portal, 'connections-table', '[part~="no-match"] p'))).to.equal(
      'لا توجد اتصالات تطابق «لا شيء».',
    );
  });

  it('loading, empty, and a list that could not be loaded', async () => {
    const loading = await portalInArabic({ latencyMs: 1_000_000 });
    await waitUntil(() => shadowQuery(loading, 'connections-table', '[part~="table"]'));
    await expectRightToLeftAndAccessible(loading);

    const empty = await portalInArabic({ data: 'empty' });
    await waitUntil(() => shadowQuery(empty, 'connections-table', '[part~="empty"]'));
    expect(text(shadowQuery(empty, 'connections-table', '[part~="empty"]'))).to.contain(
      'لا توجد اتصالات بعد',
    );
    await expectRightToLeftAndAccessible(empty);

    const failed = await portalInArabic({ failures: { listConnections: 'server' } });
    await waitUntil(() => shadowQuery(failed, 'connections-table', '[part~="error"]'));
    expect(text(shadowQuery(failed, 'connections-table', '[part~="error"] p'))).to.equal(
      'تعذّر تحميل اتصالاتك. واجه الخادم مشكلة. حاول مرة أخرى بعد قليل.',
    );
    await expectRightToLeftAndAccessible(failed);
  });

  it('the detail, its toasts, and the revoke dialog with its failure', async () => {
    const portal = await portalInArabic({
      connectionId: 'conn_hubspot_01',
      failures: { revokeConnection: 'server' },
    });
    await waitUntil(() => inDetail(portal, 'app-name'));
    expect(text(inDetail(portal, 'back-link'))).to.equal('العودة إلى الاتصالات');
    await expectRightToLeftAndAccessible(portal);

    inDetail(portal, 'refresh-button')!.click();
    await waitUntil(() => toastTitles(portal).length === 1, 'no toast');
    expect(toastTitles(portal)).to.deep.equal(['تم تحديث الاتصال.']);
    await expectRightToLeftAndAccessible(portal);

    inDetail(portal, 'revoke-button')!.click();
    const dialog = () => shadowQuery(portal, 'connection-detail', 'revoke-dialog')!;
    await waitUntil(() => dialog().shadowRoot?.querySelector('dialog[open]'), 'no dialog');
    expect(text(dialog().shadowRoot!.querySelector('[part~="title"]'))).to.equal(
      'إبطال هذا الاتصال؟',
    );
    await expectRightToLeftAndAccessible(portal);

    dialog().shadowRoot!.querySelector<HTMLElement>('[part~="confirm"]')!.click();
    await waitUntil(() => dialog().shadowRoot!.querySelector('[part~="error"]'));
    expect(text(dialog().shadowRoot!.querySelector('[part~="error"]'))).to.equal(
      'تعذّر إبطال الاتصال. واجه الخادم مشكلة. حاول مرة أخرى بعد قليل.',
    );
    await expectRightToLeftAndAccessible(portal);
  });

  it('a failed refresh, a detail not found, and one that could not be loaded', async () => {
    const portal = await portalInArabic({ connectionId: 'conn_sheets_01' });
    await waitUntil(() => inDetail(portal, 'refresh-button'));
    inDetail(portal, 'refresh-button')!.click();
    await waitUntil(() => toastTitles(portal).length === 1, 'no toast');
    expect(toastTitles(portal)).to.deep.equal(['تعذّر تحديث الاتصال']);
    await expectRightToLeftAndAccessible(portal);

    const missing = await portalInArabic({ connectionId: 'no-such-connection' });
    await waitUntil(() => inDetail(missing, 'not-found'));
    expect(text(inDetail(missing, 'not-found'))).to.equal(
      'لم يتم العثور على الاتصال ربما تمت إزالته، أو أنه يتبع مساحة عمل أخرى.',
    );
    await expectRightToLeftAndAccessible(missing);

    const failed = await portalInArabic({
      connectionId: 'conn_slack_01',
      failures: { getConnection: 'network' },
    });
    await waitUntil(() => inDetail(failed, 'error'));
    await expectRightToLeftAndAccessible(failed);
  });
});
