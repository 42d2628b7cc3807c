// Prints the gzip size of each entry point and fails when one is over its budget; then where the
// bundle's bytes go, by package and folder of src/ (scripts/size-by-module.js has the whole table).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { breakdown, kib } from './size-by-module.js';

const BUDGETS = [
  // The self-contained bundle: Lit with @lit/context (~7 KiB gzip) and the seven elements.
  // 28.3 KiB when the budget was set (32); raise it only for a feature, with a note in the CHANGELOG.
  // 35: live status (polling, the event stream, cross-tab sync) took it from 29.3 to 33.4 KiB.
  // 31.2: minified templates, renamed private members and a hand-written validator took it from
  // 33.4 to 30.7 KiB; the budget is that plus 0.5 KiB.
  // 33.4: the table's search, sort and windowing (issue 10) add 2.2 KiB: 32.9 KiB, plus 0.5.
  // 33.9: hardening (issue 11: safe ids, errors without cause, cut bodies, option checks) 33.4.
  // 30.5: one way to do each thing, written once (no layers, no decorators, no styleMap, shared
  // CSS) took it from 33.8 to 29.5 KiB; the budget is that plus 1 KiB, as issue 10 asks.
  { file: 'dist/portal-connections.bundle.js', maxKiB: 30.5, top: 10 },
];

let failed = false;
for (const { file, maxKiB, top } of BUDGETS) {
  const url = new URL(`../${file}`, import.meta.url);
  const bytes = readFileSync(url);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const over = gz > maxKiB * 1024;
  failed ||= over;
  console.log(
    `${file}: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzip (budget ${maxKiB} KiB)${over ? '  OVER BUDGET' : ''}`,
  );
  const map = new URL(`${url.href}.map`);
  if (top && existsSync(map)) {
    const { groups } = breakdown(bytes.toString(), JSON.parse(readFileSync(map, 'utf8')));
    console.log(`  heaviest, in KiB gzip (each measured by leaving it out):`);
    for (const group of groups.slice(0, top)) console.log(`  ${kib(group.gzip)}  ${group.name}`);
  }
}
process.exit(failed ? 1 : 0);
