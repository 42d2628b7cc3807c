// Prints the gzip size of each entry point and fails when one is over its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  // The self-contained bundle (Lit is about 6 KiB gzip of it); 21.5 KiB when the budget was set.
  { file: 'dist/portal-connections.bundle.js', maxKiB: 25 },
];

let failed = false;
for (const { file, maxKiB } of BUDGETS) {
  const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const kib = (gz / 1024).toFixed(1);
  const over = gz > maxKiB * 1024;
  failed ||= over;
  console.log(
    `${file}: ${(bytes.length / 1024).toFixed(1)} KiB, ${kib} KiB gzip (budget ${maxKiB} KiB)${over ? '  OVER BUDGET' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
