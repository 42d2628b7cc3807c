/**
 * The package's main entry: every class, type and helper, with NO side effects (nothing is
 * registered). Import `portal-connections/define` to register the default tags.
 */
export * from './api/index.js';
export * from './events.js';
export { defaultMessages, resolveMessages, type Messages } from './i18n/messages.js';
export { MessagesController } from './i18n/messages-controller.js';
export { registerLocale } from './i18n/locale.js';
export { ConnectionsStore } from './state/store.js';
export type {
  ActionOutcome,
  ActionResult,
  DetailState,
  ListState,
  LoadStatus,
  PendingAction,
  RequestsState,
  StoreState,
} from './state/store-state.js';
export type { DetailView, ListView } from './state/selectors.js';
export {
  messagesContext,
  routerContext,
  storeContext,
  toasterContext,
  type Toaster,
  type ToastOptions,
} from './context.js';
export { StoreController, type StoreControllerHost } from './state/store-controller.js';
export { ProviderController, type ProviderConfig } from './state/provider-controller.js';
export type { PortalRouter } from './routing/router.js';
export { safeUrl } from './utils/url-policy.js';
export type { Clock } from './utils/clock.js';
export { TOKEN_DEFAULTS, type TokenName } from './styles/tokens.js';
export { BaseElement } from './elements/base/base-element.js';
export { ActionController } from './elements/base/action-controller.js';
export { ConnectionStatusBadge } from './elements/badge/connection-status-badge.js';
export { ConnectionsProvider } from './elements/provider/connections-provider.js';
export { ConnectionsPortal } from './elements/portal/connections-portal.js';
export { ToastRegion } from './elements/toast/toast-region.js';
export { ConnectionRequests } from './elements/requests/connection-requests.js';
export { formatDateTime } from './i18n/format.js';
export { ConnectionsTable } from './elements/table/connections-table.js';
export { errorText } from './i18n/error-text.js';
export { ConnectionDetail } from './elements/detail/connection-detail.js';
export { RevokeDialog } from './elements/revoke-dialog/revoke-dialog.js';

export { PortalController, PortalElement } from './deprecated.js';
