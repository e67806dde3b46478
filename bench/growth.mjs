#!/usr/bin/env node
// Growth: each command on 100,000 items against the same command on 10,000 items, goal <= 12x
// (no super-linear path). Each size writes its own output files, since a previous output is read (export markdown -o
// refuses a page with markers). Both conferences are generated into a temporary folder, never committed.
//   node bench/growth.mjs [--runs 3] [--small 10000] [--large 100000] [--only check,show]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childrenCpuMs, medians, ratioLine, timeNode } from './lib.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(flag('--runs', 3));
const sizes = [Number(flag('--small', 10_000)), Number(flag('--large', 100_000))];
const only = flag('--only', '')?.split(',').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'dls-growth-'));
// The 100,000-item file is about 22 MB, above dls's default 16 MB input limit.
const dls = (...a) => [join(process.cwd(), 'bin/dls.js'), '--max-input-size', '64', ...a];

/** A conference of `items` items and a README whose program region is stale in every row. */
function prepare(items) {
  const file = join(dir, `conference-${items}.yaml`);
  writeFileSync(file, execFileSync(process.execPath, ['bench/generate-conference.mjs', '--items', String(items)], { maxBuffer: 1 << 30 }));
  const readme = join(dir, `README-${items}.md`);
  writeFileSync(readme, '# Synthetic\n\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n\n<!-- dls:committee:start -->\n<!-- dls:committee:end -->\n');
  execFileSync(process.execPath, dls('-f', file, 'readme', readme));
  writeFileSync(readme, readFileSync(readme, 'utf8').replace(/Deep/g, 'Shallow'));
  return { items, file, readme };
}

const commands = {
  'schedule check': (c) => ['-f', c.file, 'schedule', 'check'],
  'export ics': (c) => ['-f', c.file, 'export', 'ics', '-o', join(dir, `out-${c.items}.ics`)],
  'export markdown --section all': (c) => ['-f', c.file, 'export', 'markdown', '--section', 'all', '-o', join(dir, `out-${c.items}.md`)],
  'readme --check (stale)': (c) => ['-f', c.file, 'readme', '--check', c.readme],
  'mail export --to all': (c) => ['-f', c.file, 'mail', 'export', '--to', 'all', '-o', join(dir, `out-${c.items}.csv`)],
  'schedule show': (c) => ['-f', c.file, 'schedule', 'show', '--width', '160'],
};
const okCodes = { 'readme --check (stale)': [1] };

const conferences = sizes.map(prepare);
console.log(`growth, ${sizes[0]} -> ${sizes[1]} items, median of ${runs} interleaved runs, node ${process.version}`);
for (const [name, argsOf] of Object.entries(commands)) {
  if (only?.length && !only.some((o) => name.includes(o))) continue;
  const cpu = { small: [], large: [] };
  const run = (c, size) => () => {
    const before = childrenCpuMs();
    const ms = timeNode(dls(...argsOf(c)), { okCodes: okCodes[name] ?? [0] });
    if (before !== undefined) cpu[size].push(childrenCpuMs() - before);
    return ms;
  };
  const m = medians({ small: run(conferences[0], 'small'), large: run(conferences[1], 'large') }, runs, 0);
  console.log(ratioLine(`${name}`, m.large, m.small, 12));
  const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  if (cpu.small.length) console.log(ratioLine(`  the same in CPU time (user + system)`, median(cpu.large), median(cpu.small), 12));
}
