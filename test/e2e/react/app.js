// A React 19 host page, shared by the server (renderToString in Node) and the browser (createRoot or
// hydrateRoot, bundled by react.test.js): the portal through `portal-connections/react`, with a
// stable token getter and an event prop for every event the portal fires. Plain createElement, so
// Node runs it as it is.
import * as React from 'react';
import { ConnectionsPortal } from 'portal-connections/react';

/** The portal's event props; each hands its event to `onEvent`, as a host's handlers would. */
export const EVENT_PROPS = [
  'onConnectionManage',
  'onConnectionRefreshed',
  'onConnectionRefreshFailed',
  'onConnectionRevoked',
  'onConnectionRevokeFailed',
  'onConnectionRevokeCancelled',
  'onConnectionStatusChanged',
  'onConnectionsLoadFailed',
  'onConnectionRequestConnect',
  'onConnectionsAuthRequired',
  'onConnectionsBack',
];

/**
 * @param {{ apiBaseUrl: string, workspaceId: string, token: string, onEvent?: (prop: string, event: CustomEvent) => void }} props
 */
export function App({ apiBaseUrl, workspaceId, token, onEvent = () => {} }) {
  // Stable, as a host's would be: nothing re-renders the portal after hydration.
  const getSessionToken = React.useCallback(async () => token, [token]);
  const handlers = Object.fromEntries(
    EVENT_PROPS.map((prop) => [prop, (event) => onEvent(prop, event)]),
  );
  return React.createElement(
    'main',
    null,
    React.createElement('h1', null, 'Agency portal'),
    React.createElement(ConnectionsPortal, {
      apiBaseUrl,
      workspaceId,
      getSessionToken,
      ...handlers,
    }),
  );
}
