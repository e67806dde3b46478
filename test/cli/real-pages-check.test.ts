import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';

/** Issue 9: what `dls schedule check`, `shift` and `init` do with the shapes real pages have. */

const FIXTURES = 'test/fixtures/real-pages';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const check = (name: string, ...more: string[]) => runDls(['-f', fixture(name), 'schedule', 'check', ...more]);
const json = (name: string) => JSON.parse(check(name, '--format', 'json').stdout) as { severity: string; ruleId: string; message: string; line: number; column: number }[];

describe('see everything in one run (item 5)', () => {
  const found = json('many-problems.yaml');
  const rules = found.map((d) => d.ruleId);

  it('reports bad values, a nameless inline speaker, an undeclared id and the overlap together', () => {
    expect(rules.filter((r) => r.startsWith('invalid'))).toHaveLength(8);
    expect(found.find((d) => d.ruleId === 'missing-key')?.message).toContain('a person needs `name`');
    expect(found.find((d) => d.ruleId === 'known-person')?.message).toContain('`turing` is not in `people`');
    expect(found.find((d) => d.ruleId === 'no-overlap-in-room')?.message).toContain('"Engines" (9:10-9:50) runs 10 min into "Numbers" (9:40-10:10)');
  });

  it('says which item the rules skipped, as an info that counts as neither error nor warning', () => {
    expect(found.filter((d) => d.ruleId === 'skipped-item')).toEqual([expect.objectContaining({ severity: 'info', line: 15, message: expect.stringContaining('program[3] (Broken time) has errors, so the schedule rules skipped it') })]);
    expect(check('many-problems.yaml').stdout).toMatch(/\n11 errors, 1 warning\n$/);
  });

  it('still stops before the rules when the file is not YAML at all', () => {
    const r = runDls(['-f', '-', 'schedule', 'check', '--format', 'json'], { input: 'id: x\ntitle: "unterminated\nprogram: []\n' });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { ruleId: string }[]).map((d) => d.ruleId)).toEqual(['yaml-syntax']);
  });
});

describe('a track that changes rooms (items 6 and 11)', () => {
  it('reports the overlap across the room change as no-overlap-in-track, told from the talk that runs over, at its end', () => {
    const r = check('track-room-change.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${fixture('track-room-change.yaml')}:14:39 error "Fusion plasma models at scale" (9:15-12:40) runs 10 min into "Lunch" (12:30-13:30) in the same track (rooms Substanz 1 and Analog 2); expected it to end by 12:30, or the next item to start at 12:40 or later (no-overlap-in-track)\n1 error, 0 warnings\n`,
    );
    const line = readFileSync(fixture('track-room-change.yaml'), 'utf8').split('\n')[13]!;
    expect(line.slice(38)).toMatch(/^"12:40"/);
  });

  it('draws the day as one column that says where the room changes', () => {
    const r = runDls(['-f', fixture('track-room-change.yaml'), 'schedule', 'show', '--width', '80']);
    expect(r.stdout).toContain('Thursday 20 June 2019 · room Substanz 1, from 12:30 room Analog 2\n');
    expect(r.stdout).not.toMatch(/room Substanz 1 {3,}room Analog 2/);
    expect(r.stdout).toMatch(/! overlaps/);
  });
});

describe('placeholder titles and quoting (items 9 and 10)', () => {
  it('warns talk-has-title for a slot without a title and for TBD, and accepts the file', () => {
    const r = check('placeholder-titles.yaml');
    expect(r.code).toBe(0);
    expect(json('placeholder-titles.yaml').map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['talk-has-title', 'warning', 12],
      ['talk-has-title', 'warning', 13],
    ]);
  });

  it.each([
    ['unquoted-colon.yaml', 'this title contains ": " inside { }; put it in quotes: title: "Keynote: AI for HPC"'],
    ['unquoted-comma.yaml', 'this title contains ", " inside { }; put it in quotes: title: "Deep Learning, Fast and Slow"'],
  ])('%s: says how to quote the title, at the title', (name, says) => {
    const [d, ...rest] = json(name);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'unquoted-text', message: says, line: 6, column: 42 });
    expect(readFileSync(fixture(name), 'utf8').split('\n')[5]!.slice(41)).toMatch(/^(Keynote|Deep)/);
  });

  it('gives the same advice for a block-style title', () => {
    const input = 'id: colon\ntitle: Colon\ntimezone: UTC\ndate: 2019-11-17\nprogram:\n  - start: "9:00"\n    end: "9:30"\n    title: Keynote: AI for HPC\n';
    const r = runDls(['-f', '-', 'schedule', 'check'], { input });
    expect(r.stdout).toBe('<stdin>:8:12 error this title contains ": "; put it in quotes: title: "Keynote: AI for HPC" (unquoted-text)\n1 error, 0 warnings\n');
  });
});

describe('dls schedule shift with an ambiguous match (item 3)', () => {
  it('changes nothing, lists the candidates with their ids, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-shift-'));
    const file = join(dir, 'workshop.yaml');
    copyFileSync(fixture('two-coffee-breaks.yaml'), file);
    const before = readFileSync(file, 'utf8');
    for (const query of ['Coffee Break', 'coffee', 'Ada']) {
      const r = runDls(['-f', file, 'schedule', 'shift', query, '+10']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('nothing was changed');
      expect(readFileSync(file, 'utf8')).toBe(before);
    }
    const r = runDls(['-f', file, 'schedule', 'shift', 'Coffee Break', '+10']);
    expect(r.stderr).toContain('"Coffee Break" matches 2 items');
    // One candidate per line: the list is dls's own, its line breaks are not escaped away.
    expect(r.stderr).toMatch(/\n {2}2019-11-17-coffee-break +2019-11-17 10:00-10:30 +Coffee Break\n/);
    expect(r.stderr).toMatch(/\n {2}2019-11-17-coffee-break-2 +2019-11-17 11:30-12:00 +Coffee Break\n/);
    expect(r.stderr).not.toContain('\\n');
    expect(runDls(['-f', file, 'schedule', 'shift', '2019-11-17-coffee-break-2', '+10']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('{ start: "11:40", end: "12:10", title: Coffee Break');
  });
});

describe('dls init and the time zone (item 4)', () => {
  const init = (...flags: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-init-zone-'));
    return { dir, r: runDls(['-f', join(dir, 'workshop.yaml'), 'init', '--title', 'Deep Learning Workshop', '--date', '2026-11-15', '--yes', ...flags]) };
  };

  it('never takes the machine zone: without a terminal, a missing --timezone is a usage error that names the flag', () => {
    const { dir, r } = init('--city', 'Atlanta, GA');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --timezone');
    expect(r.stderr).toContain('--city "Atlanta, GA" suggests --timezone America/New_York');
    expect(() => readFileSync(join(dir, 'workshop.yaml'))).toThrow();
  });

  it('answers Europe/Frankfurt with a did-you-mean, in init and in check alike', () => {
    expect(init('--timezone', 'Europe/Frankfurt').r.stderr).toContain('--timezone "Europe/Frankfurt": expected an IANA time-zone name like America/Denver or Europe/Berlin (did you mean Europe/Berlin?)');
    const yaml = readFileSync(fixture('two-coffee-breaks.yaml'), 'utf8').replace('America/Denver', 'Europe/Frankfurt');
    expect(runDls(['-f', '-', 'schedule', 'check'], { input: yaml }).stdout).toContain('`timezone` is Europe/Frankfurt; expected an IANA time-zone name like America/Denver or Europe/Berlin (did you mean Europe/Berlin?)');
  });

  it('writes the zone it is given', () => {
    const { dir, r } = init('--timezone', 'America/New_York');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toMatch(/^timezone: America\/New_York/m);
  });
});
