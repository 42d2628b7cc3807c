/**
 * Every DOM event the elements fire (DESIGN.md, "Events"). All bubble, cross shadow roots (composed)
 * and carry a `detail` object. None ever carries a token.
 */
import type { ApiError } from './api/errors.js';
import type { Connection, ConnectionRequest, ConnectionStatus } from './api/types.js';
import type { ChangeSource } from './state/store-state.js';

export interface ConnectionEventDetail {
  connection: Connection;
}
export interface ConnectionErrorDetail {
  connection: Connection;
  error: ApiError;
}
export interface StatusChangedDetail {
  connection: Connection;
  previousStatus: ConnectionStatus;
  /** What changed it: an action here, a poll, the server's push, or another tab. */
  source: ChangeSource;
}
export interface ErrorDetail {
  error: ApiError;
}
export interface BackDetail {
  /** The connection whose detail the user is leaving. */
  connectionId: string;
}
export interface RequestDetail {
  request: ConnectionRequest;
}

/** Event name → detail type: the one table the typed `emit()` and the global map are built from. */
export interface PortalEventDetails {
  'connection-manage': ConnectionEventDetail;
  'connection-refreshed': ConnectionEventDetail;
  'connection-refresh-failed': ConnectionErrorDetail;
  'connection-revoked': ConnectionEventDetail;
  'connection-revoke-failed': ConnectionErrorDetail;
  'connection-revoke-cancelled': ConnectionEventDetail;
  'connection-status-changed': StatusChangedDetail;
  'connections-load-failed': ErrorDetail;
  'connection-request-connect': RequestDetail;
  'connections-auth-required': ErrorDetail;
  'connections-back': BackDetail;
}

export type PortalEventName = keyof PortalEventDetails;
export type PortalEvent<K extends PortalEventName> = CustomEvent<PortalEventDetails[K]>;

export type ConnectionManageEvent = PortalEvent<'connection-manage'>;
export type ConnectionRefreshedEvent = PortalEvent<'connection-refreshed'>;
export type ConnectionRefreshFailedEvent = PortalEvent<'connection-refresh-failed'>;
export type ConnectionRevokedEvent = PortalEvent<'connection-revoked'>;
export type ConnectionRevokeFailedEvent = PortalEvent<'connection-revoke-failed'>;
export type ConnectionRevokeCancelledEvent = PortalEvent<'connection-revoke-cancelled'>;
export type ConnectionStatusChangedEvent = PortalEvent<'connection-status-changed'>;
export type ConnectionsLoadFailedEvent = PortalEvent<'connections-load-failed'>;
export type ConnectionRequestConnectEvent = PortalEvent<'connection-request-connect'>;
export type ConnectionsAuthRequiredEvent = PortalEvent<'connections-auth-required'>;
export type ConnectionsBackEvent = PortalEvent<'connections-back'>;

/**
 * Every event, and whether a host may cancel it to act itself (route, or open a request's link). A
 * record, so the type checker fails when an event is added to the table above but not here.
 */
const CANCELABLE: Record<PortalEventName, boolean> = {
  'connection-manage': true,
  'connection-refreshed': false,
  'connection-refresh-failed': false,
  'connection-revoked': false,
  'connection-revoke-failed': false,
  'connection-revoke-cancelled': false,
  'connection-status-changed': false,
  'connections-load-failed': false,
  'connection-request-connect': true,
  'connections-auth-required': false,
  'connections-back': true,
};

/** Every event name, for a host (or a log) that listens to all of them. */
export const PORTAL_EVENT_NAMES = Object.keys(CANCELABLE) as readonly PortalEventName[];

/** The events a host may cancel to act itself (route, or open a request's link). */
export const CANCELABLE_EVENTS: ReadonlySet<PortalEventName> = new Set(
  PORTAL_EVENT_NAMES.filter((name) => CANCELABLE[name]),
);

/**
 * Dispatches a portal event from `target`. Returns false when a listener called preventDefault()
 * on a cancelable event, that is, when the caller must not act.
 */
export function emit<K extends PortalEventName>(
  target: EventTarget,
  name: K,
  detail: PortalEventDetails[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { bubbles: true, composed: true, cancelable: CANCELABLE[name], detail }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'connection-manage': ConnectionManageEvent;
    'connection-refreshed': ConnectionRefreshedEvent;
    'connection-refresh-failed': ConnectionRefreshFailedEvent;
    'connection-revoked': ConnectionRevokedEvent;
    'connection-revoke-failed': ConnectionRevokeFailedEvent;
    'connection-revoke-cancelled': ConnectionRevokeCancelledEvent;
    'connection-status-changed': ConnectionStatusChangedEvent;
    'connections-load-failed': ConnectionsLoadFailedEvent;
    'connection-request-connect': ConnectionRequestConnectEvent;
    'connections-auth-required': ConnectionsAuthRequiredEvent;
    'connections-back': ConnectionsBackEvent;
  }
}
