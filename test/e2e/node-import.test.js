// Importing the package in plain Node, with no DOM shim, never throws (issue 12, point 5): many SSR
// frameworks import a page's dependencies on the server. Lit's `node` export condition stands in for
// the few DOM names Lit itself needs; our modules touch no DOM global at module top level. Each entry
// is imported in a fresh `node` process, by the package's own name (through its `exports`), as a
// server would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `source` as an ES module in a child `node`, from the package root; resolves its stdout. */
async function runInNode(source) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', source],
    { cwd: ROOT, timeout: 20_000 },
  );
  return stdout;
}

for (const entry of [
  'portal-connections',
  'portal-connections/define',
  'portal-connections/react',
]) {
  test(`importing ${entry} in Node without a DOM does not throw, and the process ends on its own`, async () => {
    const stdout = await runInNode(`
      const dom = ['window', 'document', 'HTMLElement', 'customElements', 'CSSStyleSheet', 'matchMedia'];
      const shimmed = dom.filter((name) => name in globalThis);
      if (shimmed.length) throw new Error('a DOM name before the import: ' + shimmed);
      const module = await import(${JSON.stringify(entry)});
      console.log(JSON.stringify({
        exports: Object.keys(module).length,
        window: typeof window,
        document: typeof document,
        portal: customElements.get('connections-portal')?.name ?? null,
      }));
    `);
    const result = JSON.parse(stdout);
    assert.equal(result.window, 'undefined', 'no window shim left behind');
    assert.equal(result.document, 'undefined', 'no document shim left behind');
    if (entry === 'portal-connections') {
      assert.ok(result.exports > 30, 'the classes and helpers are there');
      assert.equal(result.portal, null, 'the main entry registers nothing');
    } else {
      assert.equal(result.portal, 'ConnectionsPortal', 'the default tags are registered');
    }
  });
}
