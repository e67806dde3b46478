import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { BASE_YAML } from '../helpers/workshop.js';
import { FORGING_PAYLOADS, TITLE_PAYLOADS, folderWith, forgedLines, rawControls, yamlQuoted } from './payloads.js';

// Family "forged output": every payload goes through every way dls shows text from its input.

/** The base workshop plus one unknown key per payload. */
const withKeys = BASE_YAML + FORGING_PAYLOADS.map((p, i) => `${yamlQuoted(p.text)}: ${i}\n`).join('');

/** The base workshop with one break per title payload, ten minutes each from 10:00, ids t0, t1 ... */
const withTitles = (payloads: readonly { text: string }[]) =>
  BASE_YAML +
  payloads.map((p, i) => `  - id: t${i}\n    title: ${yamlQuoted(`Item ${p.text}`)}\n    kind: break\n    start: "${10 + Math.floor(i / 6)}:${(i % 6) * 10}"\n    end: "${10 + Math.floor((i + 1) / 6)}:${((i + 1) % 6) * 10}"\n`).join('').replace(/:(\d)"/g, ':$10"');

/** A run is safe when nothing raw gets through and no line is forged. */
function expectSafe(out: string): void {
  expect(rawControls(out)).toEqual([]);
  expect(forgedLines(out)).toEqual([]);
}

const bad = folderWith({ 'workshop.yaml': withKeys });
const file = join(bad, 'workshop.yaml');

describe('keys from the file reach no terminal raw', () => {
  const surfaces: [string, string[], 'stdout' | 'stderr'][] = [
    ['schedule check (text)', ['schedule', 'check'], 'stdout'],
    ['schedule check --format github', ['schedule', 'check', '--format', 'github'], 'stdout'],
    ['schedule show', ['schedule', 'show'], 'stderr'],
    ['export ics', ['export', 'ics'], 'stderr'],
    ['export markdown', ['export', 'markdown'], 'stderr'],
    ['mail export', ['mail', 'export'], 'stderr'],
  ];
  it.each(surfaces)('%s shows each payload escaped, exit 1', (_name, args, stream) => {
    const r = runDls(['-f', file, ...args]);
    expect(r.code).toBe(1);
    expectSafe(r.stdout + r.stderr);
    for (const p of FORGING_PAYLOADS) expect(r[stream], p.name).toContain(`unknown key \`${p.shown}\``);
  });

  it('schedule check --format json escapes them as JSON does, and the data survives', () => {
    const r = runDls(['-f', file, 'schedule', 'check', '--format', 'json']);
    expectSafe(r.stdout);
    const keys = (JSON.parse(r.stdout) as { path: string[] }[]).map((d) => d.path[0]);
    for (const p of FORGING_PAYLOADS) expect(keys, p.name).toContain(p.text);
  });
});

describe('titles from the file reach no terminal raw', () => {
  const good = folderWith({ 'workshop.yaml': withTitles(TITLE_PAYLOADS), 'old.yaml': withTitles(TITLE_PAYLOADS.map(() => ({ text: 'plain' }))) });
  const at = (name: string) => join(good, name);
  it.each([
    ['schedule show', ['schedule', 'show']],
    ['schedule diff', ['schedule', 'diff', at('old.yaml')]],
  ])('%s shows each title payload escaped', (_name, args) => {
    const r = runDls(['-f', at('workshop.yaml'), ...args], { env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expectSafe(r.stdout + r.stderr);
    for (const p of TITLE_PAYLOADS) expect(r.stdout, p.name).toContain(p.shown);
  });

  it('schedule diff --format json escapes them as JSON does, and the titles survive', () => {
    const r = runDls(['-f', at('workshop.yaml'), 'schedule', 'diff', at('old.yaml'), '--format', 'json']);
    expectSafe(r.stdout);
    const text = JSON.stringify(JSON.parse(r.stdout));
    for (const p of TITLE_PAYLOADS) expect(text, p.name).toContain(JSON.stringify(`Item ${p.text}`).slice(1, -1));
  });

  it('schedule shift names each moved item escaped', () => {
    const dir = folderWith({ 'workshop.yaml': withTitles(TITLE_PAYLOADS) });
    const r = runDls(['-f', join(dir, 'workshop.yaml'), 'schedule', 'shift', 't0', '+5']);
    expectSafe(r.stdout + r.stderr);
    for (const p of TITLE_PAYLOADS) expect(r.stdout, p.name).toContain(p.shown);
  });
});

describe('sign-ups reach no terminal raw', () => {
  it('mail export reports each rejected address escaped', () => {
    const csv = `Email address,Name\r\n${FORGING_PAYLOADS.map((p) => `"${p.text.replace(/"/g, '""')}@example.org",Someone`).join('\r\n')}\r\n`;
    const dir = folderWith({ 'workshop.yaml': BASE_YAML, 'signups.csv': csv });
    const r = runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export', '--to', 'signups', '--signups', join(dir, 'signups.csv')]);
    expectSafe(r.stderr); // stdout is the CSV itself, whose records end in CRLF as RFC 4180 says
    expect(r.stderr.match(/: rejected /g)?.length).toBe(FORGING_PAYLOADS.length);
  });
});

