// Control endpoints for tests and the demo (only mounted with `control: true`), under
// {basePath}/__control:
//   POST /workspaces                 {connections?, requests?, token?, pageSize?} → 201 {workspaceId}
//   POST /workspaces/{ws}/faults     a Fault (see faults.js)                        → 204
//   GET  /workspaces/{ws}/log        → 200 {requests: [{method, path, query, authorized}]}
//   POST /reset                      reseed everything                              → 204
import { DEFAULT_WORKSPACE_ID } from './seed.js';
import { parseFault } from './faults.js';
import { HttpError, notFound, readJsonBody, sendJson } from './http-helpers.js';
import { MAX_PAGE_SIZE } from './workspaces.js';

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

/**
 * @param {import('./workspaces.js').WorkspaceStore} store
 * @param {string} method
 * @param {string[]} segments  the decoded path segments after __control
 */
export async function handleControl(store, req, res, method, segments) {
  const [first, workspaceId, action, ...rest] = segments;
  if (first === 'reset' && segments.length === 1) {
    if (method !== 'POST') throw methodNotAllowed('POST');
    store.reset();
    sendJson(res, 204);
    return;
  }
  if (first !== 'workspaces' || rest.length > 0) throw notFound('No such control endpoint.');
  if (workspaceId === undefined) {
    if (method !== 'POST') throw methodNotAllowed('POST');
    const seed = parseWorkspaceBody(await readJsonBody(req), store);
    sendJson(res, 201, { workspaceId: store.create(seed) });
    return;
  }
  const workspace = store.get(workspaceId);
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
