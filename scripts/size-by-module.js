// Where the bundle's bytes go. Builds src/bundle.ts with the bundle's own plugins (same terser
// options), and prints for each package, folder of src/ and module:
// - `min`: its minified bytes in the real bundle (read from the bundle's source map);
// - `gzip`: what it costs the real bundle gzip, measured by compressing the bundle without it (so
//   it counts only what gzip could not find elsewhere; the column sums to a bit less than the whole);
// - `alone`: minified and gzipped on its own, one file per module (what it would weigh in isolation).
//
//   node scripts/size-by-module.js          the folders, then the 25 heaviest modules
//   node scripts/size-by-module.js --all    every module
//   node scripts/size-by-module.js --top=N  the folders, then the N heaviest modules
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';

const topArg = process.argv.find((arg) => arg.startsWith('--top='));
const top = process.argv.includes('--all') ? Infinity : topArg ? Number(topArg.slice(6)) : 25;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(2).padStart(6);

/**
 * `node_modules/lit-html/lit-html.js` → `lit-html`, `src/api/http-api.ts` → `src/api`,
 * `src/elements/table/connections-table.ts` → `src/elements/table`, `src/events.ts` → `src`.
 */
function groupOf(name) {
  const inPackage = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(name);
  if (inPackage) return inPackage[1];
  const inSrc = /^src\/((?:elements\/)?[^/]+\/)?[^/]+$/.exec(name);
  if (inSrc) return inSrc[1] ? `src/${inSrc[1].slice(0, -1)}` : 'src';
  return name;
}

/** A path from the project root, `node_modules/…` or `src/…`. */
const short = (path) => path.replace(/^.*?\/?((?:node_modules|src)\/)/, '$1');

// One build, two outputs: the bundle as shipped (with its map), and one file per module.
const build = await rollup({ input: 'src/bundle.ts', plugins: bundlePlugins(), onwarn() {} });
const [bundle] = (await build.generate({ format: 'es', sourcemap: true })).output;
const { output: split } = await build.generate({
  format: 'es',
  preserveModules: true,
  preserveModulesRoot: 'src',
});
await build.close();

// --- The bundle's bytes by source, from its source map (VLQ decoded here: no dependency needed).
const VLQ = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const code = bundle.code;
/** Per module: the [start, end) ranges of the bundle's code it produced. */
const ranges = new Map();
// A segment runs until the next one, across line ends (a template literal spans lines).
let open; // [start offset, source index] of the segment still running
const close = (end) => {
  if (!open || open[1] === undefined) return;
  const name = short(bundle.map.sources[open[1]]);
  const list = ranges.get(name) ?? [];
  list.push([open[0], end]);
  ranges.set(name, list);
};
let lineStart = 0;
let source = 0;
for (const lineMappings of bundle.map.mappings.split(';')) {
  let column = 0;
  for (const segment of lineMappings ? lineMappings.split(',') : []) {
    const [dColumn, dSource] = decodeSegment(segment);
    column += dColumn;
    close(lineStart + column);
    if (dSource !== undefined) source += dSource;
    open = [lineStart + column, dSource === undefined ? undefined : source];
  }
  const lineEnd = code.indexOf('\n', lineStart);
  lineStart = lineEnd < 0 ? code.length : lineEnd + 1;
}
// The export list at the end has no mapping of its own: it is glue, not the last module's.
const exportList = /export\{[^{}]*\};?\s*(\/\/# sourceMappingURL=\S*\s*)?$/.exec(code);
close(exportList ? exportList.index : code.length);

const total = { min: Buffer.byteLength(code), gzip: gz(code) };
/** Removes `cut` ranges from the bundle and says how many gzip bytes that saved. */
function gzipCost(cut) {
  const sorted = [...cut].sort((a, b) => a[0] - b[0]);
  let kept = '';
  let at = 0;
  for (const [start, end] of sorted) {
    kept += code.slice(at, start);
    at = Math.max(at, end);
  }
  kept += code.slice(at);
  return total.gzip - gz(kept);
}
const lengthOf = (list) => list.reduce((sum, [start, end]) => sum + end - start, 0);

// --- Each module on its own.
const alone = new Map(
  split
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => [short(chunk.facadeModuleId ?? chunk.fileName), gz(chunk.code)]),
);

const rows = [...ranges].map(([name, list]) => ({
  name,
  group: groupOf(name),
  list,
  min: lengthOf(list),
  gzip: gzipCost(list),
  alone: alone.get(name) ?? 0,
}));
const groups = new Map();
for (const row of rows) {
  const group = groups.get(row.group) ?? { name: row.group, list: [], alone: 0, count: 0 };
  group.list.push(...row.list);
  group.alone += row.alone;
  group.count += 1;
  groups.set(row.group, group);
}
for (const group of groups.values()) {
  group.min = lengthOf(group.list);
  group.gzip = gzipCost(group.list);
}

const print = (name, { min, gzip, alone: standalone }, extra = '') =>
  console.log(
    `${name.padEnd(52)} ${kib(min)} ${kib(gzip)} ${standalone ? kib(standalone) : ''.padStart(6)}${extra}`,
  );
console.log(
  `${'KiB'.padEnd(52)} ${'min'.padStart(6)} ${'gzip'.padStart(6)} ${'alone'.padStart(6)}`,
);
print('the bundle', total);
const unmapped = [];
let from = 0;
for (const [start, end] of [...ranges.values()].flat().sort((a, b) => a[0] - b[0])) {
  if (start > from) unmapped.push([from, start]);
  from = Math.max(from, end);
}
if (from < code.length) unmapped.push([from, code.length]);
print('  not from a module (glue, the export list)', {
  min: lengthOf(unmapped),
  gzip: gzipCost(unmapped),
});
console.log();
for (const group of [...groups.values()].sort((a, b) => b.gzip - a.gzip)) {
  print(group.name, group, `  ${group.count} module${group.count === 1 ? '' : 's'}`);
}
console.log();
for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, top)) print(row.name, row);
