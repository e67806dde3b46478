#!/usr/bin/env node
// dls import of a synthetic conference page (1,000 and 10,000 items), measured against
// `dls export markdown` of the same workshop in the same run, and how import grows
// from 1,000 to 10,000 items. Reports figures; asserts nothing.
//   npm run build && node bench/import.mjs [--runs 5]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medians, ratioLine, timeNode } from './lib.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 5);
const dir = mkdtempSync(join(tmpdir(), 'dls-bench-import-'));
const bin = new URL('../bin/dls.js', import.meta.url).pathname;

/** workshop.yaml and its page for `items` items. */
function prepare(items) {
  const yaml = execFileSync(process.execPath, [new URL('./generate-conference.mjs', import.meta.url).pathname, '--items', String(items)], { maxBuffer: 1 << 28 });
  const file = join(dir, `w${items}.yaml`);
  writeFileSync(file, yaml);
  const page = join(dir, `page${items}.md`);
  writeFileSync(page, `# Synthetic conference\n\n${execFileSync(process.execPath, [bin, '-f', file, 'export', 'markdown'], { maxBuffer: 1 << 28 })}`);
  return { file, page, out: join(dir, `imported${items}.yaml`) };
}

const small = prepare(1000);
const big = prepare(10000);
const importOf = (p) => () => timeNode([bin, '-f', p.out, 'import', p.page, '--force', '--timezone', 'America/Denver', '--year', '2026']);
const exportOf = (p) => () => timeNode([bin, '-f', p.file, 'export', 'markdown']);
const m = medians({ import1k: importOf(small), import10k: importOf(big), export1k: exportOf(small), export10k: exportOf(big) }, runs, 1);

console.log(`dls import, medians of ${runs} runs (node ${process.version}):`);
console.log(ratioLine('import 10,000 items vs export markdown of the same', m.import10k, m.export10k));
console.log(ratioLine('import 1,000 items vs export markdown of the same', m.import1k, m.export1k));
console.log(ratioLine('import growth 1,000 -> 10,000 items (linear = 10x)', m.import10k, m.import1k, 12));
const report = execFileSync(process.execPath, [bin, '-f', big.out, 'import', big.page, '--force', '--timezone', 'America/Denver', '--year', '2026'], { encoding: 'utf8', maxBuffer: 1 << 28 });
console.log(report.split('\n').filter((l) => /^ {2}\w/.test(l) && !l.includes('vs generated')).slice(0, 8).join('\n'));
