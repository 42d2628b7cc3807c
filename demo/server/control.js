// Control endpoints for tests and the demo (only mounted with `control: true`), under
// {basePath}/__control:
//   POST /workspaces                 {connections?, requests?, token?, pageSize?} → 201 {workspaceId}
//   POST /workspaces/{ws}/faults     a Fault (see faults.js)                        → 204
//   GET  /workspaces/{ws}/log        → 200 {requests: [{method, path, query, authorized,
//                                      lastEventId?}]}  (lastEventId: the Last-Event-ID header, if sent)
//   POST /reset                      reseed everything (open event streams end)     → 204
// Changes "as the provider would make them": each answers 200 with the connection (the contract's
// Connection shape) and, when that changed what the client sees, pushes it on the workspace's event
// streams. {id} may be an agency-owned connection (its change is never pushed).
//   POST /workspaces/{ws}/connections/{id}/expire  active → error (the token expired)   → 200, or 409
//   POST /workspaces/{ws}/connections/{id}/settle  pending → active, refreshable, lastRefreshedAt now
//                                                                                       → 200, or 409
//   POST /workspaces/{ws}/connections/{id}/status  {status, refreshable?}: any status string
//                                      (`revoked` also makes it not refreshable)          → 200
// The event stream (GET /workspaces/{ws}/connection-events):
//   GET  /workspaces/{ws}/stream       → 200 {offered, open, lastEventId}  (open: streams open now)
//   POST /workspaces/{ws}/stream       {offered: boolean}; false: the stream answers 404 (clients
//                                      fall back to polling) and the open ones end  → 204
//   POST /workspaces/{ws}/stream/drop  {abort?: boolean}: end the open streams (abort: cut their
//                                      connections instead), so clients reconnect with Last-Event-ID
//                                                                               → 200 {dropped}
import { DEFAULT_WORKSPACE_ID, toClientConnection } from './seed.js';
import { parseFault } from './faults.js';
import { HttpError, notFound, readJsonBody, sendJson } from './http-helpers.js';
import { dropStreams, settle } from './live.js';
import { MAX_PAGE_SIZE, changeConnection, findStoredConnection } from './workspaces.js';

const methodNotAllowed = (allow) =>
  new HttpError(405, 'method_not_allowed', `Use ${allow}.`, { Allow: allow });

function parseWorkspaceBody(body, store) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'bad_request', 'A workspace is a JSON object.');
  }
  const bad = (field) => new HttpError(400, 'bad_request', `Invalid workspace field: ${field}.`);
  const isList = (value) =>
    Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
  if (body.connections !== undefined && !isList(body.connections)) throw bad('connections');
  if (body.requests !== undefined && !isList(body.requests)) throw bad('requests');
  if (body.token !== undefined && (typeof body.token !== 'string' || body.token === '')) {
    throw bad('token');
  }
  const { pageSize } = body;
  if (
    pageSize !== undefined &&
    (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
  ) {
    throw bad('pageSize');
  }
  const hasData = body.connections !== undefined || body.requests !== undefined;
  const seed = hasData
    ? { connections: body.connections ?? [], requests: body.requests ?? [] }
    : store.seedOf(DEFAULT_WORKSPACE_ID);
  return { ...seed, token: body.token, pageSize };
}

/** A JSON object body, or a 400 naming what it should have been. */
async function readObject(req, what) {
  const body = await readJsonBody(req);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'bad_request', `${what} is a JSON object.`);
  }
  return body;
}

const conflict = (message) => new HttpError(409, 'conflict', message);

/**
 * The provider-side changes of one connection, by action. Each validates the body and the
 * connection's state, then changes it.
 * @type {Record<string, (stored: import('./seed.js').StoredConnection, body: any) => void>}
 */
const CONNECTION_CHANGES = {
  expire(stored) {
    if (stored.status !== 'active') throw conflict('Only an active connection can expire.');
    stored.status = 'error';
  },
  settle(stored) {
    if (stored.status !== 'pending') throw conflict('Only a pending connection can settle.');
    settle(stored);
  },
  status(stored, body) {
    if (typeof body.status !== 'string' || body.status === '') {
      throw new HttpError(400, 'bad_request', 'status is a non-empty string.');
    }
    if (body.refreshable !== undefined && typeof body.refreshable !== 'boolean') {
      throw new HttpError(400, 'bad_request', 'refreshable is a boolean.');
    }
    stored.status = body.status;
    if (body.refreshable !== undefined) stored.refreshable = body.refreshable;
    if (body.status === 'revoked') stored.refreshable = false;
  },
};

/**
 * POST /workspaces/{ws}/connections/{id}/{action}
 * @param {import('./workspaces.js').Workspace} workspace
 */
async function changeFromProvider(workspace, req, res, method, id, action) {
  const mutate = Object.hasOwn(CONNECTION_CHANGES, action) ? CONNECTION_CHANGES[action] : null;
  if (!mutate) throw notFound('No such control endpoint.');
  if (method !== 'POST') throw methodNotAllowed('POST');
  const stored = findStoredConnection(workspace, id);
  const body = await readObject(req, 'The body');
  changeConnection(workspace, stored, (c) => mutate(c, body));
  sendJson(res, 200, toClientConnection(stored));
}

/**
 * GET or POST /workspaces/{ws}/stream, POST /workspaces/{ws}/stream/drop
 * @param {import('./workspaces.js').Workspace} workspace
 */
async function controlStream(workspace, req, res, method, rest) {
  const { live } = workspace;
  if (rest.length === 0) {
    if (method === 'GET') {
      const state = {
        offered: live.offered,
        open: live.streams.size,
        lastEventId: live.lastEventId,
      };
      sendJson(res, 200, state);
      return;
    }
    if (method !== 'POST') throw methodNotAllowed('GET, POST');
    const body = await readObject(req, 'The body');
    if (typeof body.offered !== 'boolean') {
      throw new HttpError(400, 'bad_request', 'offered is a boolean.');
    }
    live.offered = body.offered;
    if (!live.offered) dropStreams(workspace);
    sendJson(res, 204);
    return;
  }
  if (rest.length !== 1 || rest[0] !== 'drop') throw notFound('No such control endpoint.');
  if (method !== 'POST') throw methodNotAllowed('POST');
  const body = await readObject(req, 'The body');
  if (body.abort !== undefined && typeof body.abort !== 'boolean') {
    throw new HttpError(400, 'bad_request', 'abort is a boolean.');
  }
  sendJson(res, 200, { dropped: dropStreams(workspace, { abort: body.abort === true }) });
}

/**
 * Another website cannot drive the control endpoints: a change must be JSON (which a cross-site
 * form or `no-cors` request cannot send without a CORS preflight we never answer), and a request
 * that says where it comes from must come from this origin.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} method
 */
function checkControlRequest(req, method) {
  const { origin, host } = req.headers;
  let sameOrigin = origin === undefined;
  try {
    sameOrigin ||= new URL(origin).host === host;
  } catch {
    sameOrigin = false;
  }
  if (!sameOrigin)
    throw new HttpError(403, 'forbidden', 'Control requests come from this origin only.');
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (method !== 'GET' && type !== 'application/json') {
    throw new HttpError(
      415,
      'unsupported_media_type',
      'Control requests send Content-Type: application/json.',
    );
  }
}

/**
 * @param {import('./workspaces.js').WorkspaceStore} store
 * @param {string} method
 * @param {string[]} segments  the decoded path segments after __control
 */
export async function handleControl(store, req, res, method, segments) {
  checkControlRequest(req, method);
  const [first, workspaceId, action, ...rest] = segments;
  if (first === 'reset' && segments.length === 1) {
    if (method !== 'POST') throw methodNotAllowed('POST');
    store.reset();
    sendJson(res, 204);
    return;
  }
  if (first !== 'workspaces') throw notFound('No such control endpoint.');
  if (workspaceId === undefined) {
    if (method !== 'POST') throw methodNotAllowed('POST');
    const seed = parseWorkspaceBody(await readJsonBody(req), store);
    sendJson(res, 201, { workspaceId: store.create(seed) });
    return;
  }
  const workspace = store.get(workspaceId);
  if (action === 'connections' && rest.length === 2) {
    await changeFromProvider(workspace, req, res, method, rest[0], rest[1]);
    return;
  }
  if (action === 'stream') {
    await controlStream(workspace, req, res, method, rest);
    return;
  }
  if (rest.length > 0) throw notFound('No such control endpoint.');
  if (action === 'faults') {
    if (method !== 'POST') throw methodNotAllowed('POST');
    workspace.faults.push(parseFault(await readJsonBody(req)));
    sendJson(res, 204);
    return;
  }
  if (action === 'log') {
    if (method !== 'GET') throw methodNotAllowed('GET');
    sendJson(res, 200, { requests: workspace.log });
    return;
  }
  throw notFound('No such control endpoint.');
}
