import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPreviousCalendar, type PreviousCalendar } from '../../src/formats/ics/previous.js';
import { writeIcs, type IcsOptions, type IcsScope } from '../../src/formats/ics/writer.js';
import { runDls } from '../helpers/cli.js';
import { createWorkshop } from '../helpers/workshop.js';
import { exportIcs, readIcs, STAMP } from './read-ics.js';

const workshop = createWorkshop({
  people: { ada: { name: 'Ada Lovelace' }, alan: { name: 'Alan Turing' } },
  program: [
    { id: 'a', start: '9:00', end: '9:30', title: 'Ada on engines', speakers: ['ada'], room: 'A' },
    { id: 'b', start: '9:30', end: '10:00', title: 'Coffee', kind: 'break' },
    { id: 'c', start: '10:00', end: '10:30', title: 'Alan on machines', speakers: ['alan'], room: 'B' },
  ],
  important_dates: [{ label: 'Papers due', date: '2019-09-16' }],
});
const program = (filter: Partial<Extract<IcsScope, { kind: 'program' }>['filter']> = {}): IcsScope => ({ kind: 'program', filter: { breaks: true, ...filter } });
const previousOf = (ics: string): PreviousCalendar => {
  const r = readPreviousCalendar(ics);
  if (!r.ok) throw new Error(r.message);
  return r.calendar;
};
const over = (before: string, scope: IcsScope, options: Partial<IcsOptions> = {}) => writeIcs(workshop, { scope, dtstamp: STAMP, previous: previousOf(before), ...options });
const full = exportIcs(workshop);

describe('updating a calendar that holds another scope', () => {
  it.each([
    ['one speaker', program({ speaker: 'ada' }), 'the program of speaker "ada"', 'ada.ics'],
    ['the important dates', { kind: 'deadlines' } as const, 'the important dates', 'dates.ics'],
    ['the program without breaks', program({ breaks: false }), 'the program without breaks', 'talks.ics'],
    ['one room', program({ room: 'b' }), 'the program in room "B"', 'room-b.ics'],
  ])('refuses to turn the whole program into %s, naming both scopes', (_name, scope, current, fileName) => {
    expect(over(full, scope)).toEqual({
      ok: false,
      message: `the previous calendar holds the whole program, but this export is ${current}`,
      scope: { previous: 'the whole program', current, fileName },
    });
  });

  it('updates the same scope however the filter names it (speaker id or name, any case)', () => {
    const byId = exportIcs(workshop, { scope: program({ speaker: 'ada' }) });
    const byName = over(byId, program({ speaker: 'ADA LOVELACE' }));
    expect(byName.ok && byName.text).toBe(byId);
  });

  it('with changeScope (--force), turns the calendar into the new scope and cancels what falls outside', () => {
    const r = over(full, program({ speaker: 'ada' }), { changeScope: true });
    if (!r.ok) expect.fail(r.message);
    expect(readIcs(r.text).events.map((e) => [e.summary, e.status])).toEqual([
      ['Ada on engines', 'CONFIRMED'],
      ['Coffee', 'CANCELLED'],
      ['Alan on machines', 'CANCELLED'],
    ]);
    expect(readIcs(r.text).props['x-dls-scope']).toBe('program speaker=ada');
  });

  it('names a hand-edited scope as written, even with a broken escape, instead of crashing', () => {
    const edited = full.replace('X-DLS-SCOPE:program', 'X-DLS-SCOPE:program track=%E0%A4');
    const r = over(edited, program());
    expect(!r.ok && r.scope?.previous).toBe('the program in track "%E0%A4"');
  });

  it('compares a calendar of an older dls (no X-DLS-SCOPE) by its name', () => {
    const older = full.replace(/X-DLS-SCOPE:[^\r]*\r\n/, '');
    expect(older).not.toContain('X-DLS-SCOPE');
    expect(over(older, program()).ok).toBe(true);
    const r = over(older, program({ speaker: 'ada' }));
    expect(!r.ok && r.scope?.previous).toBe('the calendar "Test Workshop"');
  });
});

describe('dls export ics -o over a calendar of another scope', () => {
  const EPOCH = { SOURCE_DATE_EPOCH: '1573000000' };
  const dir = mkdtempSync(join(tmpdir(), 'dls-ics-scope-'));
  const out = join(dir, 'full.ics');

  it('refuses --speaker and --deadlines into the full program (exit 1, file untouched); --force changes the scope', () => {
    expect(runDls(['export', 'ics', '-o', out], { env: EPOCH }).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const speaker = runDls(['export', 'ics', '--speaker', 'matsuoka', '-o', out], { env: EPOCH });
    expect([speaker.code, speaker.stdout]).toEqual([1, '']);
    expect(speaker.stderr).toContain(`refusing to update ${out}: it holds the whole program, but this export is the program of speaker "matsuoka"`);
    expect(speaker.stderr).toContain(`another -o file, such as ${join(dir, 'matsuoka.ics')}`);
    const dates = runDls(['export', 'ics', '--deadlines', '-o', out], { env: EPOCH });
    expect(dates.code).toBe(1);
    expect(dates.stderr).toContain('it holds the whole program, but this export is the important dates');
    expect(readFileSync(out, 'utf8')).toBe(before);
    const forced = runDls(['export', 'ics', '--speaker', 'matsuoka', '-o', out, '--force'], { env: EPOCH });
    expect(forced.stderr).toBe(`dls: wrote ${out}: 1 events, 0 changed, 15 newly cancelled\n`);
    expect(runDls(['export', 'ics', '--speaker', 'Satoshi Matsuoka', '-o', out], { env: EPOCH }).code).toBe(0);
  });
});
