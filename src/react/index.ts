/**
 * `portal-connections/react`: one React component per element, made with `@lit/react`, each exported
 * under its class's name. Importing this module registers the default tags (it imports the define
 * entry), so importing it before `createRoot` or `hydrateRoot` is all a React host does.
 *
 * Why a wrapper rather than the bare tag: after `hydrateRoot`, React 19 sets no properties and
 * attaches no `on…` listeners on a custom element until that element re-renders (react#35446), so a
 * bare `<connections-portal getSessionToken={…}>` sends its first requests without the token. The
 * wrappers set properties and listeners from a layout effect, which runs after hydration too.
 *
 * Props: every attribute and property of the element by its property name (`apiBaseUrl`,
 * `workspaceId`, `getSessionToken`, `routing`, `connectionId`, …), and one event prop per event the
 * element (or an element inside it) fires, named `on` + the event in PascalCase:
 * `onConnectionRevoked={(event) => event.detail.connection}`.
 *
 * React and `@lit/react` are optional peer dependencies of the package: only this module imports them.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { DEFAULT_TAGS } from '../define.js';
import { PORTAL_EVENT_NAMES, type PortalEvent, type PortalEventName } from '../events.js';

/** `connection-revoked` → `ConnectionRevoked`. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The event prop's name for an event: `connection-revoked` → `onConnectionRevoked`. */
export type EventPropName<K extends PortalEventName> = `on${PascalCase<K>}`;

/** Event prop name → typed event name, the `events` option of `createComponent`. */
export type EventProps<K extends PortalEventName> = {
  [N in K as EventPropName<N>]: EventName<PortalEvent<N>>;
};

/** The event props for these events (`eventProps('connection-revoked')` → `{ onConnectionRevoked }`). */
function eventProps<K extends PortalEventName>(names: readonly K[]): EventProps<K> {
  const pascal = (name: string) =>
    name.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(
    names.map((name) => [`on${pascal(name)}`, name]),
  ) as unknown as EventProps<K>;
}

// Which events reach each element's host: its own, and those that bubble up from the elements it
// draws. The portal and the provider hold any of the others, so they hear every event.
const ALL_EVENTS = eventProps(PORTAL_EVENT_NAMES);
const ACTION_EVENTS = [
  'connection-revoked',
  'connection-revoke-failed',
  'connection-revoke-cancelled',
  'connection-status-changed',
] as const;
const DETAIL_EVENTS = eventProps([
  ...ACTION_EVENTS,
  'connection-refreshed',
  'connection-refresh-failed',
  'connections-load-failed',
  'connections-back',
]);
const TABLE_EVENTS = eventProps(['connection-manage', 'connections-load-failed']);
const REQUESTS_EVENTS = eventProps(['connection-request-connect', 'connections-load-failed']);
const DIALOG_EVENTS = eventProps(ACTION_EVENTS);

type Tag = keyof typeof DEFAULT_TAGS;
type ElementOf<T extends Tag> = InstanceType<(typeof DEFAULT_TAGS)[T]>;

/** The wrapper of a default tag, with these event props. */
function wrap<T extends Tag, K extends PortalEventName = never>(
  tagName: T,
  events?: EventProps<K>,
): ReactWebComponent<ElementOf<T>, EventProps<K>> {
  const elementClass = DEFAULT_TAGS[tagName] as unknown as new () => ElementOf<T>;
  return createComponent({ react: React, tagName, elementClass, events });
}

/** `<connections-portal>`: the whole Connections page. */
export const ConnectionsPortal = wrap('connections-portal', ALL_EVENTS);

/** `<connections-provider>`: the API client and shared state for the elements inside it. */
export const ConnectionsProvider = wrap('connections-provider', ALL_EVENTS);

/** `<connections-table>`: the list of connections. */
export const ConnectionsTable = wrap('connections-table', TABLE_EVENTS);

/** `<connection-detail>`: one connection, with Refresh credential and Revoke. */
export const ConnectionDetail = wrap('connection-detail', DETAIL_EVENTS);

/** `<revoke-dialog>`: "Revoke this connection?". */
export const RevokeDialog = wrap('revoke-dialog', DIALOG_EVENTS);

/** `<connection-status-badge>`: a status badge; it fires no event. */
export const ConnectionStatusBadge = wrap('connection-status-badge');

/** `<connection-requests>`: the Outstanding connection requests panel. */
export const ConnectionRequests = wrap('connection-requests', REQUESTS_EVENTS);
