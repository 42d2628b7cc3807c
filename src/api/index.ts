/** The API layer's public pieces (DESIGN.md, "The ConnectionsApi interface"). */
export type {
  AppInfo,
  Connection,
  ConnectionRequest,
  ConnectionStatus,
  ConnectionsApi,
  ConnectionsApiMethod,
  KnownConnectionStatus,
  RequestOptions,
  WatchConnectionsOptions,
} from './types.js';
export { KNOWN_STATUSES } from './types.js';
export { API_ERROR_KINDS, ApiError, isApiError, kindForStatus } from './errors.js';
export type { ApiErrorInit, ApiErrorKind } from './errors.js';
export { HttpConnectionsApi } from './http-api.js';
export type {
  HttpConnectionsApiOptions,
  HttpWatchOptions,
  RetryOptions,
  WatchRetryOptions,
} from './http-api.js';
export { MemoryConnectionsApi } from './memory-api.js';
export type {
  MemoryConnectionInput,
  MemoryConnectionPatch,
  MemoryConnectionsApiOptions,
  MemoryFailures,
} from './memory-api.js';
