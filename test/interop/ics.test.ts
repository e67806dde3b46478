import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import { runDls, ROOT } from '../helpers/cli.js';
import { describeWithTool, hasPythonModule, works } from '../helpers/interop.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { calcurseDay, freshKhal, readWithPython } from './ics-clients.js';

/** Exports a workshop (YAML text) to a new calendar file and returns its path. */
const exportToFile = (yaml: string, ...args: string[]): string => reexport(yaml, join(mkdtempSync(join(tmpdir(), 'dls-ics-interop-')), 'program.ics'), ...args);

/** Exports a workshop over `file`, as an organizer does after a change. */
function reexport(yaml: string, file: string, ...args: string[]): string {
  const r = runDls(['-f', '-', 'export', 'ics', '-o', file, ...args], { input: yaml, env: { SOURCE_DATE_EPOCH: '1573000000' } });
  expect(r.code, r.stderr).toBe(0);
  return file;
}
const SC19 = readFileSync(`${ROOT}workshop.yaml`, 'utf8');
const TRICKY = 'Ünïcode; commas, back\\slash 😀 — and a very long title that has to be folded over several lines, twice over, yes';

describeWithTool('python3-icalendar reads dls calendars', 'python3-icalendar', hasPythonModule('icalendar'), () => {
  it('finds no errors, and every item at its UTC instants with its title and UID', () => {
    const r = parseWorkshop(SC19);
    if (!r.ok) throw new Error('workshop.yaml must be valid');
    const cal = readWithPython(exportToFile(SC19));
    expect([cal.errors, ...cal.events.map((e) => e.errors)].flat()).toEqual([]);
    const utc = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
    expect(cal.events.map((e) => [e.uid, e.summary, e.start, e.end])).toEqual(
      r.workshop.program.map((i) => [`${i.id}@dls-sc19.dls`, i.title, utc(i.startMs), utc(i.endMs)]),
    );
  });

  it('reads back escaped and folded text exactly', () => {
    const yaml = createWorkshopYaml({ program: [{ id: 't', start: '9:00', end: '9:30', title: TRICKY, abstract: 'Line one;\nline two, \\o/' }] });
    const [event] = readWithPython(exportToFile(yaml)).events;
    expect(event!.summary).toBe(TRICKY);
    expect(event!.description).toContain('Line one;\nline two, \\o/');
    expect(event!.errors).toEqual([]);
  });
});

const AOE_DATES = createWorkshopYaml({
  deadline_timezone: 'AoE',
  important_dates: [{ label: 'Papers due', date: '2019-09-16', was: ['2019-09-01'] }, { label: 'Workshop', date: '2019-11-17' }],
});

describeWithTool('python3-icalendar reads the important dates', 'python3-icalendar', hasPythonModule('icalendar'), () => {
  it('puts an AoE deadline at 11:59Z the next day, and the workshop day as one all-day date', () => {
    const cal = readWithPython(exportToFile(AOE_DATES, '--deadlines'));
    expect(cal.events.map((e) => [e.start, e.end, e.errors])).toEqual([
      ['2019-09-17T11:59:00+00:00', '2019-09-17T12:00:00+00:00', []],
      ['2019-11-17', '2019-11-18', []],
    ]);
  });
});

describeWithTool('khal imports dls calendars', 'khal', works('khal'), () => {
  it('lists the SC19 keynote at 09:05 in Denver and at 01:05 the next day in Tokyo', () => {
    const file = exportToFile(SC19);
    for (const [zone, day, time] of [['America/Denver', '2019-11-17', '09:05-10:00'], ['Asia/Tokyo', '2019-11-18', '01:05-02:00']] as const) {
      const khal = freshKhal(zone);
      khal(['import', '--batch', '-a', 'dls', file]);
      const listing = khal(['list', '--format', '{start-date} {start-time}-{end-time} {title}', day, '1d']);
      expect(listing).toContain(`${day} ${time} Keynote: AI for HPC and HPC for AI`);
      expect(listing.split('\n').filter((l) => l.startsWith(day))).toHaveLength(16);
    }
  });

  it('shows an AoE deadline at 20:59 in Tokyo, and the workshop as an all-day event on its one day', () => {
    const khal = freshKhal('Asia/Tokyo');
    khal(['import', '--batch', '-a', 'dls', exportToFile(AOE_DATES, '--deadlines')]);
    const list = (day: string) => khal(['list', '--format', '{start-time}|{title}', day, '1d']).split('\n').slice(1).filter(Boolean);
    expect(list('2019-09-17')).toEqual(['20:59|Papers due: Test Workshop']);
    expect(list('2019-11-17')).toEqual(['|Workshop: Test Workshop']);
    expect(list('2019-11-18')).toEqual([]);
  });

  it('moves a re-exported talk instead of duplicating it, and marks a removed one cancelled', () => {
    const khal = freshKhal('America/Denver');
    const yaml = createWorkshopYaml();
    const file = exportToFile(yaml);
    khal(['import', '--batch', '-a', 'dls', file]);
    reexport(yaml.replace('start: 9:30\n    end: 10:00', 'start: 11:00\n    end: 11:30'), file);
    khal(['import', '--batch', '-a', 'dls', file]);
    const day = () => khal(['list', '--format', '{start-time} {cancelled}{title}', '2019-11-17', '1d']).split('\n').slice(1).filter(Boolean);
    expect(day()).toEqual(['09:00 Opening', '11:00 A Talk']);
    reexport(createWorkshopYaml({ program: [{ id: 'opening', start: '9:00', end: '9:30', title: 'Opening' }] }), file);
    khal(['import', '--batch', '-a', 'dls', file]);
    expect(day()).toEqual(['09:00 Opening', '11:00 CANCELLED A Talk']);
  });
});

describeWithTool('calcurse imports dls calendars', 'calcurse', works('calcurse', ['--version']), () => {
  it('imports every SC19 item, none skipped, at Denver wall-clock times', () => {
    const { report, lines } = calcurseDay(exportToFile(SC19), 'America/Denver', '2019-11-17');
    expect(report).toMatch(/16 apps \/ 0 events \/ 0 todos \/ 0 skipped/);
    expect(lines).toContain('2019-11-17T09:05 10:00 Keynote: AI for HPC and HPC for AI: Bidirectional Convergence Efforts of HPC and AI on the Fugaku Supercomputer');
    expect(lines).toHaveLength(16);
  });
});
