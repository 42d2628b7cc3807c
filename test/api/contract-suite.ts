/**
 * The behaviour every ConnectionsApi of this package shares (DESIGN.md, "The ConnectionsApi interface"
 * and "State rules"), run against HttpConnectionsApi + the reference server and MemoryConnectionsApi.
 */
import { expect } from '@open-wc/testing';
import { API_ERROR_KINDS, type ApiErrorKind } from '../../src/api/errors.js';
import type {
  ConnectionRequest,
  ConnectionsApi,
  ConnectionsApiMethod,
} from '../../src/api/types.js';
import { clientView, createSeed, type StoredConnection } from '../../demo/server/seed.js';
import { expectApiError } from './assertions.js';

export interface SubjectInit {
  connections?: StoredConnection[];
  requests?: ConnectionRequest[];
  /** The server's page size (the HTTP subject); the memory subject has no pages. */
  pageSize?: number;
}

/** The methods that answer one request: every one but `watchConnections` (watch-contract.ts). */
export type RequestMethod = Exclude<ConnectionsApiMethod, 'watchConnections'>;

export interface Subject {
  api: ConnectionsApi;
  /** Makes the next call of `method` fail with `kind` (and only that call). */
  failNext(method: RequestMethod, kind: ApiErrorKind): Promise<void>;
}

/** Makes a subject over the given data; with no init, over the `acme` seed. */
export type MakeSubject = (init?: SubjectInit) => Promise<Subject>;

/** The kinds a subject can inject (a timeout needs a client-side setting: tested per implementation). */
export const INJECTABLE_KINDS: ApiErrorKind[] = API_ERROR_KINDS.filter(
  (kind) => kind !== 'timeout',
);

/** The fields of a Connection, sorted: what a validated one holds, nothing more. */
export const CONTRACT_KEYS = [
  'app',
  'externalAccountEmail',
  'id',
  'label',
  'lastRefreshedAt',
  'refreshable',
  'status',
];

export function connection(
  id: string,
  overrides: Partial<StoredConnection> = {},
): StoredConnection {
  return {
    id,
    app: { key: 'slack', name: 'Slack', iconUrl: null },
    label: `Label of ${id}`,
    status: 'active',
    externalAccountEmail: null,
    lastRefreshedAt: '2025-01-01T00:00:00.000Z',
    refreshable: true,
    ...overrides,
  };
}

const acme = () => clientView(createSeed().acme);
const byId = (id: string) => acme().connections.find((c) => c.id === id)!;

/** Is `iso` a timestamp taken during this test (between `since` and now)? */
function expectRecent(iso: string | null, since: number) {
  expect(iso).to.be.a('string');
  const at = Date.parse(iso!);
  expect(at).to.be.at.least(since - 1000);
  expect(at).to.be.at.most(Date.now() + 1000);
}

const CALLS: Record<RequestMethod, (api: ConnectionsApi) => Promise<unknown>> = {
  listConnections: (api) => api.listConnections(),
  getConnection: (api) => api.getConnection('conn_slack_01'),
  refreshConnection: (api) => api.refreshConnection('conn_hubspot_01'),
  revokeConnection: (api) => api.revokeConnection('conn_notion_01'),
  listConnectionRequests: (api) => api.listConnectionRequests(),
};

export function describeConnectionsApi(name: string, makeSubject: MakeSubject) {
  describe(`${name} (the ConnectionsApi contract)`, () => {
    describe('listConnections', () => {
      it("returns every client-visible connection of the workspace, in order, with the contract's fields only", async () => {
        const { api } = await makeSubject();
        const connections = await api.listConnections();
        expect(connections).to.deep.equal(acme().connections);
        expect(connections.length).to.be.greaterThan(5);
        for (const c of connections) expect(Object.keys(c).sort()).to.deep.equal(CONTRACT_KEYS);
      });

      it('never lists agency-owned connections', async () => {
        const { api } = await makeSubject();
        const ids = (await api.listConnections()).map((c) => c.id);
        const agencyIds = createSeed()
          .acme.connections.filter((c) => c.owner === 'agency')
          .map((c) => c.id);
        expect(agencyIds).to.have.length(2);
        for (const id of agencyIds) expect(ids).not.to.include(id);
      });

      it('follows every page when there are more connections than a page holds', async () => {
        const connections = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => connection(id));
        const { api } = await makeSubject({ connections, pageSize: 2 });
        const listed = await api.listConnections();
        expect(listed.map((c) => c.id)).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'p5']);
      });

      it('returns an empty list for an empty workspace', async () => {
        const { api } = await makeSubject({ connections: [], requests: [] });
        expect(await api.listConnections()).to.deep.equal([]);
        expect(await api.listConnectionRequests()).to.deep.equal([]);
      });

      it("turns a status this version does not know into 'unknown', without failing the list", async () => {
        const { api } = await makeSubject({
          connections: [connection('odd', { status: 'suspended' }), connection('fine')],
        });
        const listed = await api.listConnections();
        expect(listed.map((c) => c.status)).to.deep.equal(['unknown', 'active']);
        expect((await api.getConnection('odd')).status).to.equal('unknown');
      });

      it('keeps an app without an icon, and a connection without an email', async () => {
        const { api } = await makeSubject();
        const drive = await api.getConnection('conn_drive_01');
        expect(drive.app.iconUrl).to.equal(null);
        const notion = await api.getConnection('conn_notion_01');
        expect(notion.externalAccountEmail).to.equal(null);
      });
    });

    describe('getConnection', () => {
      it('returns the connection', async () => {
        const { api } = await makeSubject();
        expect(await api.getConnection('conn_slack_01')).to.deep.equal(byId('conn_slack_01'));
      });

      it("rejects with 'not-found' for an unknown id and for an agency-owned one", async () => {
        const { api } = await makeSubject();
        await expectApiError(api.getConnection('conn_nope'), 'not-found');
        await expectApiError(api.getConnection('conn_agency_github'), 'not-found');
      });

      it('round-trips an id holding / ? # .. % and spaces', async () => {
        const id = 'a/b?c=d#e/../f %20 é';
        const { api } = await makeSubject({ connections: [connection(id), connection('a')] });
        expect((await api.getConnection(id)).id).to.equal(id);
        expect((await api.refreshConnection(id)).id).to.equal(id);
        const revoked = await api.revokeConnection(id);
        expect(revoked.id).to.equal(id);
        expect(revoked.status).to.equal('revoked');
        expect((await api.getConnection('a')).status).to.equal('active');
      });
    });

    describe('refreshConnection', () => {
      it('makes the connection active with lastRefreshedAt now', async () => {
        const { api } = await makeSubject();
        const since = Date.now();
        const refreshed = await api.refreshConnection('conn_hubspot_01');
        expect(refreshed.status).to.equal('active');
        expectRecent(refreshed.lastRefreshedAt, since);
        expect(refreshed.lastRefreshedAt).not.to.equal(byId('conn_hubspot_01').lastRefreshedAt);
        expect(await api.getConnection('conn_hubspot_01')).to.deep.equal(refreshed);
      });

      it("rejects with 'refresh-failed' when the provider rejects the token, leaving it error", async () => {
        const connections = [connection('c', { status: 'active', refreshFails: true })];
        const { api } = await makeSubject({ connections });
        const error = await expectApiError(api.refreshConnection('c'), 'refresh-failed');
        expect(error.code).to.equal('refresh_failed');
        const after = await api.getConnection('c');
        expect(after.status).to.equal('error');
        expect(after.lastRefreshedAt).to.equal('2025-01-01T00:00:00.000Z');
      });

      it("rejects with 'refresh-failed' for a connection with no stored token, leaving it error", async () => {
        const { api } = await makeSubject();
        await expectApiError(api.refreshConnection('conn_mailchimp_01'), 'refresh-failed');
        expect((await api.getConnection('conn_mailchimp_01')).status).to.equal('error');
        await expectApiError(api.refreshConnection('conn_sheets_01'), 'refresh-failed');
        expect((await api.getConnection('conn_sheets_01')).status).to.equal('error');
      });

      it("rejects with 'refresh-failed' for a revoked connection, which stays revoked", async () => {
        const { api } = await makeSubject();
        await expectApiError(api.refreshConnection('conn_salesforce_01'), 'refresh-failed');
        expect(await api.getConnection('conn_salesforce_01')).to.deep.equal(
          byId('conn_salesforce_01'),
        );
      });

      it("rejects with 'not-found' for an unknown or agency-owned id", async () => {
        const { api } = await makeSubject();
        await expectApiError(api.refreshConnection('conn_nope'), 'not-found');
        await expectApiError(api.refreshConnection('conn_agency_xero'), 'not-found');
      });
    });

    describe('revokeConnection', () => {
      it('makes the connection revoked and not refreshable; revoking again returns it unchanged', async () => {
        const { api } = await makeSubject();
        const revoked = await api.revokeConnection('conn_slack_01');
        expect(revoked).to.deep.equal({
          ...byId('conn_slack_01'),
          status: 'revoked',
          refreshable: false,
        });
        expect(await api.revokeConnection('conn_slack_01')).to.deep.equal(revoked);
        expect(await api.getConnection('conn_slack_01')).to.deep.equal(revoked);
        await expectApiError(api.refreshConnection('conn_slack_01'), 'refresh-failed');
      });

      it("rejects with 'not-found' for an unknown or agency-owned id", async () => {
        const { api } = await makeSubject();
        await expectApiError(api.revokeConnection('conn_nope'), 'not-found');
        await expectApiError(api.revokeConnection('conn_agency_github'), 'not-found');
      });
    });

    describe('listConnectionRequests', () => {
      it('returns the outstanding requests, including one with no requester', async () => {
        const { api } = await makeSubject();
        const requests = await api.listConnectionRequests();
        expect(requests).to.deep.equal(acme().requests);
        expect(requests.map((r) => r.requestedBy)).to.include(null);
      });
    });

    describe('failures', () => {
      for (const kind of INJECTABLE_KINDS) {
        it(`rejects with an ApiError of kind '${kind}' when the call fails that way`, async () => {
          const subject = await makeSubject();
          await subject.failNext('getConnection', kind);
          await expectApiError(subject.api.getConnection('conn_slack_01'), kind);
          // Only that call failed.
          expect((await subject.api.getConnection('conn_slack_01')).id).to.equal('conn_slack_01');
        });
      }

      for (const method of Object.keys(CALLS) as RequestMethod[]) {
        it(`${method} rejects with the injected failure`, async () => {
          const subject = await makeSubject();
          await subject.failNext(method, 'forbidden');
          const error = await expectApiError(CALLS[method](subject.api), 'forbidden');
          expect(error.status).to.equal(403);
          await CALLS[method](subject.api);
        });
      }
    });
  });
}
