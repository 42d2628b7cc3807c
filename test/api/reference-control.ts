/**
 * Drives the reference server's control endpoints (demo/server/control.js), mounted under /api by
 * web-test-runner.config.mjs: fresh workspaces, queued faults and the request log.
 */
import type { ConnectionRequest } from '../../src/api/types.js';
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
}

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${BASE_URL}/__control${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
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
