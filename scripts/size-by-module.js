// Where the bundle's bytes go, for each package, folder of src/ and module:
// - `min`: its minified bytes in the bundle (read from the bundle's source map);
// - `gzip`: what it costs the bundle gzip, measured by compressing the bundle without it (so it
//   counts only what gzip could not find elsewhere; the column sums to a bit less than the whole);
// - `alone`: minified and gzipped on its own, one file per module (what it would weigh in isolation).
//
// `breakdown()` reads a built bundle and its map (scripts/size.js prints the top folders with it at
// every build). Run as a script, this builds src/bundle.ts in memory with the bundle's own plugins,
// and prints the three columns:
//
//   node scripts/size-by-module.js          the folders, then the 25 heaviest modules
//   node scripts/size-by-module.js --all    every module
//   node scripts/size-by-module.js --top=N  the folders, then the N heaviest modules
import { gzipSync } from 'node:zlib';

const gz = (code) => gzipSync(code, { level: 9 }).length;
export const kib = (bytes) => (bytes / 1024).toFixed(2).padStart(6);

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
export const short = (path) => path.replace(/^.*?\/?((?:node_modules|src)\/)/, '$1');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VLQ = Object.fromEntries([...BASE64].map((c, i) => [c, i]));
/** One segment of a source map's `mappings` (VLQ, decoded here: no dependency needed). */
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

const lengthOf = (list) => list.reduce((sum, [start, end]) => sum + end - start, 0);

/**
 * The bytes of `code` (a bundle) by the source they came from, per its source `map`:
 * `{ total, glue, modules, groups }`, each with `min` and `gzip` (see the top of this file); every
 * module and group also has its `name`, and `modules` their `group`. Sorted by `gzip`, heaviest first.
 */
export function breakdown(code, map) {
  /** Per module: the [start, end) ranges of the bundle's code it produced. */
  const ranges = new Map();
  // A segment runs until the next one, across line ends (a template literal spans lines).
  let open; // [start offset, source index] of the segment still running
  const close = (end) => {
    if (!open || open[1] === undefined) return;
    const name = short(map.sources[open[1]]);
    const list = ranges.get(name) ?? [];
    list.push([open[0], end]);
    ranges.set(name, list);
  };
  let lineStart = 0;
  let source = 0;
  for (const lineMappings of map.mappings.split(';')) {
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
  const measure = (cut) => {
    const sorted = [...cut].sort((a, b) => a[0] - b[0]);
    let kept = '';
    let at = 0;
    for (const [start, end] of sorted) {
      kept += code.slice(at, start);
      at = Math.max(at, end);
    }
    kept += code.slice(at);
    return { min: lengthOf(cut), gzip: total.gzip - gz(kept) };
  };

  const modules = [...ranges].map(([name, list]) => ({
    name,
    group: groupOf(name),
    list,
    ...measure(list),
  }));
  const byGroup = new Map();
  for (const module of modules) {
    const group = byGroup.get(module.group) ?? { name: module.group, list: [], count: 0 };
    group.list.push(...module.list);
    group.count += 1;
    byGroup.set(module.group, group);
  }
  const groups = [...byGroup.values()].map((group) => ({ ...group, ...measure(group.list) }));

  const unmapped = [];
  let from = 0;
  for (const [start, end] of modules.flatMap((m) => m.list).sort((a, b) => a[0] - b[0])) {
    if (start > from) unmapped.push([from, start]);
    from = Math.max(from, end);
  }
  if (from < code.length) unmapped.push([from, code.length]);

  const heaviest = (a, b) => b.gzip - a.gzip;
  return {
    total,
    glue: measure(unmapped),
    modules: modules.sort(heaviest),
    groups: groups.sort(heaviest),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rollup } = await import('rollup');
  const { bundlePlugins } = await import('../rollup.config.mjs');
  const topArg = process.argv.find((arg) => arg.startsWith('--top='));
  const top = process.argv.includes('--all') ? Infinity : topArg ? Number(topArg.slice(6)) : 25;

  // One build, two outputs: the bundle as shipped (with its map), and one file per module.
  const build = await rollup({ input: 'src/bundle.ts', plugins: bundlePlugins(), onwarn() {} });
  const [bundle] = (await build.generate({ format: 'es', sourcemap: true })).output;
  const { output: split } = await build.generate({
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
  });
  await build.close();
  const alone = new Map(
    split
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => [short(chunk.facadeModuleId ?? chunk.fileName), gz(chunk.code)]),
  );

  const { total, glue, groups, modules } = breakdown(bundle.code, bundle.map);
  const print = (name, { min, gzip }, standalone, extra = '') =>
    console.log(
      `${name.padEnd(52)} ${kib(min)} ${kib(gzip)} ${standalone ? kib(standalone) : ''.padStart(6)}${extra}`,
    );
  console.log(
    `${'KiB'.padEnd(52)} ${'min'.padStart(6)} ${'gzip'.padStart(6)} ${'alone'.padStart(6)}`,
  );
  print('the bundle', total);
  print('  not from a module (glue, the export list)', glue);
  console.log();
  for (const group of groups) {
    const standalone = modules
      .filter((m) => m.group === group.name)
      .reduce((sum, m) => sum + (alone.get(m.name) ?? 0), 0);
    print(group.name, group, standalone, `  ${group.count} module${group.count === 1 ? '' : 's'}`);
  }
  console.log();
  for (const module of modules.slice(0, top)) print(module.name, module, alone.get(module.name));
}
