#!/usr/bin/env node
// `dls schedule show` on a day where many items run at once (parallel: true, one minute
// each, after the shipped program): 2,000 against 8,000 such items, and 8,000 against
// `dls schedule check` of the same file. Each parallel item's note and the lanes of the
// grid were quadratic here (4,000 items: 12 s). Reports figures; asserts nothing.
//   npm run build && node bench/show-parallel.mjs [--runs 3]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medians, ratioLine, timeNode } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3);
const dir = mkdtempSync(join(tmpdir(), 'dls-bench-parallel-'));
const shipped = readFileSync(new URL('../workshop.yaml', import.meta.url), 'utf8');
const bin = new URL('../bin/dls.js', import.meta.url).pathname;

/** The shipped workshop with `n` one-minute parallel items at 17:00 appended to its program. */
function withParallel(n) {
  const program = shipped.indexOf('\nprogram:');
  const next = shipped.slice(program + 9).search(/\n[a-z_]+:/);
  const cut = next < 0 ? shipped.length : program + 9 + next;
  const items = Array.from({ length: n }, (_, i) => `  - { id: p${i}, start: "17:00", end: "17:01", title: "Poster ${i}", parallel: true }`).join('\n');
  const file = join(dir, `parallel-${n}.yaml`);
  writeFileSync(file, `${shipped.slice(0, cut).trimEnd()}\n${items}\n${shipped.slice(cut)}`);
  return file;
}

const small = withParallel(2000);
const big = withParallel(8000);
const m = medians(
  {
    showSmall: () => timeNode([bin, '-f', small, 'schedule', 'show'], { okCodes: [0, 1] }),
    showBig: () => timeNode([bin, '-f', big, 'schedule', 'show'], { okCodes: [0, 1] }),
    checkBig: () => timeNode([bin, '-f', big, 'schedule', 'check'], { okCodes: [0, 1] }),
  },
  runs,
  1,
);
console.log(`dls schedule show with many parallel items, median of ${runs} runs, node ${process.version}`);
console.log(ratioLine('show: 8,000 vs 2,000 parallel items (linear = 4x)', m.showBig, m.showSmall, 4.8));
console.log(ratioLine('show vs check, 8,000 parallel items', m.showBig, m.checkBig));
