#!/usr/bin/env node
// Measures `dls schedule check` (run `npm run build` first):
//  (a) on the shipped workshop.yaml, against bare `node -e 0`            goal <= 1.4x
//  (b) on a 10,000-item conference, against parsing it with yaml only     goal <= 1.5x
//  (c) 10,000 items against 1,000 items (no quadratic rule)               goal <= 11x
// Usage: node bench/check.mjs [--runs 15]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medians, ratioLine, timeNode } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 15);
const dir = mkdtempSync(join(tmpdir(), 'dls-bench-'));
const generate = (items) => {
  const file = join(dir, `conference-${items}.yaml`);
  writeFileSync(file, execFileSync(process.execPath, ['bench/generate-conference.mjs', '--items', String(items)], { maxBuffer: 1 << 30 }));
  return file;
};
const big = generate(10_000);
const small = generate(1_000);
const dls = (...args) => () => timeNode(['bin/dls.js', 'schedule', 'check', ...args]);

const m = medians(
  {
    bare: () => timeNode(['-e', '0']),
    shipped: dls(),
    parseOnly: () => timeNode(['bench/parse-only.mjs', big]),
    big: dls('-f', big),
    small: dls('-f', small),
  },
  runs,
);
console.log(`dls schedule check, median of ${runs} interleaved runs, node ${process.version}`);
console.log(ratioLine('(a) shipped workshop.yaml vs node -e 0', m.shipped, m.bare, 1.4));
console.log(ratioLine('(b) 10,000 items vs yaml parse of the same file', m.big, m.parseOnly, 1.5));
console.log(ratioLine('(c) 10,000 items vs 1,000 items', m.big, m.small, 11));
