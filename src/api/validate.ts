/**
 * Response validation (DESIGN.md, "REST contract"): a body that is not the contract becomes an
 * `ApiError('invalid-response')`, never a crash. Extra fields are dropped; a status this version does
 * not know becomes `'unknown'` instead of failing the list.
 */
import * as v from 'valibot';
import { ApiError } from './errors.js';
import {
  KNOWN_STATUSES,
  type AppInfo,
  type Connection,
  type ConnectionRequest,
  type ConnectionStatus,
} from './types.js';

const isoTimestamp = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'not a date'),
);

const AppInfoSchema = v.object({
  key: v.string(),
  name: v.string(),
  iconUrl: v.optional(v.nullable(v.string())),
});

const StatusSchema = v.pipe(
  v.string(),
  v.transform((value): ConnectionStatus =>
    (KNOWN_STATUSES as readonly string[]).includes(value) ? (value as ConnectionStatus) : 'unknown',
  ),
);

const ConnectionSchema = v.object({
  id: v.string(),
  app: AppInfoSchema,
  label: v.string(),
  status: StatusSchema,
  externalAccountEmail: v.nullable(v.string()),
  lastRefreshedAt: v.nullable(isoTimestamp),
  refreshable: v.boolean(),
});

const ConnectionRequestSchema = v.object({
  id: v.string(),
  app: AppInfoSchema,
  requestedAt: isoTimestamp,
  requestedBy: v.nullable(v.string()),
  connectUrl: v.string(),
});

const ConnectionsPageSchema = v.object({
  connections: v.array(ConnectionSchema),
  nextCursor: v.nullable(v.string()),
});

const RequestsPageSchema = v.object({
  requests: v.array(ConnectionRequestSchema),
});

export interface ConnectionsPage {
  connections: Connection[];
  nextCursor: string | null;
}

function parser<S extends v.GenericSchema, T>(schema: S, what: string) {
  return (value: unknown): T => {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output as T;
    // Name the first offending field, never its value (a body may hold anything).
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new ApiError(
      'invalid-response',
      `The response is not a valid ${what}${path ? ` (at ${path})` : ''}: ${issue.message}`,
    );
  };
}

export const parseAppInfo = parser<typeof AppInfoSchema, AppInfo>(AppInfoSchema, 'AppInfo');
export const parseConnection = parser<typeof ConnectionSchema, Connection>(
  ConnectionSchema,
  'Connection',
);
export const parseConnectionRequest = parser<typeof ConnectionRequestSchema, ConnectionRequest>(
  ConnectionRequestSchema,
  'ConnectionRequest',
);
export const parseConnectionsPage = parser<typeof ConnectionsPageSchema, ConnectionsPage>(
  ConnectionsPageSchema,
  'page of connections',
);
export const parseRequestsPage = parser<
  typeof RequestsPageSchema,
  { requests: ConnectionRequest[] }
>(RequestsPageSchema, 'list of connection requests');
