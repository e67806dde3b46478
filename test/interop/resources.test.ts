import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { describeWithTool, works } from '../helpers/interop.js';
import { BASE_YAML } from '../helpers/workshop.js';

// Bounded resources, measured: exit code, a generous wall-clock budget (machines are
// noisy; these catch minutes, not milliseconds) and peak memory from GNU time.
const TIME = '/usr/bin/time';
const BIN = join(ROOT, 'bin/dls.js');
const dir = mkdtempSync(join(tmpdir(), 'dls-resources-'));
const MB = 1024;

/** Big inputs pass the input cap where this dls has one. */
const capFlag = runDls(['--help']).stdout.includes('--max-input-size') ? ['--max-input-size', '512'] : [];

interface Measured {
  code: number;
  seconds: number;
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** Runs dls under GNU time: exit code, wall-clock seconds, peak resident memory in MB. */
function measure(args: string[], input?: string): Measured {
  const report = join(dir, 'time.txt');
  const started = Date.now();
  const r = spawnSync(TIME, ['-v', '-o', report, process.execPath, BIN, ...capFlag, ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
  return { code: r.status ?? -1, seconds, peakMb: Number(peak?.[1] ?? NaN) / MB, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const workshop = write('workshop.yaml', BASE_YAML);
const LONG = 'x'.repeat(100_000);
const program = (n: number, item: (i: number) => string) => `${BASE_YAML.replace(/program:[\s\S]*$/, 'program:\n')}${Array.from({ length: n }, (_, i) => item(i)).join('')}`;
const rows = (n: number) => Array.from({ length: n }, (_, i) => `user${i}@example.org`);

/** [name, dls arguments, exit code, seconds budget, MB budget, what the output must say] */
const CASES: [string, () => string[], number, number, number, RegExp][] = [
  ['10,000 levels of nesting', () => ['-f', write('deep.yaml', `${BASE_YAML}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), 'schedule', 'check'], 1, 30, 400, /\(nesting-limit\)/],
  ['10,000 items with an aliased kind', () => ['-f', write('aliased.yaml', program(10_000, (i) => `  - { title: T${i}, kind: ${i === 0 ? '&k break' : '*k'}, start: "8:00", end: "9:00", room: r${i}, track: r${i} }\n`)), 'schedule', 'check'], 0, 60, 1024, /no problems found/],
  ['a 200 kB abstract aliased into 5,000 items, exported', () => ['-f', write('abstract.yaml', program(5000, (i) => `  - { title: T${i}, kind: break, start: "8:00", end: "9:00", room: r${i}, track: r${i}, abstract: ${i === 0 ? `&a ${'x'.repeat(200_000)}` : '*a'} }\n`)), 'export', 'ics'], 1, 60, 1024, /\(alias-limit\)/],
  ['a 100,000-character timezone', () => ['-f', write('tz.yaml', BASE_YAML.replace('America/Denver', LONG)), 'schedule', 'check'], 1, 30, 400, /unknown-timezone|invalid-value/],
  ['a 100,000-character --tz', () => ['-f', workshop, 'schedule', 'show', '--tz', LONG], 2, 30, 400, /--tz/],
  ['a 100,000-character unknown key', () => ['-f', write('key.yaml', `${BASE_YAML}? ${LONG}\n: 1\n`), 'schedule', 'check'], 1, 30, 400, /\(unknown-key\)/],
  ['a 100,000-character check.disable', () => ['-f', write('disable.yaml', `${BASE_YAML}check: { disable: [${LONG}] }\n`), 'schedule', 'check'], 1, 30, 400, /unknown rule|unknown-rule|disable/],
];

describeWithTool('bounded resources, measured with GNU time', 'time', works(TIME, ['--version']), () => {
  it.each(CASES)('%s: the expected exit code, within the time and memory budgets', (_name, args, code, seconds, mb, says) => {
    const r = measure(args());
    expect(r.code, r.stderr.slice(0, 500)).toBe(code);
    expect(r.stdout + r.stderr).toMatch(says);
    expect(r.stdout + r.stderr).not.toMatch(/RangeError|Maximum call stack|out of memory|\n\s+at /);
    expect(r.seconds).toBeLessThan(seconds);
    expect(r.peakMb).toBeLessThan(mb);
  });

  it('a 1,000,000-row sign-up CSV: exit 0 in 5 minutes, memory linear in the rows (4 × the rows, at most 5 × the peak)', { timeout: 900_000 }, () => {
    const csv = (n: number) => write(`signups-${n}.csv`, `Email address,Name,Affiliation\n${rows(n).map((r, i) => `${r},User ${i},Uni ${i % 100}`).join('\n')}\n`);
    const run = (n: number) => measure(['-f', workshop, 'mail', 'export', '--to', 'signups', '--signups', csv(n), '-o', join(dir, `out-${n}.csv`)]);
    const quarter = run(250_000);
    const full = run(1_000_000);
    expect([quarter.code, full.code]).toEqual([0, 0]);
    expect(full.stderr).toContain('wrote 1000000 recipients');
    expect(full.seconds).toBeLessThan(300);
    expect(full.peakMb).toBeLessThan(4 * MB);
    expect(full.peakMb / quarter.peakMb).toBeLessThan(5);
    process.stderr.write(`[resources] sign-ups: 250,000 rows ${quarter.seconds.toFixed(1)} s ${quarter.peakMb.toFixed(0)} MB; 1,000,000 rows ${full.seconds.toFixed(1)} s ${full.peakMb.toFixed(0)} MB\n`);
  });

  it('a 1,000,000-line suppression list: exit 0 in 5 minutes, memory linear in the lines', { timeout: 900_000 }, () => {
    const list = (n: number) => write(`suppress-${n}.txt`, `${rows(n).join('\n')}\n`);
    const run = (n: number) => measure(['-f', workshop, 'mail', 'export', '--to', 'all', '--suppress', list(n), '-o', join(dir, `all-${n}.csv`)]);
    const quarter = run(250_000);
    const full = run(1_000_000);
    expect([quarter.code, full.code]).toEqual([0, 0]);
    expect(full.seconds).toBeLessThan(300);
    expect(full.peakMb).toBeLessThan(2 * MB);
    expect(full.peakMb / quarter.peakMb).toBeLessThan(5);
    process.stderr.write(`[resources] suppression: 250,000 lines ${quarter.seconds.toFixed(1)} s ${quarter.peakMb.toFixed(0)} MB; 1,000,000 lines ${full.seconds.toFixed(1)} s ${full.peakMb.toFixed(0)} MB\n`);
  });
});
