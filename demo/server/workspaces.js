// The reference server's state: workspaces, their connections and requests, and the state rules the
// server, MemoryConnectionsApi and the UI agree on (DESIGN.md, "State rules").
import { randomUUID } from 'node:crypto';
import { HttpError, notFound } from './http-helpers.js';
import { createLiveState, publishChange, scheduleSettle, stopLive } from './live.js';
import { createSeed, isClientVisible, toClientConnection, toClientRequest } from './seed.js';

/** @typedef {import('./seed.js').WorkspaceSeed} WorkspaceSeed */
/** @typedef {import('./seed.js').StoredConnection} StoredConnection */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Workspaces the control endpoints may create before the oldest is dropped. */
export const MAX_CREATED = 500;

/**
 * What a workspace's live updates do (see live.js).
 * @typedef {{ keepAliveMs?: number, settlePendingAfterMs?: number }} LiveOptions
 */

/**
 * One workspace: its data, its queued faults, the log of requests it received and its live state.
 * @typedef {object} Workspace
 * @property {StoredConnection[]} connections
 * @property {import('./seed.js').ConnectionRequest[]} requests
 * @property {string | undefined} token
 * @property {number} pageSize
 * @property {import('./faults.js').Fault[]} faults
 * @property {Array<{ method: string, path: string, query: Record<string, string>, authorized: boolean | null, lastEventId?: string }>} log
 * @property {import('./live.js').LiveState} live
 */

/** @param {WorkspaceSeed} seed @param {LiveOptions} liveOptions @returns {Workspace} */
function toWorkspace(seed, liveOptions) {
  const workspace = {
    connections: structuredClone(seed.connections ?? []),
    requests: structuredClone(seed.requests ?? []),
    token: seed.token,
    pageSize: seed.pageSize ?? DEFAULT_PAGE_SIZE,
    faults: [],
    log: [],
    live: createLiveState(liveOptions),
  };
  for (const stored of workspace.connections) {
    scheduleSettle(workspace, stored, (c, mutate) => changeConnection(workspace, c, mutate));
  }
  return workspace;
}

/**
 * Applies `mutate` to a stored connection; when that changed what the client sees, the change is
 * published to the workspace's event streams (live.js), even when `mutate` throws after changing it
 * (a failed refresh leaves the connection `error`). A connection that became pending may settle on
 * its own later (settlePendingAfterMs).
 * @param {Workspace} workspace
 * @param {StoredConnection} stored
 * @param {(stored: StoredConnection) => void} mutate
 */
export function changeConnection(workspace, stored, mutate) {
  const before = JSON.stringify(toClientConnection(stored));
  const wasPending = stored.status === 'pending';
  try {
    mutate(stored);
  } finally {
    if (JSON.stringify(toClientConnection(stored)) !== before) {
      publishChange(workspace, stored);
      if (!wasPending) {
        scheduleSettle(workspace, stored, (c, next) => changeConnection(workspace, c, next));
      }
    }
  }
}

// Cursors are opaque to clients: the base64url of "o:<offset>". Anything else is a 400.
const encodeCursor = (offset) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor) {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || encodeCursor(Number(match[1])) !== cursor) {
    throw new HttpError(400, 'invalid_cursor', 'The cursor is not one this server issued.');
  }
  return Number(match[1]);
}

function parseLimit(raw, fallback) {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new HttpError(400, 'invalid_limit', 'limit must be a positive integer.');
  }
  return Math.min(Number(raw), MAX_PAGE_SIZE);
}

export class WorkspaceStore {
  /**
   * @param {() => Record<string, WorkspaceSeed>} makeSeed
   * @param {LiveOptions} [liveOptions]
   */
  constructor(makeSeed = createSeed, liveOptions = {}) {
    this.makeSeed = makeSeed;
    this.liveOptions = liveOptions;
    /** @type {Map<string, Workspace>} */
    this.workspaces = new Map();
    this.reset();
  }

  /** Drops every workspace (created ones too, their streams ended) and reseeds. */
  reset() {
    this.close();
    this.workspaces.clear();
    this.created = [];
    for (const [id, seed] of Object.entries(this.makeSeed())) {
      this.workspaces.set(id, toWorkspace(seed, this.liveOptions));
    }
  }

  /** Ends every open event stream and stops every pending settle timer. */
  close() {
    for (const workspace of this.workspaces.values()) stopLive(workspace);
  }

  /** A copy of one seeded workspace, for control-created workspaces with no data of their own. */
  seedOf(id) {
    return this.makeSeed()[id] ?? { connections: [], requests: [] };
  }

  /** @param {WorkspaceSeed} seed @returns {string} the new workspace's id */
  create(seed) {
    const id = `ws_${randomUUID()}`;
    this.workspaces.set(id, toWorkspace(seed, this.liveOptions));
    this.created.push(id);
    // Bounded: the oldest created workspace goes first (the seeded ones stay).
    while (this.created.length > MAX_CREATED) {
      const oldest = this.created.shift();
      const workspace = this.workspaces.get(oldest);
      if (workspace) stopLive(workspace);
      this.workspaces.delete(oldest);
    }
    return id;
  }

  /** @returns {Workspace | undefined} */
  find(id) {
    return this.workspaces.get(id);
  }

  /** @returns {Workspace} */
  get(id) {
    const workspace = this.workspaces.get(id);
    if (!workspace) throw notFound('No such workspace.');
    return workspace;
  }
}

/** A client-visible connection of the workspace, or a 404 (agency-owned ones do not exist for it). */
function findConnection(workspace, id) {
  const connection = workspace.connections.find((c) => c.id === id && isClientVisible(c));
  if (!connection) throw notFound('No such connection.');
  return connection;
}

/**
 * Any stored connection of the workspace, agency-owned ones included (for the control endpoints,
 * never for the contract's routes), or a 404.
 * @returns {StoredConnection}
 */
export function findStoredConnection(workspace, id) {
  const connection = workspace.connections.find((c) => c.id === id);
  if (!connection) throw notFound('No such connection.');
  return connection;
}

/**
 * @param {Workspace} workspace
 * @param {URLSearchParams} query
 */
export function listConnections(workspace, query) {
  const limit = parseLimit(query.get('limit'), workspace.pageSize);
  const cursor = query.get('cursor');
  const offset = cursor === null || cursor === '' ? 0 : decodeCursor(cursor);
  const visible = workspace.connections.filter(isClientVisible);
  const page = visible.slice(offset, offset + limit);
  const next = offset + limit;
  return {
    connections: page.map(toClientConnection),
    nextCursor: next < visible.length ? encodeCursor(next) : null,
  };
}

export function getConnection(workspace, id) {
  return toClientConnection(findConnection(workspace, id));
}

/**
 * A refresh succeeds (active, lastRefreshedAt now) unless the connection is revoked, holds no stored
 * token (refreshable: false) or the provider rejects its token (refreshFails); then it is 422
 * refresh_failed and the connection is left `error` (a revoked one stays revoked).
 */
export function refreshConnection(workspace, id, now = new Date()) {
  const connection = findConnection(workspace, id);
  if (connection.status === 'revoked') {
    throw new HttpError(422, 'refresh_failed', 'A revoked connection cannot be refreshed.');
  }
  changeConnection(workspace, connection, (c) => {
    if (!c.refreshable || c.refreshFails) {
      c.status = 'error';
      throw new HttpError(
        422,
        'refresh_failed',
        c.refreshable
          ? 'The provider rejected the stored credential.'
          : 'This connection holds no stored credential to refresh.',
      );
    }
    c.status = 'active';
    c.lastRefreshedAt = now.toISOString();
  });
  return toClientConnection(connection);
}

/** Revoke: revoked and not refreshable. Revoking a revoked connection returns it unchanged. */
export function revokeConnection(workspace, id) {
  const connection = findConnection(workspace, id);
  if (connection.status !== 'revoked') {
    changeConnection(workspace, connection, (c) => {
      c.status = 'revoked';
      c.refreshable = false;
    });
  }
  return toClientConnection(connection);
}

export function listConnectionRequests(workspace) {
  return { requests: workspace.requests.map(toClientRequest) };
}
