// Opens every story of the static Storybook build (storybook-static/) in a headless Chromium and checks
// that it renders without a console error, an uncaught error or a failed request, and that axe-core
// finds no violation in it. Storybook's own test runner downloads a browser, which fails on machines
// without internet; this drives the installed Chromium instead (scripts/find-chrome.js).
//
//   node scripts/check-stories.js [--filter <text>] [--concurrency <n>] [--all]
//
// Prints one line per story and ends with "N passed, N failed"; exits 1 on any failure.
// The functions given to page.evaluate() and page.waitForFunction() run in the page, not in Node.
/* global window, document, customElements */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';

const ROOT = resolve(import.meta.dirname, '..', 'storybook-static');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** How long one story may take to finish rendering (and its play function). */
const STORY_TIMEOUT_MS = 15_000;
/** A short settle after the story finished, for the last re-renders of data that arrived late. */
const SETTLE_MS = 150;

const { values: options } = parseArgs({
  options: {
    filter: { type: 'string', default: '' },
    concurrency: { type: 'string', default: '3' },
  },
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves storybook-static on a free loopback port. */
async function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== ROOT && !file.startsWith(ROOT + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** An app icon stands in for every request that would leave the machine (the seed's CDN icons). */
const PLACEHOLDER_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#888"/></svg>';

async function checkStory(context, origin, story) {
  const problems = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  await page.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_ICON }),
  );
  try {
    // The a11y addon's own axe run (after every story, for its panel) is switched off: axe runs
    // below, once. It took about a second of each story's check.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    // Storybook's render phases: loading, rendering, playing, played, completing, completed,
    // afterEach (where the a11y addon runs its own axe), finished; or errored / aborted.
    const phase = await page
      .waitForFunction(
        () => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          return ['finished', 'errored', 'aborted'].includes(render?.phase) && render.phase;
        },
        undefined,
        { timeout: STORY_TIMEOUT_MS, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'timed out');
    if (phase !== 'finished') problems.push(`the story did not finish rendering (${phase})`);
    await page.waitForTimeout(SETTLE_MS);
    const render = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root');
      const deep = (node) =>
        [...node.querySelectorAll('*')].flatMap((el) =>
          el.shadowRoot ? [el, ...deep(el.shadowRoot)] : [el],
        );
      const elements = root ? deep(root) : [];
      const tags = (list) => [...new Set(list.map((el) => el.localName))];
      return {
        empty: !root || root.children.length === 0,
        notDefined: tags(
          elements
            .filter((el) => el.localName.includes('-'))
            .filter((el) => !customElements.get(el.localName)),
        ),
        noShadow: tags(elements.filter((el) => customElements.get(el.localName) && !el.shadowRoot)),
        // DESIGN.md: only http(s) and same-origin URLs ever reach an href or a src.
        unsafeUrls: elements
          .flatMap((el) => ['href', 'src'].map((name) => el.getAttribute(name)))
          .filter((value) => value !== null)
          .filter(
            (value) => !['http:', 'https:'].includes(new URL(value, document.baseURI).protocol),
          ),
      };
    });
    if (render.empty) problems.push('#storybook-root is empty');
    for (const tag of render.notDefined) problems.push(`<${tag}> is not a defined element`);
    for (const tag of render.noShadow) problems.push(`<${tag}> rendered no shadow root`);
    for (const url of render.unsafeUrls) problems.push(`unsafe URL in the page: ${url}`);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
    });
    for (const { id, targets } of violations) problems.push(`axe ${id}: ${targets.join(', ')}`);
  } catch (error) {
    problems.push(`check crashed: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && entry.id.includes(options.filter),
  );
  if (stories.length === 0) throw new Error('No stories found in storybook-static/index.json.');

  const started = performance.now();
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  let passed = 0;
  let failed = 0;
  const queue = [...stories];
  const concurrency = Math.max(1, Number(options.concurrency) || 1);
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let story = queue.shift(); story; story = queue.shift()) {
          const problems = await checkStory(context, origin, story);
          if (problems.length === 0) {
            passed++;
            console.log(`ok   ${story.id}`);
          } else {
            failed++;
            console.log(`FAIL ${story.id}\n${problems.map((p) => `       ${p}`).join('\n')}`);
          }
        }
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${passed + failed} stories checked in ${seconds} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
