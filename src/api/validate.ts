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

/**
 * A date the server sends. One unreadable date ("yesterday") must not blank the whole list: "Last
 * refreshed" that is not a date is not known (`null`, so the detail leaves the line out), and a
 * `requestedAt` that is not a date is kept as sent (the requests panel then shows no date).
 */
const lastRefreshedAt = v.pipe(
  v.nullable(v.string()),
  v.transform((value) => (value !== null && Number.isNaN(Date.parse(value)) ? null : value)),
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
  lastRefreshedAt,
  refreshable: v.boolean(),
});

const ConnectionRequestSchema = v.object({
  id: v.string(),
  app: AppInfoSchema,
  requestedAt: v.string(),
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
    // Name the first offending field and what was expected, never the value received (valibot's
    // own message quotes it, and a body may hold anything, a token echoed back included).
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new ApiError(
      'invalid-response',
      `The response is not a valid ${what}${path ? ` (at ${path})` : ''}: expected ${
        issue.expected ?? issue.type
      }.`,
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
