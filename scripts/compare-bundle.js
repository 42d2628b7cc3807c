// Checks that minifying the bundle changed nothing a user can see: builds the same sources without
// any minifying (no template minifying, no terser), then runs the demo (reference server, seeded)
// twice in Chromium, once with each bundle, at 1200 and 420 px wide, through the list, a detail,
// the revoke dialog and a toast. At each step it compares, through every shadow root: each
// element's box, display, colours, font, spacing and borders, the text (whitespace collapsed), and
// the accessibility tree. Prints the first differences; exits 1 when there are any.
//
//   npm run build && node scripts/compare-bundle.js
// Not part of `npm test` (it takes a minute); run it after changing the bundle's build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';
import { createDemoServer } from '../demo/serve.js';
import { launchBrowser } from '../test/e2e/browser.js';

const built = new URL('../dist/portal-connections.bundle.js', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'portal-connections-compare-'));
const reference = join(work, 'reference.js');
const build = await rollup({
  input: 'src/bundle.ts',
  plugins: bundlePlugins({ minify: false }),
  onwarn() {},
});
writeFileSync(reference, (await build.generate({ format: 'es' })).output[0].code);
await build.close();

/** Every element and text of the page, through shadow roots, one line each (runs in the page). */
function describePage() {
  const { document, getComputedStyle, Node } = globalThis;
  const lines = [];
  const walk = (node, depth) => {
    for (const child of node.childNodes) {
      const indent = '  '.repeat(depth);
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.data.replace(/\s+/g, ' ').trim();
        if (text) lines.push(`${indent}"${text}"`);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const box = child.getBoundingClientRect();
        const style = getComputedStyle(child);
        const attributes = [...child.attributes].map((a) => `${a.name}=${a.value}`).sort();
        lines.push(
          `${indent}<${child.localName} ${attributes.join(' ')}> ` +
            [box.x, box.y, box.width, box.height].map(Math.round).join(',') +
            ` ${style.display} ${style.color} ${style.backgroundColor} ${style.font}` +
            ` ${style.padding} ${style.margin} ${style.border} ${style.borderRadius} ${style.gap}`,
        );
        if (child.shadowRoot) {
          lines.push(`${indent}  #shadow-root`);
          walk(child.shadowRoot, depth + 2);
        }
        walk(child, depth + 1);
      }
    }
  };
  walk(document.body, 0);
  return lines.join('\n');
}

/** Times and dates differ between two runs: not a difference of the bundles. */
const steady = (text) =>
  text
    .replace(/\b\d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b/g, 'TIME')
    .replace(/datetime=[-\dT:.]+Z/g, 'datetime=DATE')
    .replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, 'DATE');

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();

async function walkThrough(bundleFile, width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/portal-connections.bundle.js', (route) =>
    route.fulfill({ body: readFileSync(bundleFile), contentType: 'text/javascript' }),
  );
  const portal = page.locator('connections-portal');
  const detail = portal.locator('connection-detail');
  const steps = {};
  const snapshot = async (name) => {
    await page.waitForTimeout(300); // transitions and late renders settle
    steps[name] = steady(await page.evaluate(describePage));
    steps[`${name} (accessibility tree)`] = steady(await portal.ariaSnapshot());
  };

  await page.goto(`${origin}/portal/connections`);
  await portal.getByRole('link', { name: /^Manage Slack/ }).waitFor();
  await snapshot('list');
  await portal.getByRole('link', { name: /^Manage Slack/ }).click();
  await detail.getByRole('heading', { name: 'Slack' }).waitFor();
  await snapshot('detail');
  await detail.getByRole('button', { name: /^Revoke/ }).click();
  await page.getByRole('alertdialog').waitFor();
  await snapshot('revoke dialog');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Keep connection' }).click();
  await detail.getByRole('button', { name: /^Refresh credential/ }).click();
  await portal.getByRole('status').filter({ hasText: 'Connection refreshed.' }).first().waitFor();
  await snapshot('toast');

  steps.errors = errors.join('\n');
  await page.close();
  await fetch(`${origin}/api/__control/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  });
  return steps;
}

let differences = 0;
try {
  for (const width of [1200, 420]) {
    const expected = await walkThrough(reference, width);
    const actual = await walkThrough(built, width);
    for (const [step, text] of Object.entries(expected)) {
      if (actual[step] === text) continue;
      differences += 1;
      console.log(`--- ${width}px, ${step}: the minified bundle differs`);
      const before = text.split('\n');
      const after = actual[step].split('\n');
      let shown = 0;
      for (let i = 0; i < Math.max(before.length, after.length) && shown < 6; i += 1) {
        if (before[i] === after[i]) continue;
        console.log(`- ${before[i] ?? ''}\n+ ${after[i] ?? ''}`);
        shown += 1;
      }
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
}
console.log(
  differences
    ? `${differences} step(s) differ.`
    : 'The minified bundle draws the same pages as the unminified build.',
);
process.exit(differences ? 1 : 0);
