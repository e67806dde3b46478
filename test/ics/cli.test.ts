import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { readIcs } from './read-ics.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1573000000' };
const tmp = () => mkdtempSync(join(tmpdir(), 'dls-ics-'));
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);

describe('dls export ics', () => {
  it('writes byte-identical calendars under TZ=UTC, Asia/Tokyo and America/Denver', () => {
    const outputs = ['UTC', 'Asia/Tokyo', 'America/Denver'].map((TZ) => runDls(['export', 'ics'], { env: { TZ, ...EPOCH } }));
    expect(outputs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(new Set(outputs.map((r) => r.stdout)).size).toBe(1);
  });

  it('stamps DTSTAMP from SOURCE_DATE_EPOCH, and from `updated:` when the file has it', () => {
    expect(readIcs(runDls(['export', 'ics'], { env: EPOCH }).stdout).events[0]!.dtstamp).toBe('2019-11-06T00:26:40Z');
    const pinned = runDls(['-f', '-', 'export', 'ics'], { input: createWorkshopYaml({ updated: '2019-10-01T08:00:00Z' }), env: EPOCH });
    expect(readIcs(pinned.stdout).events[0]!.dtstamp).toBe('2019-10-01T08:00:00Z');
  });

  it('falls back to a fixed, documented DTSTAMP, with a note, when neither is given', () => {
    const r = runDls(['export', 'ics'], { env: { SOURCE_DATE_EPOCH: '' } });
    expect(readIcs(r.stdout).events[0]!.dtstamp).toBe('2019-11-17T00:00:00Z');
    expect(r.stderr).toContain('set `updated:`');
  });

  it('updates its own earlier file in place, reporting what changed', () => {
    const dir = tmp();
    const out = join(dir, 'program.ics');
    const yaml = createWorkshopYaml();
    expect(runDls(['-f', '-', 'export', 'ics', '-o', out], { input: yaml, env: EPOCH }).code).toBe(0);
    const moved = yaml.replace('start: 9:30', 'start: 9:45');
    const r = runDls(['-f', '-', 'export', 'ics', '-o', out], { input: moved, env: EPOCH });
    expect(r.stderr).toContain(`wrote ${out}: 2 events, 1 changed, 0 newly cancelled`);
    expect(readIcs(readFileSync(out, 'utf8')).events.map((e) => e.sequence)).toEqual([0, 1]);
    expect(readdirSync(dir)).toEqual(['program.ics']);
  });

  it('says that a cancelled edition marks every event cancelled, which "newly cancelled" (items taken out) does not count', () => {
    const dir = tmp();
    const out = join(dir, 'program.ics');
    const yaml = createWorkshopYaml();
    expect(runDls(['-f', '-', 'export', 'ics', '-o', out], { input: yaml, env: EPOCH }).code).toBe(0);
    const r = runDls(['-f', '-', 'export', 'ics', '-o', out], { input: `${yaml}status: cancelled\n`, env: EPOCH });
    expect(r.stderr).toContain(`wrote ${out}: 2 events, 2 changed, 0 newly cancelled; the edition is cancelled, so every event is marked cancelled`);
    expect(readIcs(readFileSync(out, 'utf8')).events.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });
});

describe('dls export ics on bad input', () => {
  it.each([
    ['an unknown --speaker', 1, '--speaker "nobody" matches no speaker', ['--speaker', 'nobody']],
    ['-o into a missing folder', 1, 'folder missing does not exist', ['-o', 'missing/program.ics']],
    ['-o naming a folder', 2, '-o . is a folder', ['-o', '.']],
    ['--deadlines with --speaker', 2, 'cannot be used with', ['--deadlines', '--speaker', 'ada']],
  ])('%s: a clear message, exit %i, no file, no stack trace', (_name, code, message, args) => {
    const dir = tmp();
    const r = runDls(['-f', '-', 'export', 'ics', ...args], { input: createWorkshopYaml(), env: EPOCH, cwd: dir });
    expect([r.code, r.stdout]).toEqual([code, '']);
    expect(r.stderr).toContain(message);
    noStack(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a talk at a time the clocks skip (DST): the time-exists diagnostic, exit 1, no calendar and no internal error', () => {
    const dir = tmp();
    const yaml = createWorkshopYaml({ date: '2019-03-10', program: [{ id: 'gap', start: '2:30', end: '3:30', title: 'In the gap', kind: 'other' }] });
    const r = runDls(['-f', '-', 'export', 'ics', '-o', 'program.ics'], { input: yaml, env: EPOCH, cwd: dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('2:30 on 2019-03-10 does not exist (the clocks skip it) in America/Denver');
    expect(r.stderr).toContain('(time-exists)');
    noStack(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to overwrite a calendar another program wrote, unless --force', () => {
    const out = join(tmp(), 'mine.ics');
    const personal = 'BEGIN:VCALENDAR\r\nPRODID:-//Apple Inc.//macOS 14//EN\r\nEND:VCALENDAR\r\n';
    writeFileSync(out, personal);
    const r = runDls(['export', 'ics', '-o', out], { env: EPOCH });
    expect([r.code, readFileSync(out, 'utf8')]).toEqual([1, personal]);
    expect(r.stderr).toContain('--force');
    expect(runDls(['export', 'ics', '-o', out, '--force'], { env: EPOCH }).code).toBe(0);
    expect(readIcs(readFileSync(out, 'utf8')).events.length).toBe(16);
  });

  it.each([
    ['not a number', 'yesterday'],
    ['negative', '-1'],
    ['a fraction', '1573000000.5'],
    ['past 9999-12-31 (year 10000 has no four-digit form)', '253402300800'],
    ['beyond what a date can hold', '99999999999999'],
  ])('rejects a SOURCE_DATE_EPOCH that is %s as a usage error naming the value and the range', (_name, value) => {
    const r = runDls(['export', 'ics'], { env: { SOURCE_DATE_EPOCH: value } });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, from 0 to 253402300799`);
    expect(r.stderr).toContain(`got "${value}"`);
    noStack(r.stderr);
  });

  it.each([
    ['0', '1970-01-01T00:00:00Z'],
    ['253402300799', '9999-12-31T23:59:59Z'],
  ])('accepts SOURCE_DATE_EPOCH=%s, the edge of the range, as DTSTAMP %s', (value, dtstamp) => {
    const r = runDls(['export', 'ics'], { env: { SOURCE_DATE_EPOCH: value } });
    expect(r.code, r.stderr).toBe(0);
    expect(new Set(readIcs(r.stdout).events.map((e) => e.dtstamp))).toEqual(new Set([dtstamp]));
  });

  it('refuses `updated: 9999-12-31T23:00:00-05:00` as a date outside 1900-2200, at its line (exit 1)', () => {
    const r = runDls(['-f', '-', 'export', 'ics'], { input: createWorkshopYaml({ updated: '9999-12-31T23:00:00-05:00' }), env: EPOCH });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/<stdin>:\d+:\d+ error `updated` is 9999-12-31T23:00:00-05:00; expected .* from 1900 to 2200/);
    noStack(r.stderr);
  });

  it.each([['1969-12-31T23:59:59Z']])('refuses `updated: %s`, outside the instants a calendar holds (exit 1)', (updated) => {
    const r = runDls(['-f', '-', 'export', 'ics'], { input: createWorkshopYaml({ updated }), env: EPOCH });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(`\`updated: ${updated}\` is outside the instants a calendar can hold; expected 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z`);
    noStack(r.stderr);
  });
});

describe('dls export ics of a workshop without program items', () => {
  const run = (overrides: Record<string, unknown>, ...flags: string[]) => {
    const dir = tmp();
    writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ program: [], ...overrides }));
    return runDls(['export', 'ics', ...flags], { cwd: dir, env: EPOCH });
  };
  const dates = { important_dates: [{ label: 'Paper submission', date: '2019-08-01' }] };

  it('writes a valid empty calendar, exits 0, and says once why it is empty and what --deadlines does', () => {
    const r = run(dates);
    expect(r.code).toBe(0);
    expect(readIcs(r.stdout).events).toEqual([]);
    expect(r.stderr).toBe('dls: note: the program has no items, so the calendar has no events; `--deadlines` exports the important dates\n');
  });

  it('names the status of a cancelled edition, and points to --deadlines only when there are dates', () => {
    const r = run({ status: 'cancelled' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('dls: note: the program has no items (the edition is cancelled), so the calendar has no events\n');
  });

  it('says nothing of the kind for --deadlines', () => {
    const r = run(dates, '--deadlines');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('no items');
  });
});
