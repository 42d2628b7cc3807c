/**
 * Drives the reference server's control endpoints (demo/server/control.js), mounted under /api by
 * web-test-runner.config.mjs: fresh workspaces, queued faults, the request log, changes made as the
 * provider would (each pushed on the workspace's event stream) and the event stream itself.
 */
import type { Connection, ConnectionRequest } from '../../src/api/types.js';
import type { StoredConnection } from '../../demo/server/seed.js';

export const BASE_URL = '/api';

export interface WorkspaceInit {
  connections?: StoredConnection[];
  requests?: ConnectionRequest[];
  token?: string;
  pageSize?: number;
}

export interface Fault {
  method?: 'GET' | 'POST';
  path?: string;
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  dropConnection?: boolean;
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorized: boolean | null;
  /** The Last-Event-ID header, when the request sent one (a reconnect to the event stream). */
  lastEventId?: string;
}

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${BASE_URL}/__control${path}`, {
    method,
    // Control changes are JSON, even with no body (the server refuses anything else).
    headers: method === 'GET' ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status}`);
  return response;
}

/** A fresh workspace of its own for one test; with no init, a copy of the `acme` seed. */
export async function createWorkspace(init: WorkspaceInit = {}): Promise<string> {
  const response = await control('POST', '/workspaces', init);
  return ((await response.json()) as { workspaceId: string }).workspaceId;
}

export async function addFault(workspaceId: string, fault: Fault): Promise<void> {
  await control('POST', `/workspaces/${encodeURIComponent(workspaceId)}/faults`, fault);
}

export async function requestLog(workspaceId: string): Promise<LoggedRequest[]> {
  const response = await control('GET', `/workspaces/${encodeURIComponent(workspaceId)}/log`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

const connectionPath = (workspaceId: string, connectionId: string) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/connections/${encodeURIComponent(connectionId)}`;

async function changeConnection(path: string, body?: unknown): Promise<Connection> {
  return (await (await control('POST', path, body)).json()) as Connection;
}

/** The provider says the token expired: active → error. Rejects (409) unless it was active. */
export function expireConnection(workspaceId: string, connectionId: string): Promise<Connection> {
  return changeConnection(`${connectionPath(workspaceId, connectionId)}/expire`);
}

/** The user finished the provider's setup: pending → active, refreshable, lastRefreshedAt now. */
export function settleConnection(workspaceId: string, connectionId: string): Promise<Connection> {
  return changeConnection(`${connectionPath(workspaceId, connectionId)}/settle`);
}

/** Any status string (`revoked` also makes it not refreshable), as the provider would set it. */
export function setConnectionStatus(
  workspaceId: string,
  connectionId: string,
  status: string,
  refreshable?: boolean,
): Promise<Connection> {
  return changeConnection(`${connectionPath(workspaceId, connectionId)}/status`, {
    status,
    refreshable,
  });
}

export interface StreamState {
  offered: boolean;
  /** Event streams open now. */
  open: number;
  /** The id of the newest event (0: none yet). */
  lastEventId: number;
}

export async function streamState(workspaceId: string): Promise<StreamState> {
  const response = await control('GET', `/workspaces/${encodeURIComponent(workspaceId)}/stream`);
  return (await response.json()) as StreamState;
}

/** false: GET connection-events answers 404 (not offered: clients poll) and open streams end. */
export async function setStreamOffered(workspaceId: string, offered: boolean): Promise<void> {
  await control('POST', `/workspaces/${encodeURIComponent(workspaceId)}/stream`, { offered });
}

/**
 * Ends the workspace's open event streams (abort: cuts their connections instead), so clients
 * reconnect with Last-Event-ID. Resolves with how many were open.
 */
export async function dropStreams(workspaceId: string, abort = false): Promise<number> {
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/stream/drop`;
  return ((await (await control('POST', path, { abort })).json()) as { dropped: number }).dropped;
}
