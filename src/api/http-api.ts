// STUB: replaced at merge by the real HttpConnectionsApi (branch `http`). Only the constructor's
// shape is relied on by the provider here.
import { ApiError } from './errors.js';
import type { Connection, ConnectionRequest, ConnectionsApi, RequestOptions } from './types.js';

export interface HttpConnectionsApiOptions {
  baseUrl: string;
  workspaceId: string;
  getSessionToken?: () => Promise<string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

function notImplemented(): never {
  throw new ApiError('unexpected', 'HttpConnectionsApi stub: not implemented');
}

export class HttpConnectionsApi implements ConnectionsApi {
  readonly options: HttpConnectionsApiOptions;

  constructor(options: HttpConnectionsApiOptions) {
    this.options = options;
  }

  listConnections(_options?: RequestOptions): Promise<Connection[]> {
    return Promise.reject(notImplemented());
  }
  getConnection(_id: string, _options?: RequestOptions): Promise<Connection> {
    return Promise.reject(notImplemented());
  }
  refreshConnection(_id: string, _options?: RequestOptions): Promise<Connection> {
    return Promise.reject(notImplemented());
  }
  revokeConnection(_id: string, _options?: RequestOptions): Promise<Connection> {
    return Promise.reject(notImplemented());
  }
  listConnectionRequests(_options?: RequestOptions): Promise<ConnectionRequest[]> {
    return Promise.reject(notImplemented());
  }
}
