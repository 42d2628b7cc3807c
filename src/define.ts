/**
 * Registers the default tag names. Safe to import twice, or beside another copy of the library:
 * a name already taken is left alone.
 */
import { ConnectionStatusBadge } from './elements/badge/connection-status-badge.js';
import { ConnectionRequests } from './elements/requests/connection-requests.js';
import { ConnectionsTable } from './elements/table/connections-table.js';
import { ConnectionsPortal } from './elements/portal/connections-portal.js';
import { ConnectionsProvider } from './elements/provider/connections-provider.js';
import { ToastRegion } from './elements/toast/toast-region.js';

export const DEFAULT_TAGS = {
  'connections-portal': ConnectionsPortal,
  'connections-provider': ConnectionsProvider,
  'connection-status-badge': ConnectionStatusBadge,
  'connection-requests': ConnectionRequests,
  'connections-table': ConnectionsTable,
  'connections-toast-region': ToastRegion,
} as const;

for (const [tag, element] of Object.entries(DEFAULT_TAGS)) element.define(tag);

declare global {
  interface HTMLElementTagNameMap {
    'connections-portal': ConnectionsPortal;
    'connections-provider': ConnectionsProvider;
    'connection-status-badge': ConnectionStatusBadge;
    'connection-requests': ConnectionRequests;
    'connections-table': ConnectionsTable;
    'connections-toast-region': ToastRegion;
  }
}
