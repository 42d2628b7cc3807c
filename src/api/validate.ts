/**
 * Response validation (DESIGN.md, "REST contract"): a body that is not the contract becomes an
 * `ApiError('invalid-response')`, never a crash. Extra fields are dropped; a status this version does
 * not know becomes `'unknown'` instead of failing the list.
 *
 * Written by hand: four small shapes need no library (valibot, which this replaced, cost the bundle
 * 1.7 KiB gzip; this costs 0.5). It checks exactly what valibot's `object`, `array`, `string`,
 * `boolean`, `nullable` and `optional` checked, builds the same new objects (the contract's keys, in
 * the contract's order) and names the same first problem, in the same words
 * (test/api/validate.test.ts).
 */
import { ApiError } from './errors.js';
import {
  KNOWN_STATUSES,
  type AppInfo,
  type Connection,
  type ConnectionRequest,
  type ConnectionStatus,
} from './types.js';

/** What the body being checked is, for the error message: set by a parser for its one synchronous run. */
let what = '';

/**
 * The error of the first problem found: where (`connections.0.label`, or '' for the body itself) and
 * what was expected, never the value received (a body may hold anything, a token echoed back
 * included).
 */
const fail = (path: string, expected: string): never => {
  throw new ApiError(
    'invalid-response',
    `The response is not a valid ${what}${path ? ` (at ${path})` : ''}: expected ${expected}.`,
  );
};

/** Checks `value` at `path`; returns what goes in the result, or throws the ApiError of `fail`. */
type Check = ((value: unknown, path: string) => unknown) & { optional?: true };

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

/** A value of `typeof` `type`, kept as it is. */
const is =
  (type: 'string' | 'boolean'): Check =>
  (value, path) =>
    typeof value === type ? value : fail(path, type);
const string = is('string');
const boolean = is('boolean');
const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? value : check(value, path);

/** May be absent; when present, `undefined`, `null` or a string (`iconUrl`). */
const optionalNullableString: Check = Object.assign(nullable(string), { optional: true as const });

/** A new object of exactly `entries`' keys, in their order, from any non-null object (arrays too). */
const object =
  (entries: Record<string, Check>): Check =>
  (value, path) => {
    if (!value || typeof value !== 'object') return fail(path, 'Object');
    const result: Record<string, unknown> = {};
    for (const key in entries) {
      const check = entries[key];
      if (key in value) {
        const entry = (value as Record<string, unknown>)[key];
        result[key] = check.optional && entry === undefined ? entry : check(entry, at(path, key));
      } else if (!check.optional) {
        fail(at(path, key), `"${key}"`);
      }
    }
    return result;
  };

/** A new array, every index checked (a hole as `undefined`). */
const array =
  (item: Check): Check =>
  (value, path) =>
    Array.isArray(value)
      ? Array.from(value, (entry, index) => item(entry, at(path, index)))
      : fail(path, 'Array');

/**
 * A date the server sends. One unreadable date ("yesterday") must not blank the whole list: "Last
 * refreshed" that is not a date is not known (`null`, so the detail leaves the line out), and a
 * `requestedAt` that is not a date is kept as sent (the requests panel then shows no date).
 */
const lastRefreshedAt: Check = (value, path) =>
  value === null ? value : Number.isNaN(Date.parse(string(value, path) as string)) ? null : value;

const status: Check = (value, path): ConnectionStatus =>
  (KNOWN_STATUSES as readonly unknown[]).includes(string(value, path))
    ? (value as ConnectionStatus)
    : 'unknown';

const appInfo = object({ key: string, name: string, iconUrl: optionalNullableString });

const connection = object({
  id: string,
  app: appInfo,
  label: string,
  status,
  externalAccountEmail: nullable(string),
  lastRefreshedAt,
  refreshable: boolean,
});

const connectionRequest = object({
  id: string,
  app: appInfo,
  requestedAt: string,
  requestedBy: nullable(string),
  connectUrl: string,
});

export interface ConnectionsPage {
  connections: Connection[];
  nextCursor: string | null;
}

/** A parser of one argument (safe to hand to `Array.prototype.map`). */
function parser<T>(check: Check, name: string): (value: unknown) => T {
  return (value) => {
    what = name;
    return check(value, '') as T;
  };
}

export const parseAppInfo = parser<AppInfo>(appInfo, 'AppInfo');
export const parseConnection = parser<Connection>(connection, 'Connection');
export const parseConnectionRequest = parser<ConnectionRequest>(
  connectionRequest,
  'ConnectionRequest',
);
export const parseConnectionsPage = parser<ConnectionsPage>(
  object({ connections: array(connection), nextCursor: nullable(string) }),
  'page of connections',
);
export const parseRequestsPage = parser<{ requests: ConnectionRequest[] }>(
  object({ requests: array(connectionRequest) }),
  'list of connection requests',
);
