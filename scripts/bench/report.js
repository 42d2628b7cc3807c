// Prints the results of scripts/bench/run.js as a compact table: ratios first, then milliseconds.

const count = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (value === null ? '—' : value < 100 ? value.toFixed(1) : count(value));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const signed = (bytes, format) => `${bytes < 0 ? '−' : '+'}${format(Math.abs(bytes))}`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const cell = (text, column) =>
    column === 0 ? text.padEnd(widths[0]) : text.padStart(widths[column]);
  return rows.map((row) => row.map(cell).join('   ')).join('\n');
}

export function printReport({
  date,
  machine,
  bundle,
  firstRender,
  revoke,
  search,
  http,
  heap,
  seconds,
}) {
  const at10k = firstRender.find((size) => size.connections === 10000);
  const perMount = (heap.after - heap.afterHalf) / (heap.cycles / 2);
  const lines = [
    `npm run bench · ${date} · ${machine.browser} · ${machine.cores} cores · ` +
      `viewport ${machine.viewport.width}×${machine.viewport.height} · ${seconds} s`,
    '',
    `bundle, gzip level 9: ${kib(bundle.gzipBytes)} (${kib(bundle.bytes)} raw)`,
    '',
    table([
      [
        'first render, median',
        'lit/vanilla',
        'lit ms',
        'vanilla ms',
        'in DOM:',
        'lit/vanilla',
        'lit ms',
        'vanilla ms',
        'pairs',
      ],
      ...firstRender.map((size) => [
        `${count(size.connections)} connections, ${size.until}`,
        `${size.ratio.toFixed(2)}×`,
        ms(size.lit.ms),
        ms(size.vanilla.ms),
        '',
        `${size.domRatio.toFixed(2)}×`,
        ms(size.lit.domMs),
        ms(size.vanilla.domMs),
        String(size.pairs),
      ]),
    ]),
    '',
    table([
      ['10,000 connections, median', 'lit', 'vanilla'],
      [
        'longest task, append → first screen',
        `${ms(at10k.lit.longestTaskMs)} ms`,
        `${ms(at10k.vanilla.longestTaskMs)} ms`,
      ],
      [
        'longest animation frame, same span',
        `${ms(at10k.lit.longestFrameMs)} ms`,
        `${ms(at10k.vanilla.longestFrameMs)} ms`,
      ],
      ['elements, through shadow roots', count(at10k.lit.elements), count(at10k.vanilla.elements)],
      ['Manage links in the DOM', count(at10k.lit.links), count(at10k.vanilla.links)],
      [
        'rows on the first screen',
        count(at10k.lit.rowsOnScreen),
        count(at10k.vanilla.rowsOnScreen),
      ],
      [
        'one row revoked: reads "revoked"',
        `${ms(revoke.lit.domMs)} ms`,
        `${ms(revoke.vanilla.domMs)} ms`,
      ],
      [
        'one row revoked: next frame drawn',
        `${ms(revoke.lit.frameMs)} ms`,
        `${ms(revoke.vanilla.frameMs)} ms`,
      ],
      ['one search keystroke: next frame drawn', `${ms(search.ms)} ms`, '-'],
      ['one search keystroke: longest task', `${ms(search.longestTaskMs)} ms`, '-'],
      ['over HTTP (pages of 100): first screen', `${ms(http.ms)} ms`, '-'],
      ['over HTTP: longest task', `${ms(http.longestTaskMs)} ms`, '-'],
      ['over HTTP, first in a fresh page: first screen', `${ms(http.coldMs)} ms`, '-'],
      ['over HTTP, first in a fresh page: longest task', `${ms(http.coldLongestTaskMs)} ms`, '-'],
      ["a fresh page's first Intl formatter, alone", `${ms(http.firstIntlMs)} ms`, '-'],
    ]),
    '',
    `heap, <connections-portal> with ${count(heap.connections)} connections mounted and removed ` +
      `${heap.cycles} times, after GC: ${mb(heap.before)} before, ${mb(heap.afterOne)} after one, ` +
      `${mb(heap.after)} after ${heap.cycles} (${signed(heap.after - heap.before, mb)}); ` +
      `${signed(perMount, kib)} a mount over the last ${heap.cycles / 2}`,
    '',
    '"drawn": in the DOM, then style and layout. Tasks and frames count from 50 ms (0: none).',
    'The vanilla element draws every row at every size: the hand-written baseline, not a windowed',
    'list. Its revoke is a direct `setStatus`. Figures also in .tmp/bench.json.',
  ];
  console.log(lines.join('\n'));
}
