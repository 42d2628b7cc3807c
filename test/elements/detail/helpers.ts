import { fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement, type TemplateResult } from 'lit';
import { MemoryConnectionsApi, type MemoryConnectionInput } from '../../../src/api/memory-api.js';
import type { ConnectionsApi, RequestOptions } from '../../../src/api/types.js';
import { ConnectionStatusBadge } from '../../../src/elements/badge/connection-status-badge.js';
import { ConnectionDetail } from '../../../src/elements/detail/connection-detail.js';
import { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import { RevokeDialog } from '../../../src/elements/revoke-dialog/revoke-dialog.js';
import { routerContext } from '../../../src/context.js';
import type { PortalRouter } from '../../../src/routing/router.js';
import { part, text } from '../../helpers/dom.js';
import type { TestToaster } from '../test-toaster.js';
import '../test-toaster.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
ConnectionDetail.define('connection-detail');
RevokeDialog.define('revoke-dialog');
ConnectionStatusBadge.define('connection-status-badge');

/** A MemoryConnectionsApi that records every call, to count requests. */
export class SpyApi extends MemoryConnectionsApi {
  readonly calls: string[] = [];
  override getConnection(id: string, options?: RequestOptions) {
    this.calls.push(`get:${id}`);
    return super.getConnection(id, options);
  }
  override refreshConnection(id: string, options?: RequestOptions) {
    this.calls.push(`refresh:${id}`);
    return super.refreshConnection(id, options);
  }
  override revokeConnection(id: string, options?: RequestOptions) {
    this.calls.push(`revoke:${id}`);
    return super.revokeConnection(id, options);
  }
  count(prefix: string): number {
    return this.calls.filter((c) => c.startsWith(prefix)).length;
  }
}

export const OLD_REFRESH = '2024-03-01T10:00:00.000Z';

/** Slack, Marketing: in error, refreshable, with an email and a last refresh. */
export function slack(overrides: Partial<MemoryConnectionInput> = {}): MemoryConnectionInput {
  return {
    id: 'c1',
    app: { key: 'slack', name: 'Slack' },
    label: 'Marketing',
    status: 'error',
    externalAccountEmail: 'ops@acme.test',
    lastRefreshedAt: OLD_REFRESH,
    refreshable: true,
    ...overrides,
  };
}

export interface Mounted {
  provider: ConnectionsProvider;
  toaster: TestToaster;
  detail: ConnectionDetail;
}

/** A provider, a recording toaster inside it (nearer than the provider's region), and the detail. */
export async function mount(
  api: ConnectionsApi,
  id = 'c1',
  wrap: (inner: TemplateResult) => TemplateResult = (inner) => inner,
): Promise<Mounted> {
  const root = await fixture<HTMLElement>(
    wrap(
      html`<connections-provider .api=${api}>
        <test-toaster>
          <connection-detail connection-id=${id}></connection-detail>
        </test-toaster>
      </connections-provider>`,
    ),
  );
  const provider = (
    root.localName === 'connections-provider' ? root : root.querySelector('connections-provider')
  ) as ConnectionsProvider;
  const toaster = provider.querySelector('test-toaster') as TestToaster;
  const detail = provider.querySelector('connection-detail') as ConnectionDetail;
  await detail.updateComplete;
  return { provider, toaster, detail };
}

/** Mounts and waits until the connection (or a not-found / error view) is on screen. */
export async function mountLoaded(api: ConnectionsApi, id = 'c1'): Promise<Mounted> {
  const m = await mount(api, id);
  await waitUntil(
    () => part(m.detail, 'app-name') || part(m.detail, 'not-found') || part(m.detail, 'error'),
    'the detail never loaded',
  );
  await badge(m.detail)?.updateComplete;
  return m;
}

export const dialogOf = (detail: ConnectionDetail) =>
  detail.shadowRoot!.querySelector('revoke-dialog') as RevokeDialog;

export const badge = (detail: ConnectionDetail) =>
  detail.shadowRoot!.querySelector('connection-status-badge') as ConnectionStatusBadge | null;

/** What the badge shows: word and description, read through its shadow root. */
export function badgeText(detail: ConnectionDetail): string | undefined {
  const root = badge(detail)?.shadowRoot;
  if (!root) return undefined;
  const word = text(root.querySelector('[part="badge"]'));
  const description = text(root.querySelector('[part="description"]'));
  return `${word} ${description}`;
}

/** Provides a router context to what it holds, recording navigate() calls. */
export class TestRouter extends LitElement {
  readonly navigations: (string | null)[] = [];
  readonly router: PortalRouter = {
    hrefFor: (id) => (id === null ? '/app/connections' : `/app/connections/${id}`),
    navigate: (id) => void this.navigations.push(id),
  };
  private provider = new ContextProvider(this, {
    context: routerContext,
    initialValue: this.router,
  });

  override createRenderRoot() {
    void this.provider;
    return this;
  }
}
if (!customElements.get('test-router')) customElements.define('test-router', TestRouter);
