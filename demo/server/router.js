// The REST contract (docs/openapi.yaml), under {basePath}/workspaces/{workspaceId}.
import { HttpError, notFound, sendJson } from './http-helpers.js';

/** The newest requests each workspace's log keeps. */
export const MAX_LOG = 1000;
import { playFault, takeFault } from './faults.js';
import { openEventStream } from './live.js';
import {
  getConnection,
  listConnectionRequests,
  listConnections,
  refreshConnection,
  revokeConnection,
} from './workspaces.js';

/** What a handler returns when it answered the request itself (the event stream). */
const ANSWERED = Symbol('answered');

/**
 * GET connection-events: the workspace's event stream (live.js), or a 404 when the workspace does
 * not offer one (a backend without push: clients fall back to polling).
 */
function connectionEvents(workspace, req, res) {
  if (!workspace.live.offered) throw notFound('This workspace offers no event stream.');
  openEventStream(workspace, req, res);
  return ANSWERED;
}

/**
 * The routes below a workspace: [path pattern, method, handler]. `:id` matches one decoded segment.
 * A handler returns the JSON to answer with, or ANSWERED.
 * @type {Array<[string[], string, (workspace: any, params: Record<string, string>, query: URLSearchParams, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown]>}
 */
const ROUTES = [
  [['connections'], 'GET', (ws, _params, query) => listConnections(ws, query)],
  [['connections', ':id'], 'GET', (ws, { id }) => getConnection(ws, id)],
  [['connections', ':id', 'refresh'], 'POST', (ws, { id }) => refreshConnection(ws, id)],
  [['connections', ':id', 'revoke'], 'POST', (ws, { id }) => revokeConnection(ws, id)],
  [['connection-requests'], 'GET', (ws) => listConnectionRequests(ws)],
  // A sibling of connection-requests, so it never collides with a connection whose id is `events`.
  [['connection-events'], 'GET', (ws, _params, _query, req, res) => connectionEvents(ws, req, res)],
];

function match(pattern, segments) {
  if (pattern.length !== segments.length) return undefined;
  const params = {};
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i].startsWith(':')) params[pattern[i].slice(1)] = segments[i];
    else if (pattern[i] !== segments[i]) return undefined;
  }
  return params;
}

/** `true` or `false` when the workspace holds a token (did the request send it?), else `null`. */
function authorization(workspace, req) {
  if (workspace.token === undefined) return null;
  return req.headers.authorization === `Bearer ${workspace.token}`;
}

/**
 * Answers one request to a workspace's routes.
 * @param {import('./workspaces.js').WorkspaceStore} store
 * @param {string} workspaceId  decoded
 * @param {string[]} segments  decoded segments after the workspace id
 * @param {string} rawSubPath  the raw (encoded) path after /workspaces/{ws}, for logs and faults
 * @param {URLSearchParams} query
 */
export async function handleWorkspaceRequest(
  store,
  req,
  res,
  workspaceId,
  segments,
  rawSubPath,
  query,
) {
  const workspace = store.get(workspaceId);
  const method = req.method ?? 'GET';
  const authorized = authorization(workspace, req);
  const entry = { method, path: rawSubPath, query: Object.fromEntries(query), authorized };
  const lastEventId = req.headers['last-event-id'];
  // Shows a client's reconnects to the event stream (the id it last saw).
  if (typeof lastEventId === 'string') entry.lastEventId = lastEventId;
  workspace.log.push(entry);
  // Bounded: a page left open (or a hostile one) cannot grow the server's memory without end.
  if (workspace.log.length > MAX_LOG) workspace.log.splice(0, workspace.log.length - MAX_LOG);

  const fault = takeFault(workspace.faults, method, rawSubPath);
  if (fault && (await playFault(fault, req, res))) return;

  if (authorized === false) {
    throw new HttpError(401, 'unauthorized', 'A valid bearer token is required.', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  const routes = ROUTES.map(([pattern, routeMethod, handler]) => ({
    params: match(pattern, segments),
    routeMethod,
    handler,
  })).filter((route) => route.params !== undefined);
  if (routes.length === 0) throw notFound('No such endpoint.');
  const route = routes.find((candidate) => candidate.routeMethod === method);
  if (!route) {
    const allow = routes.map((candidate) => candidate.routeMethod).join(', ');
    throw new HttpError(405, 'method_not_allowed', `Use ${allow}.`, { Allow: allow });
  }
  const answer = route.handler(workspace, route.params, query, req, res);
  if (answer !== ANSWERED) sendJson(res, 200, answer);
}
