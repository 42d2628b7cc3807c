// A server-rendered first paint (README, "Server rendering"): @lit-labs/ssr renders the portal's
// shell in Node; Chromium paints it before any script, then hydrates it with @lit-labs/ssr-client
// (no mismatch: the server's nodes are kept, not replaced), loads the data, and the layout barely
// moves on the way (CLS ≤ 0.1, with the requests panel appearing above the table).
import resolve from '@rollup/plugin-node-resolve';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { readFile } from 'node:fs/promises';
import { createReferenceServer, createSeed } from '../../demo/server/index.js';
import { useServerAndBrowser, watchPage } from './browser.js';
import { portalShell } from './ssr/shell.js';

/** Holds the page's script until the test has looked at the server's paint. */
let releaseScript = () => {};
let scriptReleased = Promise.resolve();

// acme has two outstanding requests (the panel arrives above the table); `quiet` has none.
const seed = createSeed();
seed.quiet = { ...seed.acme, requests: [] };
const reference = createReferenceServer({ basePath: '/api', seed });
const ICONS = new URL('../../demo/public/icons/', import.meta.url);

async function page(shell) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Connections</title>
    <link rel="icon" href="data:," />
    <style>body { margin: 0; padding: 1rem; font-family: system-ui, sans-serif; }</style>
  </head>
  <body>
    <main>${shell}</main>
    <script type="module" src="/app.js"></script>
  </body>
</html>`;
}

const host = useServerAndBrowser(async () => {
  const bundle = await rollup({
    input: fileURLToPath(new URL('./ssr/client.js', import.meta.url)),
    plugins: [resolve()],
  });
  const clientCode = (await bundle.generate({ format: 'es' })).output[0].code;
  await bundle.close();
  const shells = {
    acme: await portalShell('/api', 'acme'),
    quiet: await portalShell('/api', 'quiet'),
  };
  return createServer(async (req, res) => {
    if (await reference.handle(req, res)) return;
    const icon = /^\/demo\/icons\/([a-z-]+\.svg)$/.exec(req.url ?? '');
    if (icon) {
      const svg = await readFile(new URL(icon[1], ICONS)).catch(() => null);
      res.writeHead(svg ? 200 : 404, { 'Content-Type': 'image/svg+xml' }).end(svg ?? '');
      return;
    }
    if (req.url === '/app.js') {
      await scriptReleased;
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(clientCode);
      return;
    }
    const workspace = new URL(req.url ?? '/', 'http://localhost').searchParams.get('workspace');
    if (req.url?.startsWith('/portal/connections?') && shells[workspace]) {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(await page(shells[workspace]));
      return;
    }
    res.writeHead(404).end();
  });
});
// Event streams never end on their own: end them, so the server can close.
after(() => reference.close());

for (const [workspace, requests] of [
  ['acme', 'with two outstanding requests'],
  ['quiet', 'with no outstanding request'],
]) {
  test(`the shell paints before any script, hydrates without a mismatch, then loads (${requests})`, async () => {
    scriptReleased = new Promise((release) => (releaseScript = release));
    const tab = await host.browser.newPage();
    const problems = watchPage(tab);
    tab.on('console', (message) => {
      if (message.type() === 'warning') problems.push(`console.warn: ${message.text()}`);
    });
    // Layout shifts from the very first paint, summed as CLS counts them.
    await tab.addInitScript(() => {
      globalThis.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) globalThis.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${host.origin}/portal/connections?workspace=${workspace}`, {
      waitUntil: 'commit',
    });

    // The server's paint, with no script run yet: the heading and the placeholder rows.
    const heading = tab.getByRole('heading', { name: 'Connections', level: 2 });
    await heading.waitFor();
    assert.equal(await tab.locator('connections-table tr.skeleton').count(), 3);
    assert.equal(
      await tab.evaluate(() => globalThis.customElements.get('connections-portal')),
      undefined,
    );
    // A mark on a node of the server's shadow root: hydration keeps the node, a re-render would not.
    await tab.evaluate(() => {
      const portal = globalThis.document.querySelector('connections-portal');
      portal.shadowRoot.querySelector('h2').serverRendered = true;
    });

    releaseScript();
    await tab.getByRole('link', { name: 'Manage Slack' }).waitFor();
    const panel = tab.getByRole('heading', { name: 'Outstanding connection requests' });
    if (workspace === 'acme') await panel.waitFor();
    else
      await tab.locator('connection-requests [part~="placeholder"]').waitFor({ state: 'detached' });
    // One more frame or two, so a late shift would be counted.
    await tab.evaluate(
      () =>
        new Promise((done) =>
          globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(done)),
        ),
    );

    assert.equal(
      await tab.evaluate(
        () =>
          globalThis.document.querySelector('connections-portal').shadowRoot.querySelector('h2')
            .serverRendered,
      ),
      true,
      'the heading was rendered again instead of hydrated',
    );
    const cls = await tab.evaluate(() => globalThis.layoutShift);
    assert.ok(cls <= 0.1, `CLS from the server's paint to the loaded page was ${cls.toFixed(3)}`);
    assert.deepEqual(problems, []);
    await tab.close();
  });
}
