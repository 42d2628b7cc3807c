// `portal-connections/react` with React 19 from npm (issue 12, point 3), on the built package:
// - a client render (createRoot) in Chromium;
// - renderToString in Node, then hydrateRoot in Chromium. After hydration React 19 sets no property
//   and attaches no listener on a custom element until it re-renders (react#35446); the wrappers set
//   them from an effect, so the token goes with the very first request and the event props fire.
// Both with React's development build, which would log any hydration mismatch or prop warning: none
// may be logged, on the server or in the page. The page's script is test/e2e/react/client.js,
// bundled here with esbuild (React ships CommonJS only).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { createReferenceServer } from '../../demo/server/index.js';
import { App } from './react/app.js';
import { useServerAndBrowser } from './browser.js';
import { expectText } from './walk.js';

const ROOT = new URL('../../', import.meta.url);
const TOKEN = 'react-host-token';

/** The HTML of the page for a path, set by each test. */
let pageHtml = '';

const host = useServerAndBrowser(async () => {
  const [client] = (
    await build({
      entryPoints: [fileURLToPath(new URL('react/client.js', import.meta.url))],
      bundle: true,
      format: 'esm',
      write: false,
      // React's development build: the one that reports hydration mismatches and bad props.
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    })
  ).outputFiles;
  const reference = createReferenceServer({ basePath: '/api', control: true });
  return createServer(async (req, res) => {
    if (await reference.handle(req, res)) return;
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/client.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(client.contents);
    }
    if (pathname.startsWith('/demo/icons/') && /^[\w-]+\.svg$/.test(pathname.slice(12))) {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
      return res.end(readFileSync(new URL(`demo/public/icons/${pathname.slice(12)}`, ROOT)));
    }
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    if (pathname.startsWith('/portal/connections')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(pageHtml);
    }
    res.writeHead(404).end();
  });
});

/** A fresh seeded workspace that answers 401 to any request without `Bearer {TOKEN}`. */
async function createWorkspace() {
  const response = await fetch(`${host.origin}/api/__control/workspaces`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: TOKEN }),
  });
  return (await response.json()).workspaceId;
}

const requestLog = async (workspaceId) =>
  (
    await (
      await fetch(`${host.origin}/api/__control/workspaces/${encodeURIComponent(workspaceId)}/log`)
    ).json()
  ).requests;

/** The page: the server's HTML of the app in #root (or nothing), its props, and the client bundle. */
function page(body, props) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>React host</title>
    <script type="module" src="/client.js"></script>
  </head>
  <body><div id="root">${body}</div><script type="application/json" id="props">${JSON.stringify(props)}</script></body>
</html>`;
}

/** Everything React (or anything else) says at warning level or above, and uncaught errors. */
function watchConsole(tab) {
  const said = [];
  tab.on('console', (message) => {
    if (['error', 'warning', 'assert'].includes(message.type())) {
      said.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  tab.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
  return said;
}

/** Revokes `appName` through the UI: Manage, Revoke, confirm, then Back to Connections. */
async function revokeThroughUi(tab, appName) {
  const portal = tab.locator('connections-portal');
  const row = portal.getByRole('row').filter({ hasText: appName });
  await row.getByRole('link', { name: new RegExp(`^Manage ${appName}`) }).click();
  const detail = portal.locator('connection-detail');
  await detail.getByRole('button', { name: /^Revoke/ }).click();
  await tab
    .getByRole('alertdialog', { name: 'Revoke this connection?' })
    .getByRole('button', { name: 'Revoke connection', exact: true })
    .click();
  await expectText(detail.locator('connection-status-badge [part~="badge"]').first(), /^revoked/);
  await detail.getByRole('link', { name: 'Back to Connections' }).click();
  await expectText(row.locator('[part~="badge"]'), 'revoked');
}

/**
 * Opens the page, waits for the list, revokes HubSpot; then checks the request log (every request,
 * the first included, carried the token), the event props and the console.
 */
async function checkHost(mode) {
  const workspaceId = await createWorkspace();
  const props = { apiBaseUrl: '/api', workspaceId, token: TOKEN };
  const serverSaid = [];
  let body = '';
  if (mode === 'hydrate') {
    const { error, warn } = console;
    console.error = console.warn = (...args) => serverSaid.push(args.join(' '));
    try {
      body = renderToString(React.createElement(App, props));
    } finally {
      Object.assign(console, { error, warn });
    }
    assert.match(body, /^<main><h1>Agency portal<\/h1><connections-portal><\/connections-portal>/);
  }
  pageHtml = page(body, { ...props, mode });

  const tab = await host.browser.newPage();
  const said = watchConsole(tab);
  await tab.goto(`${host.origin}/portal/connections`);
  const portal = tab.locator('connections-portal');
  await expectText(
    portal.getByRole('row').filter({ hasText: 'HubSpot' }).locator('[part~="badge"]'),
    'error',
  );
  await revokeThroughUi(tab, 'HubSpot');

  const log = (await requestLog(workspaceId)).filter((entry) => entry.method !== 'OPTIONS');
  assert.ok(log.length > 0, 'the portal asked the API');
  assert.equal(log[0].authorized, true, `the first request carried the token: ${log[0].path}`);
  assert.deepEqual(
    log.filter((entry) => !entry.authorized).map((entry) => `${entry.method} ${entry.path}`),
    [],
    'every request carried the token',
  );

  const events = await tab.evaluate(() => globalThis.reactEvents);
  const hubspot = (prop) => events.filter((event) => event.prop === prop);
  assert.equal(hubspot('onConnectionManage').length, 1, 'onConnectionManage fired');
  assert.deepEqual(
    hubspot('onConnectionRevoked').map(({ type }) => type),
    ['connection-revoked'],
    'onConnectionRevoked fired once, with its event',
  );
  assert.equal(hubspot('onConnectionStatusChanged').length, 1, 'onConnectionStatusChanged fired');
  const [back] = hubspot('onConnectionsBack');
  assert.equal(back?.type, 'connections-back', 'onConnectionsBack fired');
  assert.equal(back.id, hubspot('onConnectionRevoked')[0].id, 'with the connection left');
  assert.equal(hubspot('onConnectionsAuthRequired').length, 0);

  assert.deepEqual([...serverSaid, ...said], [], 'React logged no error or warning');
  await tab.close();
}

test('a client render (createRoot) sends the token, fires the event props, and logs nothing', () =>
  checkHost('client'));

test('renderToString, then hydrateRoot: the token goes with the first request, the event props fire, React logs nothing', () =>
  checkHost('hydrate'));

test('the core never loads React: only dist/react imports react or @lit/react, and the bundle holds neither', () => {
  const importsReact = /from\s*['"](?:react|@lit\/react)(?:\/[^'"]*)?['"]/;
  const bundle = readFileSync(new URL('dist/portal-connections.bundle.js', ROOT), 'utf8');
  assert.doesNotMatch(bundle, importsReact);
  assert.doesNotMatch(bundle, /suppressHydrationWarning|createComponent/);
  const core = readdirSync(new URL('dist/', ROOT), { recursive: true }).filter(
    (file) => file.endsWith('.js') && !file.startsWith('react'),
  );
  assert.ok(core.includes('index.js') && core.includes('define.js'));
  for (const file of core) {
    assert.doesNotMatch(readFileSync(new URL(`dist/${file}`, ROOT), 'utf8'), importsReact, file);
  }
  const wrapper = readFileSync(new URL('dist/react/index.js', ROOT), 'utf8');
  assert.match(wrapper, importsReact);
  assert.match(wrapper, /from '\.\.\/define\.js'/, 'the wrapper module registers the tags');
});
