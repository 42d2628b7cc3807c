// `npm run bench`: how long the built bundle takes, in Chromium, to render the connections table for
// N connections (from mount to N Manage links on screen), and to update one row after a revoke.
// Prints the median and the 90th percentile of repeated runs. A benchmark, not a test: it asserts
// nothing, so compare its numbers before and after a change on the same machine.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';

const SIZES = [100, 500, 2000];
const RUNS = 15;

const PAGE = `<!doctype html><html><body><script type="module">
import { MemoryConnectionsApi } from '/bundle.js';
const connection = (i) => ({
  id: 'c' + i, app: { key: 'app' + (i % 20), name: 'App ' + (i % 20), iconUrl: null },
  label: 'Connection number ' + i, status: ['active', 'error', 'pending', 'revoked'][i % 4],
  externalAccountEmail: null, lastRefreshedAt: null, refreshable: true,
});
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
window.measure = async (n) => {
  const api = new MemoryConnectionsApi({ connections: Array.from({ length: n }, (_, i) => connection(i)) });
  const provider = document.createElement('connections-provider');
  provider.api = api;
  const table = document.createElement('connections-table');
  provider.append(table);
  const start = performance.now();
  document.body.append(provider);
  const links = () => table.shadowRoot?.querySelectorAll('a[part~="manage-link"]').length ?? 0;
  while (links() < n) await frame();
  const rendered = performance.now() - start;
  const before = performance.now();
  await provider.store.revoke('c1');
  await table.updateComplete;
  const updated = performance.now() - before;
  provider.remove();
  return { rendered, updated };
};
</script></body></html>`;

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
}

const bundle = await readFile(new URL('../dist/portal-connections.bundle.js', import.meta.url));
const server = createServer((req, res) => {
  const js = req.url === '/bundle.js';
  res.writeHead(200, { 'Content-Type': js ? 'text/javascript' : 'text/html' });
  res.end(js ? bundle : PAGE);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => typeof globalThis.measure === 'function');
  for (const n of SIZES) {
    await page.evaluate((size) => globalThis.measure(size), n); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i += 1)
      runs.push(await page.evaluate((size) => globalThis.measure(size), n));
    console.log(
      `${String(n).padStart(5)} connections: first render ${stats(runs.map((r) => r.rendered))}; ` +
        `one row after a revoke ${stats(runs.map((r) => r.updated))}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
