/** What the portal's test files share: the seeded API, a plain click, and waiting for a view. */
import { MemoryConnectionsApi } from '../../../src/api/memory-api.js';
import type { ConnectionsPortal } from '../../../src/elements/portal/connections-portal.js';
import { createSeed } from '../../../demo/server/seed.js';
import { shadowQuery, shadowQueryAll, text } from '../../helpers/dom.js';
import { waitUntil } from '../../helpers/wait-until.js';

export const BASE = '/portal/connections';

export function seededApi(): MemoryConnectionsApi {
  const { connections, requests } = createSeed().acme;
  return new MemoryConnectionsApi({ connections, requests });
}

export function manageLinks(portal: ConnectionsPortal): HTMLAnchorElement[] {
  return shadowQueryAll<HTMLAnchorElement>(portal, 'connections-table', 'a[part~="manage-link"]');
}

export async function listReady(portal: ConnectionsPortal): Promise<void> {
  await waitUntil(() => manageLinks(portal).length > 0, 'the list did not render');
}

export async function detailReady(portal: ConnectionsPortal, appName: string): Promise<void> {
  await waitUntil(
    () => text(shadowQuery(portal, 'connection-detail', '[part~="app-name"]')) === appName,
    `the detail of ${appName} did not render`,
  );
}

export function plainClick(element: HTMLElement): MouseEvent {
  const click = new MouseEvent('click', {
    bubbles: true,
    composed: true,
    cancelable: true,
    button: 0,
  });
  element.dispatchEvent(click);
  return click;
}
