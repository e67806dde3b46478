import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { BASE_YAML } from '../helpers/workshop.js';
import { folderWith } from './payloads.js';

// Family "resources", YAML and mail limits (the input-size cap has its own resources.test.ts):
// files built to exhaust the stack, the clock or memory. Each must end on its own with a clear
// diagnostic (or succeed), never a leaked JavaScript error. The large versions, with time and
// memory measured, are in test/interop/resources.test.ts.
const LIMIT = 60_000;
const check = (text: string, ...args: string[]) => runDls(['-f', '-', 'schedule', 'check', ...args], { input: text, timeout: LIMIT });
const noLeak = (out: string) => expect(out).not.toMatch(/RangeError|Maximum call stack|heap out of memory|\n\s+at /);

const blockMaps = (levels: number) => `${BASE_YAML}x:\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('')}${'  '.repeat(levels + 1)}v: 1\n`;
const blockSeqs = (levels: number) => `${BASE_YAML}x:\n${'- '.repeat(levels)}1\n`.replace('x:\n- ', 'x:\n  - ');
const flow = (levels: number) => `${BASE_YAML}x: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const flowMaps = (levels: number) => `${BASE_YAML}x: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`;

const DEEP: [string, string, number, number][] = [
  ['10,000 nested flow sequences', flow(10_000), 21, 67],
  ['100,000 nested flow sequences', flow(100_000), 21, 67],
  ['10,000 nested flow mappings', flowMaps(10_000), 21, 256],
  ['100 nested block mappings', blockMaps(100), 85, 129],
  ['1,000 nested block sequences on one line', blockSeqs(1000), 22, 129],
];

describe('deep nesting', () => {
  it.each(DEEP)('%s: a nesting-limit diagnostic at its line and column, exit 1', (_name, text, line, column) => {
    const r = check(text);
    expect(r.code).toBe(1);
    noLeak(r.stdout + r.stderr);
    expect(r.stdout).toContain(`<stdin>:${line}:${column} error mappings and sequences nest more than 64 levels deep here`);
    expect(r.stdout).toContain('(nesting-limit)');
  });

  it('64 levels are still read (only the unknown key is reported)', () => {
    const r = check(flow(63));
    expect(r.stdout).not.toContain('nesting-limit');
    expect(r.stdout).toContain('unknown-key');
  });
});

const laughs = (levels: number, fan: number) =>
  ['l0: &l0 x', ...Array.from({ length: levels }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(fan).fill(`*l${i}`).join(', ')}]`), BASE_YAML].join('\n');
const program = (n: number, item: (i: number) => string) => `${BASE_YAML.replace(/program:[\s\S]*$/, 'program:\n')}${Array.from({ length: n }, (_, i) => item(i)).join('')}`;
const aliasedItems = (n: number) => program(n, (i) => `  - { title: T${i}, kind: ${i === 0 ? '&k break' : '*k'}, date: ${i === 0 ? '&d 2019-11-17' : '*d'}, start: "8:00", end: "9:00", room: r${i}, track: r${i} }\n`);
const bigAbstract = (n: number, size: number) => program(n, (i) => `  - { title: T${i}, kind: break, start: "8:00", end: "9:00", room: r${i}, track: r${i}, abstract: ${i === 0 ? `&a ${'x'.repeat(size)}` : '*a'} }\n`);

const ALIASES: [string, string, number, string][] = [
  ['a billion laughs (10^9 nodes)', laughs(9, 10), 1, 'alias-limit'],
  ['a wide bomb (2 levels of 1,000)', laughs(2, 1000), 1, 'alias-limit'],
  ['a 200 kB abstract aliased into 5,000 items', bigAbstract(5000, 200_000), 1, 'alias-limit'],
  ['a 1 MB abstract aliased into 50 items', bigAbstract(50, 1_000_000), 1, 'alias-limit'],
  ['2,500 items with aliased kind and date', aliasedItems(2500), 0, ''],
];

describe('aliases', () => {
  it.each(ALIASES)('%s: ends on its own with exit %s', (_name, text, code, ruleId) => {
    const r = check(text);
    expect(r.code).toBe(code);
    noLeak(r.stdout + r.stderr);
    if (ruleId) expect(r.stdout).toContain(`(${ruleId})`);
  });
});

const LONG = 'x'.repeat(100_000);
const LONG_VALUES: [string, () => ReturnType<typeof runDls>, number][] = [
  ['timezone', () => check(BASE_YAML.replace('America/Denver', LONG)), 1],
  ['--tz', () => runDls(['-f', '-', 'schedule', 'show', '--tz', LONG], { input: BASE_YAML, timeout: LIMIT }), 2],
  ['unknown key', () => check(`${BASE_YAML}? ${LONG}\n: 1\n`), 1],
  ['check.disable', () => check(`${BASE_YAML}check: { disable: [${LONG}] }\n`), 1],
  ['speaker id', () => check(BASE_YAML.replace('speakers: [alan]', `speakers: [${LONG}]`)), 1],
];

describe('did-you-mean over a 100,000-character value', () => {
  it.each(LONG_VALUES)('%s: answered without a hint', (_name, run, code) => {
    const r = run();
    expect(r.code).toBe(code);
    noLeak(r.stdout + r.stderr);
    expect(r.stdout + r.stderr).not.toContain('did you mean');
    expect(r.stdout + r.stderr).not.toContain('yaml-syntax');
  });
});

describe('100,000-row mail files', () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.org`);
  const dir = folderWith({ 'workshop.yaml': BASE_YAML, 'signups.csv': `Email address,Name\n${rows.map((r, i) => `${r},User ${i}`).join('\n')}\n`, 'suppress.txt': `${rows.join('\n')}\n` });
  const mail = (...args: string[]) => runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export', '-o', join(dir, 'out.csv'), ...args], { timeout: LIMIT });

  it.each([
    ['a sign-up CSV', ['--to', 'signups', '--signups', join(dir, 'signups.csv')], /wrote 100000 recipients/],
    ['a suppression list', ['--to', 'signups', '--signups', join(dir, 'signups.csv'), '--suppress', join(dir, 'suppress.txt')], /wrote 0 recipients.*100000 suppressed/],
  ])('%s is read, with no stack overflow', (_name, args, says) => {
    const r = mail(...(args as string[]));
    expect(r.code).toBe(0);
    noLeak(r.stderr);
    expect(r.stderr).toMatch(says as RegExp);
  });
});
