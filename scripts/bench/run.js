// `npm run bench` (after `npm run build`): the built bundle against a hand-written table, side by side
// in one Chromium run. Prints a table (ratios first, then milliseconds) and writes .tmp/bench.json.
// A benchmark, not a test: it asserts nothing, and its figures only compare on one machine.
//
// - First render: `<connections-table>` in `<connections-provider>` with a MemoryConnectionsApi, and
//   the vanilla element (browser/vanilla-table.js) with the same rows, alternating, medians. Timed
//   from the append until every row (100 connections) or the first screen of rows (1,000 and 10,000:
//   rows down to the bottom of a 1280×800 viewport) is in the DOM, and until it is drawn (style and
//   layout done, forced). The vanilla element draws every row at every size.
// - At 10,000: the longest task and the longest animation frame (over 50 ms, else 0) from the append
//   to the first screen drawn, and the elements of the page counted through every shadow root.
// - Revoke: `provider.store.revoke(id)` on a row of the first screen of 10,000, until its status cell
//   reads "revoked", and until the next frame has been drawn; the vanilla element's `setStatus` for
//   reference.
// - Heap: `<connections-portal .api=…>` with 1,000 connections mounted (until its first screen) and
//   removed 100 times, in a fresh page; V8's used heap after a forced GC (CDP), before, after one,
//   after 50 and after 100 (a leak keeps growing over the second 50; warm-up does not).
// - Over HTTP: 10,000 from the reference server in pages of 100, in the page of the runs above, and
//   as the first thing a fresh page draws (a first visit: nothing warmed up by an earlier run).
// - The bundle's gzip size (level 9).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../find-chrome.js';
import { createReferenceServer } from '../../demo/server/index.js';
import { printReport } from './report.js';

const VIEWPORT = { width: 1280, height: 800 };
/** Connections, and how many lit/vanilla pairs of runs (10,000 takes seconds a run). */
const SIZES = [
  { n: 100, pairs: 15 },
  { n: 1000, pairs: 7 },
  { n: 10000, pairs: 5 },
];
const HEAP = { n: 1000, cycles: 100 };

const root = new URL('../../', import.meta.url);
const bundle = await readFile(new URL('dist/portal-connections.bundle.js', root)).catch(() => {
  throw new Error('No dist/portal-connections.bundle.js: `npm run bench` builds it first.');
});
const PAGE = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <script type="module" src="/page.js"></script>
  </body>
</html>`;
const FILES = {
  '/': { type: 'text/html', body: PAGE },
  '/bundle.js': { type: 'text/javascript', body: bundle },
  '/page.js': {
    type: 'text/javascript',
    body: await readFile(new URL('browser/page.js', import.meta.url)),
  },
  '/vanilla-table.js': {
    type: 'text/javascript',
    body: await readFile(new URL('browser/vanilla-table.js', import.meta.url)),
  },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
const progress = (text) => process.stderr.write(`${text}\n`);

async function openPage(browser) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (error) => progress(`page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => typeof globalThis.bench === 'object');
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return { page, heap };
}

async function firstRenders(page, heap) {
  const mount = async (kind, n, withRevoke) => {
    await heap(); // a GC before each run, so that none lands in the next one by chance
    return page.evaluate(
      async ([kind, n, withRevoke]) => {
        const result = await globalThis.bench.mount(kind, n);
        if (withRevoke) result.revoke = await globalThis.bench.revoke();
        if (withRevoke && kind === 'lit') result.search = await globalThis.bench.searchKeystroke();
        globalThis.bench.unmount();
        return result;
      },
      [kind, n, withRevoke],
    );
  };
  await mount('lit', 100, false); // warm-up: compile both sides once
  await mount('vanilla', 100, false);
  const sizes = [];
  for (const { n, pairs } of SIZES) {
    progress(`${n} connections: ${pairs} × (lit, vanilla)…`);
    const lit = [];
    const vanilla = [];
    for (let i = 0; i < pairs; i += 1) {
      lit.push(await mount('lit', n, n === 10000));
      vanilla.push(await mount('vanilla', n, n === 10000));
    }
    sizes.push({ n, lit, vanilla });
  }
  return sizes;
}

async function heapCycles(page, heap) {
  progress(`heap: ${HEAP.cycles} portals with ${HEAP.n} connections…`);
  await page.evaluate((n) => globalThis.bench.heapSetup(n), HEAP.n);
  const cycles = (times) =>
    page.evaluate(([n, times]) => globalThis.bench.portalCycles(n, times), [HEAP.n, times]);
  const before = await heap();
  await cycles(1);
  const afterOne = await heap();
  const half = HEAP.cycles / 2;
  await cycles(half - 1);
  const afterHalf = await heap();
  await cycles(HEAP.cycles - half);
  const after = await heap();
  return { connections: HEAP.n, cycles: HEAP.cycles, before, afterOne, afterHalf, after };
}

function summarize(side) {
  const pick = (key) => round(median(side.map((run) => run[key])));
  return {
    ms: pick('ms'),
    domMs: pick('domMs'),
    longestTaskMs: pick('longestTask'),
    longestFrameMs: side[0].longestFrame === null ? null : pick('longestFrame'),
    elements: pick('elements'),
    links: pick('links'),
    rowsOnScreen: pick('rowsOnScreen'),
    runsMs: side.map((run) => round(run.ms)),
  };
}

// The reference server under /api, for the load over HTTP (its control endpoints make the workspace).
// Workspace `bench`: the page's fixture of 10,000 (same shape), served in pages of 100.
const benchConnections = Array.from({ length: 10000 }, (_, i) => ({
  id: `c${i}`,
  app: { key: `app${i % 20}`, name: `App ${i % 20}`, iconUrl: null },
  label: `Connection number ${i}`,
  status: ['active', 'error', 'pending', 'revoked'][i % 4],
  externalAccountEmail: null,
  lastRefreshedAt: null,
  refreshable: true,
}));
const reference = createReferenceServer({
  basePath: '/api',
  seed: { bench: { connections: benchConnections, requests: [], pageSize: 100 } },
});
const server = createServer(async (req, res) => {
  if (await reference.handle(req, res)) return;
  const file = FILES[new URL(req.url, 'http://x').pathname];
  res.writeHead(file ? 200 : 404, { 'Content-Type': file?.type ?? 'text/plain' });
  res.end(file?.body ?? 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
});
const started = Date.now();
try {
  let { page, heap } = await openPage(browser);
  const sizes = await firstRenders(page, heap);
  progress('10000 connections over HTTP: 3 runs…');
  const overHttp = [];
  for (let i = 0; i < 3; i += 1) {
    await heap();
    overHttp.push(await page.evaluate((n) => globalThis.bench.mountHttp(n), 10000));
  }
  await page.close();
  // A user's first visit: the same load in a fresh page, before anything else has run in it (Lit's
  // templates, the validator and Intl's data not yet warmed up by an earlier run).
  progress('10000 connections over HTTP, each in a fresh page: 7 runs…');
  const coldHttp = [];
  const firstIntl = [];
  for (let i = 0; i < 7; i += 1) {
    let fresh = await openPage(browser);
    coldHttp.push(await fresh.page.evaluate((n) => globalThis.bench.mountHttp(n), 10000));
    await fresh.page.close();
    // What the browser itself takes to build a page's first date formatter (its locale data): the
    // portal builds it when the page is idle (warmUpIntl), a task of its own.
    fresh = await openPage(browser);
    firstIntl.push(await fresh.page.evaluate(() => globalThis.bench.firstIntlFormatter()));
    await fresh.page.close();
  }
  ({ page, heap } = await openPage(browser));
  const heapResult = await heapCycles(page, heap);
  await page.close();

  const at10k = sizes.find((size) => size.n === 10000);
  const revokes = (side) => ({
    domMs: round(median(side.map((run) => run.revoke.dom))),
    frameMs: round(median(side.map((run) => run.revoke.frame))),
  });
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cores: cpus().length, browser: `Chromium ${browser.version()}`, viewport: VIEWPORT },
    bundle: { bytes: bundle.length, gzipBytes: gzipSync(bundle, { level: 9 }).length },
    firstRender: sizes.map(({ n, lit, vanilla }) => {
      const litSummary = summarize(lit);
      const vanillaSummary = summarize(vanilla);
      return {
        connections: n,
        until: n <= 100 ? 'every row' : 'first screen',
        pairs: lit.length,
        ratio: round(litSummary.ms / vanillaSummary.ms),
        domRatio: round(litSummary.domMs / vanillaSummary.domMs),
        lit: litSummary,
        vanilla: vanillaSummary,
      };
    }),
    revoke: {
      connections: 10000,
      runs: at10k.lit.length,
      lit: revokes(at10k.lit),
      vanilla: revokes(at10k.vanilla),
    },
    search: {
      connections: 10000,
      ms: round(median(at10k.lit.map((run) => run.search.ms))),
      longestTaskMs: round(median(at10k.lit.map((run) => run.search.longestTask))),
      longestFrameMs: round(median(at10k.lit.map((run) => run.search.longestFrame))),
    },
    http: {
      connections: 10000,
      ms: round(median(overHttp.map((run) => run.ms))),
      longestTaskMs: round(median(overHttp.map((run) => run.longestTask))),
      coldMs: round(median(coldHttp.map((run) => run.ms))),
      coldLongestTaskMs: round(median(coldHttp.map((run) => run.longestTask))),
      firstIntlMs: round(median(firstIntl)),
    },
    heap: heapResult,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  await mkdir(new URL('.tmp/', root), { recursive: true });
  await writeFile(new URL('.tmp/bench.json', root), `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
} finally {
  await browser.close();
  reference.close();
  server.close();
}
