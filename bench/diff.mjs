#!/usr/bin/env node
// Measures `dls schedule diff` of two 10,000-item versions (run `npm run build` first),
// against `dls schedule check` of one of them, in the same run. Nothing asserts on time.
//   (a) diff of two 10,000-item versions vs check of one            goal <= 2.5x (it reads and checks two files)
//   (b) diff at 10,000 items vs diff at 1,000 items (no quadratic)   goal <= 11x
// Usage: node bench/diff.mjs [--runs 7]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medians, ratioLine, timeNode } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 7);
const dir = mkdtempSync(join(tmpdir(), 'dls-bench-diff-'));
/** A version and a changed copy: every 50th item moves 5 minutes later (into the next slot's room lane is avoided by shortening). */
function versions(items) {
  const text = execFileSync(process.execPath, ['bench/generate-conference.mjs', '--items', String(items)], { maxBuffer: 1 << 30 }).toString();
  let n = 0;
  const changed = text.replace(/title: "([^"]*)"/g, (m, title) => (++n % 50 === 0 ? `title: "${title} (revised)"` : m));
  const [a, b] = [join(dir, `old-${items}.yaml`), join(dir, `new-${items}.yaml`)];
  writeFileSync(a, text);
  writeFileSync(b, changed);
  return [a, b];
}
const [old10k, new10k] = versions(10_000);
const [old1k, new1k] = versions(1_000);
const m = medians(
  {
    check: () => timeNode(['bin/dls.js', '-f', new10k, 'schedule', 'check'], { okCodes: [0, 1] }),
    diff: () => timeNode(['bin/dls.js', '-f', new10k, 'schedule', 'diff', old10k]),
    diffSmall: () => timeNode(['bin/dls.js', '-f', new1k, 'schedule', 'diff', old1k]),
  },
  runs,
  1,
);
console.log(`dls schedule diff, median of ${runs} interleaved runs, node ${process.version}`);
console.log(ratioLine('(a) diff of two 10,000-item versions vs check of one', m.diff, m.check, 2.5));
console.log(ratioLine('(b) diff at 10,000 items vs at 1,000 items', m.diff, m.diffSmall, 11));
