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

/** What {@link ConnectionsApi.watchConnections} takes. */
export interface WatchConnectionsOptions {
  /** Ends the watch; `watchConnections` then resolves. */
  signal: AbortSignal;
  /**
   * Called with each connection the server says changed, validated as `getConnection`'s answer is and
   * a fresh object every time. An error it throws is reported (`reportError`) and the watch goes on.
   */
  onConnection(connection: Connection): void;
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
  /**
   * Server push (optional: without it the elements poll). Keeps the stream open itself, reconnecting
   * with jittered exponential backoff (and `Last-Event-ID` where the transport has one) until `signal`
   * aborts, and then RESOLVES: an abort is not an error here, and an already aborted signal resolves
   * at once. Rejects only when there is no point in trying again:
   * - `not-found` at once when the backend does not offer push (HTTP 404, 405 or 501);
   * - `unauthorized` when the session stays unauthorized after the one fresh-token repeat;
   * - `forbidden` on a 403.
   * Every other failure (network, timeout, 5xx, 429, a dropped or silent stream) is ridden out by
   * reconnecting, for as long as the signal is not aborted. An event whose data is not a valid
   * {@link Connection} is skipped: it neither ends the watch nor reconnects.
   */
  watchConnections?(options: WatchConnectionsOptions): Promise<void>;
}

/** Every method's name, the optional `watchConnections` included. */
export type ConnectionsApiMethod = keyof ConnectionsApi;
