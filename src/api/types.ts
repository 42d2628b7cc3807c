/**
 * The data of the REST contract (DESIGN.md, "Data"). These shapes are public: hosts with their own
 * backend implement {@link ConnectionsApi} with them.
 */

/** The health of a credential. `'unknown'` stands for a value this version of the library does not know. */
export type ConnectionStatus = 'active' | 'error' | 'pending' | 'revoked' | 'unknown';

/** The statuses the server may send and the UI knows how to describe. */
export const KNOWN_STATUSES = ['active', 'error', 'pending', 'revoked'] as const;
export type KnownConnectionStatus = (typeof KNOWN_STATUSES)[number];

export interface AppInfo {
  key: string;
  name: string;
  iconUrl?: string | null;
}

export interface Connection {
  id: string;
  app: AppInfo;
  label: string;
  status: ConnectionStatus;
  externalAccountEmail: string | null;
  /** ISO 8601 */
  lastRefreshedAt: string | null;
  /** An OAuth app that still holds a stored token. */
  refreshable: boolean;
}

export interface ConnectionRequest {
  id: string;
  app: AppInfo;
  /** ISO 8601 */
  requestedAt: string;
  requestedBy: string | null;
  connectUrl: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * What `.api` takes. Every method rejects with an {@link ApiError}, or with the signal's reason when
 * the caller aborts.
 */
export interface ConnectionsApi {
  /** Every connection of the workspace (all pages). */
  listConnections(options?: RequestOptions): Promise<Connection[]>;
  getConnection(id: string, options?: RequestOptions): Promise<Connection>;
  refreshConnection(id: string, options?: RequestOptions): Promise<Connection>;
  revokeConnection(id: string, options?: RequestOptions): Promise<Connection>;
  listConnectionRequests(options?: RequestOptions): Promise<ConnectionRequest[]>;
}

export type ConnectionsApiMethod = keyof ConnectionsApi;
