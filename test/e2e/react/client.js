// The browser side of the React host page (bundled by react.test.js): `?mode=client` renders into an
// empty root, `?mode=hydrate` hydrates the server's HTML. Events land in `globalThis.reactEvents`.
import * as React from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const { document } = globalThis;
const props = JSON.parse(document.getElementById('props').textContent);
globalThis.reactEvents = [];
const onEvent = (prop, event) =>
  globalThis.reactEvents.push({
    prop,
    type: event.type,
    id: event.detail.connection?.id ?? event.detail.connectionId ?? null,
  });
const app = React.createElement(App, { ...props, onEvent });
const root = document.getElementById('root');
if (props.mode === 'hydrate') hydrateRoot(root, app);
else createRoot(root).render(app);
