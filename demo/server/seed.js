// The reference server's seed data. A PURE module (no Node imports): the browser tests, Storybook and
// the demo import it too. Every call of createSeed() returns fresh deep copies, so nothing that mutates
// one seed ever leaks into another.

/**
 * @typedef {object} AppInfo
 * @property {string} key
 * @property {string} name
 * @property {string | null} [iconUrl]
 */

/**
 * @typedef {'active' | 'error' | 'pending' | 'revoked' | 'unknown'} ConnectionStatus
 */

/**
 * A connection as the client sees it (the REST contract's `Connection`).
 * @typedef {object} Connection
 * @property {string} id
 * @property {AppInfo} app
 * @property {string} label
 * @property {string} status  one of ConnectionStatus on the wire; the server never invents others,
 *   but a test may seed any string to exercise the client's 'unknown' handling
 * @property {string | null} externalAccountEmail
 * @property {string | null} lastRefreshedAt  ISO 8601
 * @property {boolean} refreshable  an OAuth app that still holds a stored token
 */

/**
 * A connection as the server stores it: the contract's fields plus internal ones that never go out.
 * @typedef {Connection & { owner?: 'client' | 'agency', refreshFails?: boolean }} StoredConnection
 *   owner: 'agency' marks the agency's own connections, never listed nor gettable by the client;
 *   refreshFails: the provider rejects the stored token, so a refresh answers 422 refresh_failed.
 */

/**
 * @typedef {object} ConnectionRequest
 * @property {string} id
 * @property {AppInfo} app
 * @property {string} requestedAt  ISO 8601
 * @property {string | null} requestedBy
 * @property {string} connectUrl
 */

/**
 * @typedef {object} WorkspaceSeed
 * @property {StoredConnection[]} connections
 * @property {ConnectionRequest[]} requests
 * @property {string} [token]  when set, requests must send `Authorization: Bearer <token>`
 * @property {number} [pageSize]  the default page limit of GET /connections (50 when unset)
 */

/** The workspace the demo opens by default. */
export const DEFAULT_WORKSPACE_ID = 'acme';

const ICONS = 'https://cdn.example.com/app-icons';

/** @type {Record<string, AppInfo>} */
const APPS = {
  slack: { key: 'slack', name: 'Slack', iconUrl: `${ICONS}/slack.svg` },
  hubspot: { key: 'hubspot', name: 'HubSpot', iconUrl: `${ICONS}/hubspot.svg` },
  sheets: { key: 'google-sheets', name: 'Google Sheets', iconUrl: `${ICONS}/google-sheets.svg` },
  drive: { key: 'google-drive', name: 'Google Drive', iconUrl: null },
  salesforce: { key: 'salesforce', name: 'Salesforce', iconUrl: `${ICONS}/salesforce.svg` },
  mailchimp: { key: 'mailchimp', name: 'Mailchimp', iconUrl: null },
  notion: { key: 'notion', name: 'Notion', iconUrl: null },
  asana: { key: 'asana', name: 'Asana', iconUrl: `${ICONS}/asana.svg` },
  xero: { key: 'xero', name: 'Xero', iconUrl: `${ICONS}/xero.svg` },
  quickbooks: { key: 'quickbooks', name: 'QuickBooks', iconUrl: null },
  shopify: { key: 'shopify', name: 'Shopify', iconUrl: `${ICONS}/shopify.svg` },
  github: { key: 'github', name: 'GitHub', iconUrl: `${ICONS}/github.svg` },
};

const LONG_LABEL =
  'Marketing operations shared workspace for the EMEA, North America and Asia-Pacific regional teams ' +
  '(quarterly campaign reporting, leads and attribution)';

/** @returns {Record<string, WorkspaceSeed>} */
function seedData() {
  return {
    acme: {
      connections: [
        {
          id: 'conn_slack_01',
          app: APPS.slack,
          label: 'Acme team Slack',
          status: 'active',
          externalAccountEmail: 'ops@acme.example',
          lastRefreshedAt: '2025-11-20T09:15:00.000Z',
          refreshable: true,
        },
        {
          id: 'conn_hubspot_01',
          app: APPS.hubspot,
          label: 'Sales CRM',
          status: 'error',
          externalAccountEmail: 'sales@acme.example',
          lastRefreshedAt: '2025-10-02T14:30:00.000Z',
          refreshable: true,
        },
        {
          id: 'conn_sheets_01',
          app: APPS.sheets,
          label: 'Weekly reporting sheet',
          status: 'error',
          externalAccountEmail: 'reports@acme.example',
          lastRefreshedAt: '2025-09-18T08:00:00.000Z',
          refreshable: true,
          refreshFails: true,
        },
        {
          id: 'conn_drive_01',
          app: APPS.drive,
          label: 'Shared drive',
          status: 'pending',
          externalAccountEmail: null,
          lastRefreshedAt: null,
          refreshable: false,
        },
        {
          id: 'conn_salesforce_01',
          app: APPS.salesforce,
          label: 'Enterprise CRM',
          status: 'revoked',
          externalAccountEmail: 'admin@acme.example',
          lastRefreshedAt: '2025-06-01T12:00:00.000Z',
          refreshable: false,
        },
        {
          id: 'conn_mailchimp_01',
          app: APPS.mailchimp,
          label: 'Newsletter audience',
          status: 'error',
          externalAccountEmail: 'newsletter@acme.example',
          lastRefreshedAt: '2025-08-11T16:45:00.000Z',
          // No stored token any more: only reconnecting helps.
          refreshable: false,
        },
        {
          id: 'conn_notion_01',
          app: APPS.notion,
          label: 'Project wiki',
          status: 'active',
          externalAccountEmail: null,
          lastRefreshedAt: '2025-11-24T07:05:00.000Z',
          refreshable: true,
        },
        {
          id: 'conn_asana_01',
          app: APPS.asana,
          label: LONG_LABEL,
          status: 'active',
          externalAccountEmail: 'marketing-operations-emea@acme.example',
          lastRefreshedAt: '2025-11-22T18:20:00.000Z',
          refreshable: true,
        },
        {
          id: 'conn_agency_github',
          app: APPS.github,
          label: "Agency's deployment bot",
          status: 'active',
          externalAccountEmail: 'bot@agency.example',
          lastRefreshedAt: '2025-11-25T06:00:00.000Z',
          refreshable: true,
          owner: 'agency',
        },
        {
          id: 'conn_agency_xero',
          app: APPS.xero,
          label: 'Agency billing',
          status: 'error',
          externalAccountEmail: 'billing@agency.example',
          lastRefreshedAt: '2025-10-30T10:00:00.000Z',
          refreshable: true,
          owner: 'agency',
        },
      ],
      requests: [
        {
          id: 'req_quickbooks_01',
          app: APPS.quickbooks,
          requestedAt: '2025-11-21T10:00:00.000Z',
          requestedBy: 'Dana Whitfield',
          connectUrl: 'https://connect.agency.example/requests/req_quickbooks_01',
        },
        {
          id: 'req_shopify_01',
          app: APPS.shopify,
          requestedAt: '2025-11-23T15:30:00.000Z',
          requestedBy: null,
          connectUrl: 'https://connect.agency.example/requests/req_shopify_01',
        },
      ],
    },
    globex: {
      connections: [
        {
          id: 'conn_globex_xero',
          app: APPS.xero,
          label: 'Globex accounts',
          status: 'active',
          externalAccountEmail: 'finance@globex.example',
          lastRefreshedAt: '2025-11-19T11:00:00.000Z',
          refreshable: true,
        },
        {
          id: 'conn_globex_shopify',
          app: APPS.shopify,
          label: 'Globex store',
          status: 'error',
          externalAccountEmail: 'shop@globex.example',
          lastRefreshedAt: '2025-10-12T09:30:00.000Z',
          refreshable: true,
        },
      ],
      requests: [
        {
          id: 'req_globex_slack',
          app: APPS.slack,
          requestedAt: '2025-11-24T09:00:00.000Z',
          requestedBy: 'Sam Ortega',
          connectUrl: 'https://connect.agency.example/requests/req_globex_slack',
        },
      ],
    },
    empty: { connections: [], requests: [] },
  };
}

/**
 * Fresh deep copies of every seeded workspace, keyed by workspace id.
 * @returns {Record<string, WorkspaceSeed>}
 */
export function createSeed() {
  return JSON.parse(JSON.stringify(seedData()));
}

/** @param {AppInfo} app @returns {AppInfo} */
function toClientApp(app) {
  /** @type {AppInfo} */
  const out = { key: app.key, name: app.name };
  if (app.iconUrl !== undefined) out.iconUrl = app.iconUrl;
  return out;
}

/**
 * The client-visible shape of a stored connection: the contract's fields only, internal ones dropped.
 * @param {StoredConnection} connection
 * @returns {Connection}
 */
export function toClientConnection(connection) {
  return {
    id: connection.id,
    app: toClientApp(connection.app),
    label: connection.label,
    status: connection.status,
    externalAccountEmail: connection.externalAccountEmail,
    lastRefreshedAt: connection.lastRefreshedAt,
    refreshable: connection.refreshable,
  };
}

/**
 * @param {ConnectionRequest} request
 * @returns {ConnectionRequest}
 */
export function toClientRequest(request) {
  return {
    id: request.id,
    app: toClientApp(request.app),
    requestedAt: request.requestedAt,
    requestedBy: request.requestedBy,
    connectUrl: request.connectUrl,
  };
}

/** @param {StoredConnection} connection */
export function isClientVisible(connection) {
  return connection.owner !== 'agency';
}

/**
 * What the client of a workspace sees: its own connections (in order) and its requests.
 * @param {WorkspaceSeed} workspace
 * @returns {{ connections: Connection[], requests: ConnectionRequest[] }}
 */
export function clientView(workspace) {
  return {
    connections: workspace.connections.filter(isClientVisible).map(toClientConnection),
    requests: workspace.requests.map(toClientRequest),
  };
}
