import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';

const sc19Copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dls-cli-'));
  copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
  return dir;
};

describe('the edit commands from a script (no terminal)', () => {
  it('dls add talk names the flags it still needs, exit 2, file untouched', () => {
    const dir = sc19Copy();
    const r = runDls(['add', 'talk', '--speaker', 'yin'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, 'dls: missing --title, --start, --end (no terminal to ask)\nhint: pass --title --start --end as flags, or --yes to accept the suggested answers\n']);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'workshop.yaml'), 'utf8'));
  });

  it('dls add talk --yes starts the talk when the day ends, and says where it went', () => {
    const dir = sc19Copy();
    const r = runDls(['add', 'talk', '--title', 'Closing remarks', '--kind', 'closing', '--speaker', 'Ian T. Foster', '--yes'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'added closing "Closing remarks" 17:30-18:00 in 502-503-504 as program[16]\n', '']);
    expect(runDls(['schedule', 'check'], { cwd: dir }).code).toBe(0);
  });

  it('dls add talk --yes with a new speaker prints the note on a line of its own, not a literal \\n', () => {
    const dir = sc19Copy();
    const r = runDls(['add', 'talk', '--title', 'Early bird', '--speaker', 'New Person', '--yes'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')).toEqual([
      'added talk "Early bird" 17:30-18:00 in 502-503-504 as program[16]',
      'New Person is a new speaker, written inline as { name: ... }; `dls add person` gives a speaker an id, affiliation and e-mail',
      '',
    ]);
  });

  it('dls schedule shift with a negative number and no matching item: clear messages, no stack trace', () => {
    const dir = sc19Copy();
    expect(runDls(['schedule', 'shift', 'summit-strategies', '-10', '--only'], { cwd: dir }).stdout).toContain('17:00-17:30 -> 16:50-17:20');
    const r = runDls(['schedule', 'shift', 'no-such-talk', '+5'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/^dls: no item has the id or title "no-such-talk"; expected an id from program/)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to edit standard input in place', () => {
    const r = runDls(['-f', '-', 'add', 'break', '--yes'], { input: readFileSync(join(ROOT, 'workshop.yaml'), 'utf8') });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('cannot edit standard input in place')]);
  });

  it('leaves no temporary file behind after a write', () => {
    const dir = sc19Copy();
    runDls(['add', 'date', '--label', 'Posters due', '--date', '2019-10-05'], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['workshop.yaml']);
  });
});

describe('the pure edit core', () => {
  it('touches no file system, process state, clock or machine zone in src/edit', () => {
    const banned = /from 'node:|\bprocess\.|Date\.now\(\)|new Date\(\)|DateTime\.(now|local)\(|resolvedOptions\(\)/;
    for (const f of readdirSync(join(ROOT, 'src/edit'))) expect(readFileSync(join(ROOT, 'src/edit', f), 'utf8'), f).not.toMatch(banned);
  });
});

describe('a fresh project passes its own CI', () => {
  it.each([[[]], [['--signup-url', 'https://example.org/join']]])('dls init --yes %j, then dls readme --check exits 0', (extra: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-fresh-'));
    const init = runDls(['init', '--title', 'HPC Carpentry', '--timezone', 'Europe/Berlin', '--date', '2026-06-01', ...extra, '--yes'], { cwd: dir });
    expect([init.code, init.stderr]).toEqual([0, '']);
    const check = runDls(['readme', '--check'], { cwd: dir });
    expect([check.code, check.stderr]).toEqual([0, '']);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('The program will be announced here.');
    expect(readme.includes('<!-- dls:signup:start -->')).toBe(extra.length > 0);
    if (extra.length > 0) expect(readme).toContain('(https://example.org/join)');
  });
});

describe('dls init with a bad first day', () => {
  it('names --date alone: the last day it would have suggested from it is not blamed (exit 2, nothing written)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-init-bad-'));
    const r = runDls(['init', '--title', 'Virtual HPC AI Forum', '--date', '2025-10-32', '--timezone', 'Asia/Tokyo', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date "2025-10-32": expected a date like 2019-11-17');
    expect(r.stderr).not.toContain('--end-date');
    expect(readdirSync(dir)).toEqual([]);
  });
});
