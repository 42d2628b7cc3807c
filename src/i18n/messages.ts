/**
 * Every string a user reads. The defaults are the help page's words, verbatim
 * (../shared/spec/connections-help-page.txt); hosts override any subset through `.messages`.
 * Functions take the values they interpolate, so a translation can reorder them.
 */
export interface Messages {
  // The page
  pageTitle: string;
  requestsTitle: string;
  tableLabel: string;
  columnApp: string;
  columnLabel: string;
  columnStatus: string;
  columnActions: string;
  manage: string;
  /** The extra words a screen reader hears after "Manage" ("Manage Slack"). */
  manageContext: (appName: string, label: string) => string;
  emptyTitle: string;
  emptyNote: string;
  loading: string;
  listLoadFailed: string;
  retry: string;
  /**
   * Above `search-threshold` connections: the search field's name, its count, no match. The count
   * gets both numbers formatted, and the `Intl.PluralRules` category of `total` in the element's
   * language, so a translation can choose the noun's form.
   */
  searchLabel: string;
  searchCount: (shown: string, total: string, plural: Intl.LDMLPluralRule) => string;
  searchNoMatch: (query: string) => string;
  searchClear: string;

  // Statuses: the badge shows the word, the description says what it means
  statusActive: string;
  statusError: string;
  statusPending: string;
  statusRevoked: string;
  statusUnknown: string;
  descriptionActive: string;
  descriptionError: string;
  descriptionPending: string;
  descriptionRevoked: string;
  descriptionUnknown: string;
  adviceError: string;
  advicePending: string;
  adviceRevoked: string;

  // Outstanding connection requests
  connect: string;
  requestedBy: (who: string) => string;
  requestedOn: string;
  connectUnavailable: string;
  cancelRequestNote: string;

  // Detail
  backToConnections: string;
  externalAccountEmail: string;
  lastRefreshed: string;
  never: string;
  refreshCredential: string;
  revoke: string;
  contactAgency: string;
  notFoundTitle: string;
  notFoundNote: string;
  detailLoadFailed: string;
  /** Read by a screen reader while a connection's detail loads. */
  loadingConnection: string;
  /** The extra words a screen reader hears after "Refresh credential" and "Revoke". */
  actionContext: (appName: string, label: string) => string;

  // Revoke dialog
  revokeDialogTitle: string;
  revokeDialogDescription: string;
  revokeConfirm: string;
  revokeCancel: string;
  revokeFailed: string;

  // Toasts
  refreshedToast: string;
  refreshFailedToast: string;
  refreshFailedDetail: string;
  revokedToast: string;
  revokedDetail: string;
  /** A status the server changed while the page was open ("Google Drive is now active."). */
  statusChanged: (appName: string, status: string) => string;
  dismiss: string;

  // Why a request failed, by ApiError kind (shown after the failure message)
  errorNetwork: string;
  errorTimeout: string;
  errorUnauthorized: string;
  errorForbidden: string;
  errorServer: string;
  errorRateLimited: string;
  errorInvalidResponse: string;
  errorUnexpected: string;
}

/** "Slack, Marketing": what a screen reader hears after "Manage", "Refresh credential", "Revoke". */
const appAndLabel = (appName: string, label: string) => `${appName}, ${label}`;

export const defaultMessages: Messages = {
  pageTitle: 'Connections',
  requestsTitle: 'Outstanding connection requests',
  tableLabel: 'Connections',
  columnApp: 'App',
  columnLabel: 'Label',
  columnStatus: 'Status',
  columnActions: 'Actions',
  manage: 'Manage',
  manageContext: appAndLabel,
  emptyTitle: 'No connections yet',
  emptyNote: 'When your team asks you to connect an app, it will show up here.',
  loading: 'Loading connections…',
  searchLabel: 'Search connections',
  searchCount: (shown, total, plural) =>
    `${shown} of ${total} connection${plural === 'one' ? '' : 's'}`,
  searchNoMatch: (query) => `No connections match "${query}".`,
  searchClear: 'Clear search',
  listLoadFailed: 'Your connections could not be loaded.',
  retry: 'Retry',

  statusActive: 'active',
  statusError: 'error',
  statusPending: 'pending',
  statusRevoked: 'revoked',
  statusUnknown: 'unknown',
  descriptionActive: 'Connected and working.',
  descriptionError: 'Reconnection needed.',
  descriptionPending: 'Waiting for the first sync.',
  descriptionRevoked: 'This connection was revoked. Reconnect to keep workflows running.',
  descriptionUnknown: 'Status not recognised. Contact your agency if this persists.',
  adviceError: 'Refresh the credential, or revoke and reconnect.',
  advicePending: 'Wait. The connection finishes setting up on its own.',
  adviceRevoked: 'Reconnect from a request email if your agency sends a fresh one.',

  connect: 'Connect',
  requestedBy: (who) => `Requested by ${who}`,
  requestedOn: 'Requested',
  connectUnavailable: 'Connect link unavailable',
  cancelRequestNote: 'Only your agency can cancel a request that asked you to connect an app.',

  backToConnections: 'Back to Connections',
  externalAccountEmail: 'External account email',
  lastRefreshed: 'Last refreshed',
  never: 'Never',
  refreshCredential: 'Refresh credential',
  revoke: 'Revoke',
  contactAgency: 'Contact your agency if this integration needs to be reconnected.',
  notFoundTitle: 'Connection not found',
  notFoundNote: 'It may have been removed, or it belongs to another workspace.',
  detailLoadFailed: 'This connection could not be loaded.',
  loadingConnection: 'Loading connection…',
  actionContext: appAndLabel,

  revokeDialogTitle: 'Revoke this connection?',
  revokeDialogDescription:
    'Workflows that depend on this credential will pause until you (or another team member) reconnect it. You can reconnect at any time from this page or from a future request email.',
  revokeConfirm: 'Revoke connection',
  revokeCancel: 'Keep connection',
  revokeFailed: 'The connection could not be revoked.',

  refreshedToast: 'Connection refreshed.',
  refreshFailedToast: 'Failed to refresh connection',
  refreshFailedDetail: 'You may need to reconnect.',
  revokedToast: 'Connection revoked',
  revokedDetail: 'Workflows using this connection will pause until reconnected.',
  statusChanged: (appName, status) => `${appName} is now ${status}.`,
  dismiss: 'Dismiss',

  errorNetwork: 'Check your internet connection and try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorUnauthorized: 'Your session has ended. Sign in again.',
  errorForbidden: 'You do not have access to this workspace.',
  errorServer: 'The server had a problem. Try again in a moment.',
  errorRateLimited: 'Too many requests. Wait a moment and try again.',
  errorInvalidResponse: 'The server sent an answer this page cannot read. Try again later.',
  errorUnexpected: 'Something went wrong. Try again.',
};

/**
 * Merges a host's partial override over `base` (the English defaults, or a registered locale);
 * unknown keys and non-matching types are ignored.
 */
export function resolveMessages(
  overrides?: Partial<Messages> | null,
  base: Messages = defaultMessages,
): Messages {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in base && typeof value === typeof merged[key]) merged[key] = value;
  }
  return merged as unknown as Messages;
}

/**
 * The message named `prefix` + `name` in Pascal case (`'error', 'rate-limited'` → `errorRateLimited`,
 * `'status', 'active'` → `statusActive`), or undefined when there is none.
 */
export function messageText(messages: Messages, prefix: string, name: string): string | undefined {
  const key = prefix + name.replace(/(?:^|-)(.)/g, (_, letter: string) => letter.toUpperCase());
  return (messages as unknown as Partial<Record<string, string>>)[key];
}
