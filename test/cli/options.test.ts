import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { readIcs } from '../ics/read-ics.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1573000000' };
const sc19 = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dls-options-'));
  copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
  return dir;
};
const scopeOf = (text: string) => /X-DLS-SCOPE:(.*)\r\n/.exec(text)?.[1];

describe('a single-value option given twice is a usage error naming it', () => {
  it.each([
    [['export', 'ics', '-o', 'a.ics', '-o', 'b.ics'], `error: option '-o, --output <path>' was given twice ("a.ics", then "b.ics"); it takes one value`],
    [['export', 'ics', '--output=a.ics', '-o', 'b.ics'], `error: option '-o, --output <path>' was given twice`],
    [['-f', 'a.yaml', '-f', 'workshop.yaml', 'schedule', 'check'], `error: option '-f, --file <path>' was given twice ("a.yaml", then "workshop.yaml")`],
    [['schedule', 'show', '--width', '80', '--width', '100'], `error: option '--width <columns>' was given twice`],
    [['schedule', 'check', '--format', 'json', '--format', 'text'], `error: option '--format <format>' was given twice`],
    [['add', 'talk', '--title', 'A', '--title', 'B', '--yes'], `error: option '--title <text>' was given twice ("A", then "B")`],
    [['mail', 'export', '--to', 'speakers', '--to', 'committee'], `error: option '--to <audiences>' was given twice`],
  ])('dls %j', (args, message) => {
    const dir = sc19();
    const r = runDls(args, { cwd: dir, env: EPOCH });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'a.ics')) || existsSync(join(dir, 'b.ics'))).toBe(false);
  });

  it('a boolean flag given twice is still fine', () => {
    expect(runDls(['schedule', 'check', '--strict', '--strict'], { cwd: sc19() }).code).toBe(0);
  });
});

describe('export ics: --speaker, --room and --track repeat, and their values add up', () => {
  it('--speaker twice exports the talks of both, under one scope whatever the order', () => {
    const dir = sc19();
    const both = runDls(['export', 'ics', '--speaker', 'matsuoka', '--speaker', 'Ian T. Foster'], { cwd: dir, env: EPOCH });
    const flipped = runDls(['export', 'ics', '--speaker', 'foster', '--speaker', 'matsuoka'], { cwd: dir, env: EPOCH });
    expect(both.code).toBe(0);
    const cal = readIcs(both.stdout);
    expect(cal.events.map((e) => e.summary)).toEqual(['Opening', expect.stringMatching(/^Keynote: AI for HPC/)]);
    expect(cal.props['x-wr-calname']).toBe('Deep Learning on Supercomputers Workshop (SC19): Ian T. Foster & Satoshi Matsuoka');
    expect(scopeOf(both.stdout)).toBe('program speaker=foster,matsuoka');
    expect(flipped.stdout).toBe(both.stdout);
  });

  it('one --speaker keeps the scope earlier versions recorded, so existing calendars update', () => {
    const dir = sc19();
    expect(scopeOf(runDls(['export', 'ics', '--speaker', 'matsuoka'], { cwd: dir, env: EPOCH }).stdout)).toBe('program speaker=matsuoka');
    expect(runDls(['export', 'ics', '--speaker', 'foster', '--speaker', 'matsuoka', '-o', 'k.ics'], { cwd: dir, env: EPOCH }).code).toBe(0);
    expect(runDls(['export', 'ics', '--speaker', 'matsuoka', '--speaker', 'foster', '--speaker', 'foster', '-o', 'k.ics'], { cwd: dir, env: EPOCH }).code).toBe(0);
    const narrower = runDls(['export', 'ics', '--speaker', 'foster', '-o', 'k.ics'], { cwd: dir, env: EPOCH });
    expect([narrower.code, narrower.stderr]).toEqual([1, expect.stringContaining('it holds the program of speaker "foster" or "matsuoka", but this export is the program of speaker "foster"')]);
  });

  it('--room twice takes the items of either room; different filters still narrow', () => {
    const yaml = readFileSync(join(ROOT, 'test/fixtures/edit/two-rooms.yaml'), 'utf8').replace('start: "9:40"', 'start: "9:45"');
    const rooms = runDls(['-f', '-', 'export', 'ics', '--room', 'B', '--room', 'A', '--no-breaks'], { input: yaml, env: EPOCH });
    expect(readIcs(rooms.stdout).events.map((e) => e.summary)).toEqual(['Opening', 'Analytical engines and the first program', 'Compilers for everyone', 'Debugging a moth', 'On computable numbers']);
    expect(scopeOf(rooms.stdout)).toBe('program no-breaks room=A,B');
    const narrowed = runDls(['-f', '-', 'export', 'ics', '--room', 'B', '--room', 'A', '--speaker', 'grace'], { input: yaml, env: EPOCH });
    expect(readIcs(narrowed.stdout).events.map((e) => e.summary)).toEqual(['Compilers for everyone', 'Debugging a moth']);
  });
});

describe('numbers have bounds', () => {
  it.each([
    [['schedule', 'show', '--width', '1000000000'], "error: option '--width <columns>' argument '1000000000' is invalid. expected whole columns from 20 to 1000"],
    [['schedule', 'show', '--width', '19'], 'expected whole columns from 20 to 1000'],
    [['schedule', 'check', '--max-gap', '1441'], 'expected whole minutes from 0 to 1440'],
    [['schedule', 'check', '--max-gap', 'ten'], 'expected whole minutes from 0 to 1440'],
    [['schedule', 'shift', 'opening', '+1440'], 'expected minutes such as +15 or -10, at most 1439 either way'],
  ])('dls %j', (args, message) => {
    const r = runDls(args, { cwd: sc19() });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(message);
  });

  it.each([20, 1000])('--width %i draws lines of at most that many columns', (width) => {
    const r = runDls(['schedule', 'show', '--width', String(width)], { cwd: sc19() });
    expect(r.code).toBe(0);
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(width);
  });
});

describe('values echoed in messages are cut to 80 characters', () => {
  const huge = 'x'.repeat(120_000);
  it.each([
    ['our own message (--room on export ics)', ['export', 'ics', '--room', huge]],
    ["commander's message (a --format choice)", ['schedule', 'check', '--format', huge]],
    ["commander's message (--format=VALUE)", ['schedule', 'check', `--format=${huge}`]],
    ['a repeated option', ['export', 'ics', '--output', huge, '--output', huge]],
  ])('%s', (_name, args) => {
    const r = runDls(args, { cwd: sc19(), env: EPOCH });
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${'x'.repeat(79)}…`);
    expect(r.stderr).not.toContain('x'.repeat(80));
    expect(r.stderr.length).toBeLessThan(600);
  });
});
