/**
 * The package's main entry: every class, type and helper, with NO side effects (nothing is
 * registered). Import `portal-connections/define` to register the default tags.
 */
export * from './api/index.js';
export * from './events.js';
export { defaultMessages, resolveMessages, type Messages } from './i18n/messages.js';
export { ConnectionsStore } from './state/store.js';
export type {
  ActionResult,
  DetailState,
  ListState,
  LoadStatus,
  PendingAction,
  RequestsState,
  StoreState,
} from './state/store.js';
export { messagesContext, storeContext } from './state/context.js';
export { PortalController } from './state/portal-controller.js';
export { ProviderController, type ProviderConfig } from './state/provider-controller.js';
export { routerContext, type PortalRouter } from './routing/router.js';
export { toasterContext } from './elements/toast/toaster-context.js';
export type { Toaster, ToastOptions } from './elements/toast/toast-types.js';
export { safeUrl } from './utils/url-policy.js';
export { TOKEN_DEFAULTS, type TokenName } from './styles/tokens.js';
export { PortalElement } from './elements/base/portal-element.js';
export { ConnectionStatusBadge } from './elements/badge/connection-status-badge.js';
export { ConnectionsProvider } from './elements/provider/connections-provider.js';
export { ConnectionsPortal } from './elements/portal/connections-portal.js';
export { ToastRegion } from './elements/toast/toast-region.js';
export { ConnectionRequests } from './elements/requests/connection-requests.js';
export { formatDateTime } from './i18n/format.js';
export { ConnectionsTable } from './elements/table/connections-table.js';
export { errorText } from './i18n/error-text.js';
