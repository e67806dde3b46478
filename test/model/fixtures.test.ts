import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../ics/read-ics.js';
import { runDls, ROOT } from '../helpers/cli.js';
import { headingsOf, listItemsOf, parseGfm, tableOf, visible } from '../markdown/gfm.js';

// Each shape of a real program as a small workshop under test/fixtures/model, with the
// page, calendars and `schedule show` a person reviewed. Read back with independent
// parsers (a GFM parser, ical.js) for what a reader of each output notices.
const DIR = `${ROOT}test/fixtures/model/`;
const FIXTURES = ['program', 'virtual', 'cancelled'] as const;
const EPOCH = { SOURCE_DATE_EPOCH: '1600000000' };
const golden = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');
const dls = (fixture: string, ...args: string[]) => {
  const r = runDls(['-f', `${DIR}${fixture}.yaml`, ...args], { env: EPOCH });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe.each(FIXTURES)('the %s fixture', (name) => {
  it('checks clean, and prints the reviewed page, calendars and day view', () => {
    expect(dls(name, 'schedule', 'check')).toContain('no problems found');
    expect(dls(name, 'export', 'markdown', '--section', 'all')).toBe(golden(`${name}.md`));
    expect(dls(name, 'export', 'ics')).toBe(golden(`${name}.ics`));
    expect(dls(name, 'export', 'ics', '--deadlines')).toBe(golden(`${name}.dates.ics`));
    expect(dls(name, 'schedule', 'show', '--width', '80')).toBe(golden(`${name}.show.txt`));
  });
});

describe('a program with sessions, links, awards, a panel and an off-site dinner', () => {
  const page = golden('program.md');
  const rows = tableOf(page);
  const row = (title: string) => rows.find((r) => r.some((c) => c.includes(title)))!;
  const events = readIcs(golden('program.ics')).events;
  const event = (uid: string) => events.find((e) => e.uid === `${uid}@dls-isc21.dls`)!;

  it('puts the edition in the page title', () => {
    expect(headingsOf(page)[0]).toBe('5th Deep Learning on Supercomputers Workshop at ISC High Performance 2021 (ISC 2021)');
  });

  it('links the title to the slides, then the award and the other links as short labels', () => {
    expect(row('Scaling Transformers')[2]).toBe(
      '[Scaling Transformers on Frontier](https://example.org/slides/scaling.pdf) (**Best Paper**) [[paper]](https://doi.org/10.1000/182) [[video]](https://video.example.org/scaling) [[source]](https://github.com/example/scaling)',
    );
  });

  it('gives each session a heading row with its window and chairs', () => {
    expect(row('Session 1')).toEqual(['9:10--10:10', '', '**Session 1: Scaling**', 'Chair: Ian Foster']);
    expect(row('Session 2')).toEqual(['11:00--12:00', '', '**Session 2: Science**', 'Chairs: Ada Lovelace, Katherine Johnson']);
  });

  it('prints panelists, group speakers as written, and two affiliations joined with &', () => {
    expect(row('The Future')[3]).toBe('Panelists: Ada Lovelace, Analytical Engines; Alan Turing, NPL; Grace Hopper, Navy');
    expect(row('Opening')[3]).toBe('Workshop Chairs');
    expect(row('I/O at Scale')[3]).toBe('Ian Foster, UChicago & ANL');
  });

  it('shows a closing time with no end, and the dinner at its own place', () => {
    expect(row('End of workshop').slice(0, 3)).toEqual(['12:00', 'Hall 3', 'End of workshop']);
    expect(row('Workshop Dinner').slice(0, 2)).toEqual(['19:00--22:00', 'Restaurant Zum Storch, Saalgasse 3']);
  });

  it('prints a month date, a note, and AoE on the one date that is', () => {
    expect(listItemsOf(page)).toEqual([
      'Papers due: Apr 15th, 2021 (AoE)',
      'Acceptance notification: Apr 30th, 2021',
      'Camera ready: May, 2021. The exact day follows the ISC proceedings schedule',
      'Workshop date: Jul 2nd, 2021',
    ]);
  });

  it('lists every link and the session in the calendar, with the award in the title', () => {
    const talk = event('scaling');
    expect(talk.summary).toBe('Scaling Transformers on Frontier (Best Paper)');
    expect(talk.description).toContain('Paper: https://doi.org/10.1000/182\nVideo: https://video.example.org/scaling\nsource: https://github.com/example/scaling');
    expect(talk.description).toContain('Session 1: Scaling (Chair: Ian Foster)');
    expect(talk.categories).toEqual(['Talk', 'Session 1: Scaling']);
    expect(talk.url).toBe('https://dlonsc.github.io/');
  });

  it('puts a remote talk Online, with its own join link, on the page and in the calendar', () => {
    expect(row('I/O at Scale').slice(0, 2)).toEqual(['9:40--10:10', 'Online']);
    expect([event('io').location, event('io').url]).toEqual(['Online', 'https://zoom.example.org/j/42']);
    expect(event('io').description).toContain('Join online: https://zoom.example.org/j/42');
  });

  it('writes the closing time as an event without duration, and the dinner at the restaurant', () => {
    expect(event('end').endMs).toBe(event('end').startMs);
    expect(event('dinner').location).toBe('Restaurant Zum Storch, Saalgasse 3');
  });

  it('names the calendar by the short title', () => {
    expect(readIcs(golden('program.ics')).props['x-wr-calname']).toBe("DLS'21");
    expect(readIcs(golden('program.dates.ics')).events.map((e) => e.summary)[0]).toBe("Papers due: DLS'21");
  });

  it('makes only the AoE deadline end at noon UTC the next day, and the month a month-long all-day event', () => {
    const [papers, acceptance, camera] = readIcs(golden('program.dates.ics')).events;
    expect(new Date(papers!.startMs).toISOString()).toBe('2021-04-16T11:59:00.000Z');
    expect(new Date(acceptance!.startMs).toISOString()).toBe('2021-04-30T21:59:00.000Z');
    expect([camera!.allDay, camera!.startDay, camera!.endDay]).toEqual([true, '2021-05-01', '2021-06-01']);
  });

  it('shows the sessions as rule lines, and the parallel talk as info, not an overlap', () => {
    const show = golden('program.show.txt');
    expect(show).toContain('── Session 1: Scaling · 9:10-10:10 · Chair: Ian Foster ──');
    expect(show).toContain('  info: "After-dinner Talk" (20:00-20:20) runs alongside "Workshop Dinner"\n  (parallel: true)\n');
    expect(show.split('\n').every((line) => [...line].length <= 80)).toBe(true);
    expect(show).toContain('12:00 · End of workshop');
    expect(show).toContain('check: no overlaps');
  });
});

describe('a virtual edition', () => {
  it('says Online on the page and in the calendar, with the join link in URL, DESCRIPTION and CONFERENCE', () => {
    expect(headingsOf(golden('virtual.md'))[1]).toBe('Program (Nov 11th, 10AM--11AM, Online)');
    const ics = golden('virtual.ics');
    const [opening] = readIcs(ics).events;
    expect(opening!.location).toBe('Online');
    expect(opening!.url).toBe('https://zoom.example.org/j/123456');
    expect(opening!.description).toContain('Join online: https://zoom.example.org/j/123456');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const conference = vevent.getFirstProperty('conference')!;
    expect([conference.getFirstValue(), conference.getParameter('feature')]).toEqual(['https://zoom.example.org/j/123456', 'VIDEO']);
  });

  it('keeps the workshop zone: 10:00 in New York is 15:00 UTC in November', () => {
    expect(new Date(readIcs(golden('virtual.ics')).events[0]!.startMs).toISOString()).toBe('2020-11-11T15:00:00.000Z');
  });
});

describe('a cancelled edition', () => {
  it('prints the note at the top of the program, and TBA with its note', () => {
    const tree = parseGfm(golden('cancelled.md'));
    const first = tree.children.findIndex((n) => n.type === 'paragraph');
    expect(visible(tree.children[first]!)).toBe("**Cancelled.** The workshop is cancelled for ISC'20 and will be rescheduled for ISC'21.");
    expect(visible(tree.children[first + 1]!)).toMatch(/^Program/);
    expect(listItemsOf(golden('cancelled.md'))).toContain("Workshop date: TBA. The workshop is cancelled for ISC'20 and will be rescheduled for ISC'21");
  });

  it('marks every calendar event cancelled, and gives the TBA date no event', () => {
    const events = readIcs(golden('cancelled.dates.ics')).events;
    expect(events.map((e) => [e.summary, e.status])).toEqual([
      ['Papers due: Deep Learning on Supercomputers Workshop', 'CANCELLED'],
      ['Camera ready: Deep Learning on Supercomputers Workshop', 'CANCELLED'],
    ]);
  });
});
