import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWorkshop } from '../../src/edit/analyze.js';
import { formatScheduleView } from '../../src/writers/schedule-view.js';
import { displayWidth } from '../../src/writers/text-width.js';
import { runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/edit/${name}`, import.meta.url), 'utf8');
const view = (text: string, width = 80, secondZone?: string) => {
  const { workshop, diagnostics } = analyzeWorkshop(text, 'workshop.yaml');
  return formatScheduleView(workshop!, diagnostics, { width, secondZone });
};

const GAPPY = createWorkshopYaml({
  program: [
    { id: 'opening', start: '9:00', end: '9:30', title: 'Opening', kind: 'opening', speakers: ['ada'] },
    { id: 'talk', start: '9:30', end: '10:00', title: 'A Talk', speakers: ['alan'] },
    { id: 'late', start: '10:30', end: '11:00', title: 'After a gap', speakers: ['ada'] },
  ],
});

describe('dls schedule show', () => {
  // Read by eye: 30-minute items take two rows, the 30-minute hole is marked as the
  // gap check reports, Denver 9:00 MST is 17:00 in Berlin (CET, UTC+1).
  it('draws a day with a time column, a second zone, lengths to scale and the reported gap', () => {
    expect(view(GAPPY, 80, 'Europe/Berlin')).toMatchInlineSnapshot(`
      "Test Workshop

      Sunday 17 November 2019 · room 502
        MST      CET
       9:00    17:00  ▌ Opening
                      ▌ Ada Lovelace · opening 30 min
       9:30    17:30  ▌ A Talk
                      ▌ Alan Turing · talk 30 min
      10:00    18:00  ┆ gap: 30 min with no item
                      ┆
      10:30    18:30  ▌ After a gap
                      ▌ Ada Lovelace · talk 30 min
      11:00    19:00

      check: 1 gap; \`dls schedule check\` explains each
      "
    `);
  });

  it('fits every line of the SC19 program into 80 columns, with and without a second zone', () => {
    for (const zone of [undefined, 'Asia/Tokyo']) {
      const lines = view(readFileSync(new URL('../../workshop.yaml', import.meta.url), 'utf8'), 80, zone).split('\n');
      expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
      expect(lines.filter((l) => /^\s*\d+:\d\d(\s|$)/.test(l)), 'a time for each of 16 items, and the end').toHaveLength(17);
    }
  });

  // Read by eye: rooms A and B share one time axis; B's two talks overlap 9:40-9:45, so
  // the later one gets a second lane and says so; Coffee is a break (┊); the 9:00-9:15
  // opening is one row with its length, the 45-minute talk spans four rows.
  it('draws two rooms side by side on one time axis, the overlap in a lane of its own', () => {
    expect(view(fixture('two-rooms.yaml'), 100)).toMatchInlineSnapshot(`
      "Two Rooms Workshop

      Sunday 17 November 2019
        MST  room A                         room B
       9:00  ▌ Opening      opening 15 min
       9:15  ▌ Analytical engines and the   ▌ Compilers for everyone
             ▌ first program                ▌
       9:40  ▌                              ▌ Grace Hopper · talk 30 min  ▌ Debugging a moth
       9:45  ▌ Ada Lovelace · talk 45 min                                 ▌ ! overlaps · Grace Hopper …
      10:00  ┊ Coffee
             ┊ break 30 min
      10:30  ▌ On computable numbers
             ▌ Alan Turing · talk 30 min
      11:00

      check: 1 overlap, 1 other finding; \`dls schedule check\` explains each
      "
    `);
  });

  it('puts rooms side by side when they fit, one after another when they do not', () => {
    const wide = view(fixture('two-rooms.yaml'), 110);
    expect(wide).toMatch(/^ {2}MST {2}room A {25,}room B/m);
    const narrow = view(fixture('two-rooms.yaml'), 60);
    expect(narrow).toMatch(/MST {2}room A\n[\s\S]*MST {2}room B\n/);
    expect(Math.max(...narrow.split('\n').map(displayWidth))).toBeLessThanOrEqual(60);
  });

  it('marks the overlapping item in words, so it shows without colour too', () => {
    expect(view(fixture('two-rooms.yaml'), 110)).toMatch(/▌ Debugging a moth[\s\S]*! overlaps · Grace Hopper/);
    expect(view(fixture('two-rooms.yaml'), 110)).toContain('check: 1 overlap, 1 other finding; `dls schedule check` explains each');
    expect(view(fixture('two-rooms.yaml'), 60)).toContain('check: 1 overlap, 1 other finding\n`dls schedule check` explains each');
  });
});

describe('dls schedule show in a terminal and in a pipe', () => {
  const args = ['-f', 'test/fixtures/edit/two-rooms.yaml', 'schedule', 'show'];
  it('is plain text when piped, and under NO_COLOR even when colour is forced by the terminal', () => {
    expect(runDls(args).stdout).not.toContain('\u001b[');
    expect(runDls(args, { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('paints kinds, breaks and overlaps when colour is on', () => {
    const out = runDls(args, { env: { FORCE_COLOR: '1' } }).stdout;
    expect(out).toContain('\u001b[35m'.replace('35', '36')); // talks in cyan
    expect(out).toContain('\u001b[2m┊'); // breaks dimmed
    expect(out).toContain('\u001b[31m▌'); // the overlapping item in red
  });

  it('rejects an unknown --tz with a did-you-mean, exit 2', () => {
    const r = runDls([...args, '--tz', 'Europe/Berln']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('did you mean Europe/Berlin?')]);
  });
});
