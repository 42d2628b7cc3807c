// The REST contract (docs/openapi.yaml), under {basePath}/workspaces/{workspaceId}.
import { HttpError, notFound, sendJson } from './http-helpers.js';
import { playFault, takeFault } from './faults.js';
import {
  getConnection,
  listConnectionRequests,
  listConnections,
  refreshConnection,
  revokeConnection,
} from './workspaces.js';

/**
 * The routes below a workspace: [path pattern, method, handler]. `:id` matches one decoded segment.
 * @type {Array<[string[], string, (workspace: any, params: Record<string, string>, query: URLSearchParams) => unknown]>}
 */
const ROUTES = [
  [['connections'], 'GET', (ws, _params, query) => listConnections(ws, query)],
  [['connections', ':id'], 'GET', (ws, { id }) => getConnection(ws, id)],
  [['connections', ':id', 'refresh'], 'POST', (ws, { id }) => refreshConnection(ws, id)],
  [['connections', ':id', 'revoke'], 'POST', (ws, { id }) => revokeConnection(ws, id)],
  [['connection-requests'], 'GET', (ws) => listConnectionRequests(ws)],
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
  workspace.log.push({ method, path: rawSubPath, query: Object.fromEntries(query), authorized });

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
  sendJson(res, 200, route.handler(workspace, route.params, query));
}
