import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWorkshop } from '../../src/edit/analyze.js';
import { formatScheduleView } from '../../src/formats/terminal/view.js';
import { displayWidth } from '../../src/formats/terminal/text-width.js';
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

  // Read by eye: the welcome belongs to no session; each rule line comes right before
  // the row where its session's first item starts, under the zone header.
  it('draws each session rule right before the first row of that session', () => {
    const text = createWorkshopYaml({
      sessions: [
        { id: 's1', title: 'Session 1: Scaling', chairs: ['ada'] },
        { id: 's2', title: 'Session 2: Science', chairs: ['alan'] },
      ],
      program: [
        { start: '9:00', end: '9:10', title: 'Welcome', kind: 'other' },
        { start: '9:10', end: '9:40', title: 'Scaling', speakers: ['ada'], session: 's1' },
        { start: '9:40', end: '10:00', title: 'Break', kind: 'break' },
        { start: '10:00', end: '10:30', title: 'Science', speakers: ['alan'], session: 's2' },
      ],
    });
    const lines = view(text).split('\n').slice(2, 11).map((l) => l.replace(/─{3,}$/, '───'));
    expect(lines).toEqual([
      'Sunday 17 November 2019 · room 502',
      '  MST',
      ' 9:00  ▌ Welcome                                                   other 10 min',
      '── Session 1: Scaling · 9:10-9:40 · Chair: Ada Lovelace ───',
      ' 9:10  ▌ Scaling',
      '       ▌ Ada Lovelace · talk 30 min',
      ' 9:40  ┊ Break                                                     break 20 min',
      '── Session 2: Science · 10:00-10:30 · Chair: Alan Turing ───',
      '10:00  ▌ Science',
    ]);
  });

  // Rooms one after another (too narrow for side by side): a rule goes with its session's room.
  it('puts a session rule in the room of its items when rooms are drawn one after another', () => {
    const text = createWorkshopYaml({
      sessions: [{ id: 's1', title: 'Session 1', chairs: ['ada'] }],
      program: [
        { start: '9:00', end: '9:30', title: 'In A', speakers: ['ada'], track: 'A', room: 'A', session: 's1' },
        { start: '9:00', end: '9:30', title: 'In B', speakers: ['alan'], track: 'B', room: 'B' },
      ],
    });
    const lines = view(text, 40).split('\n');
    const rule = lines.findIndex((l) => l.startsWith('── Session 1'));
    expect(lines.slice(rule - 1, rule + 2).map((l) => l.trimEnd())).toEqual(['  MST  track A · room A', lines[rule], ' 9:00  ▌ In A']);
    expect(lines.filter((l) => l.startsWith('── Session 1'))).toHaveLength(1);
  });

  it('fits every line of the SC19 program into 80 columns, with and without a second zone', () => {
    for (const zone of [undefined, 'Asia/Tokyo']) {
      const lines = view(readFileSync(new URL('../../workshop.yaml', import.meta.url), 'utf8'), 80, zone).split('\n');
      expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
      expect(lines.filter((l) => /^\s*\d+:\d\d(\s|$)/.test(l)), 'a time for each of 16 items, and the end').toHaveLength(17);
    }
  });

  // Read by eye: tracks A and B (rooms A and B) share one time axis; B's two talks overlap
  // 9:40-9:45, so the later one gets a second lane and the one that runs over says so; Coffee is a break (┊); the 9:00-9:15
  // opening is one row, where the speaker wins over the kind and length (the time column
  // still gives the length); the 45-minute talk spans four rows. The overlapping talk
  // gives its speaker a row of its own, then the mark and its length.
  it('draws two rooms side by side on one time axis, the overlap in a lane of its own', () => {
    expect(view(fixture('two-rooms.yaml'), 100)).toMatchInlineSnapshot(`
      "Two Rooms Workshop

      Sunday 17 November 2019
        MST  track A · room A               track B · room B
       9:00  ▌ Opening · Ada Lovelace
       9:15  ▌ Analytical engines and the   ▌ Compilers for everyone
             ▌ first program                ▌ Grace Hopper
       9:40  ▌                              ▌ ! overlaps · talk 30 min    ▌ Debugging a moth
       9:45  ▌ Ada Lovelace · talk 45 min                                 ▌ Grace Hopper · talk 20 min
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
    expect(wide).toMatch(/^ {2}MST {2}track A · room A {15,}track B · room B/m);
    const narrow = view(fixture('two-rooms.yaml'), 60);
    expect(narrow).toMatch(/MST {2}track A · room A\n[\s\S]*MST {2}track B · room B\n/);
    expect(Math.max(...narrow.split('\n').map(displayWidth))).toBeLessThanOrEqual(60);
  });

  it('marks the overlapping item in words, so it shows without colour too', () => {
    expect(view(fixture('two-rooms.yaml'), 110)).toMatch(/▌ Compilers for everyone[\s\S]*! overlaps · talk 30 min +▌ Debugging a moth/);
    expect(view(fixture('two-rooms.yaml'), 110)).toContain('check: 1 overlap, 1 other finding; `dls schedule check` explains each');
    expect(view(fixture('two-rooms.yaml'), 60)).toContain('check: 1 overlap, 1 other finding\n`dls schedule check` explains each');
  });
});

describe('dls schedule show on a daylight-saving day', () => {
  const day = (date: string, program: unknown[]) => createWorkshopYaml({ date, program });

  // Read by eye: in Denver the clocks jump from 2:00 MST to 3:00 MDT, so 1:00-3:00 is
  // one hour (four rows, not eight), and the zone is named where it changes.
  it('measures 1:00-3:00 on the spring-forward day as 60 minutes, and labels MST then MDT', () => {
    const spring = day('2019-03-10', [
      { id: 'night', start: '1:00', end: '3:00', title: 'Night shift', speakers: ['ada'] },
      { id: 'after', start: '3:00', end: '3:30', title: 'After the change', speakers: ['alan'] },
    ]);
    expect(view(spring, 80, 'Europe/Berlin')).toMatchInlineSnapshot(`
      "Test Workshop

      Sunday 10 March 2019 · room 502
            MST      CET
       1:00         9:00  ▌ Night shift
                          ▌
                          ▌
                          ▌ Ada Lovelace · talk 60 min
       3:00 MDT    10:00  ▌ After the change
                          ▌ Alan Turing · talk 30 min
       3:30        10:30

      check: no overlaps, gaps or other findings
      "
    `);
  });

  // Read by eye: 1:00-2:00 happens twice on the fall-back day, so 0:30 MDT to 2:30 MST is three hours.
  it('measures 0:30-2:30 on the fall-back day as 180 minutes, and labels MDT then MST', () => {
    const out = view(day('2019-11-03', [{ id: 'night', start: '0:30', end: '2:30', title: 'Night shift', speakers: ['ada'] }]));
    expect(out).toContain('Ada Lovelace · talk 180 min');
    expect(out).toMatch(/^ {6}MDT\n 0:30 {6}▌ Night shift\n/m);
    expect(out).toMatch(/^ 2:30 MST$/m);
    expect(out.split('\n').filter((l) => l.includes('▌'))).toHaveLength(12);
  });

  it('marks a time the clocks skip or repeat on the item, in words, as check reports it', () => {
    const skipped = view(day('2019-03-10', [{ id: 'a', start: '1:30', end: '2:30', title: 'Into the gap', speakers: ['ada'] }]));
    expect(skipped).toContain('▌ ! 2:30 does not exist · Ada Lovelace · talk 60 min');
    const twice = view(day('2019-11-03', [{ id: 'a', start: '1:30', end: '2:30', title: 'Twice', speakers: ['ada'] }]));
    expect(twice).toContain('▌ ! 1:30 happens twice · Ada Lovelace · talk 120 min');
    expect(twice).toContain('check: 1 other finding');
  });

  it('keeps one zone label in the header on an ordinary day', () => {
    expect(view(GAPPY)).toMatch(/^ {2}MST\n 9:00 {2}▌/m);
  });
});

describe('dls schedule show never drops a speaker', () => {
  const sc19 = readFileSync(new URL('../../workshop.yaml', import.meta.url), 'utf8');

  it('keeps "Zhao Zhang" at 80 columns by cutting the title, and "Ian T. Foster" at 40', () => {
    expect(view(sc19, 80)).toContain('12:10  ▌ Aggregating Local Storage for Scalable Deep… · Zhao Zhang  talk 20 min\n');
    expect(view(sc19, 40)).toContain(' 9:00  ▌ Opening · Ian T. Foster  5 min\n');
  });

  // Read by eye at 40 columns: the keynote's speaker gets a row of their own, the kind the last row.
  it('gives the speakers a row of their own when who, kind and length do not fit on one', () => {
    expect(view(sc19, 40)).toContain(' 9:05  ▌ Keynote: AI for HPC and HPC\n       ▌ for AI: Bidirectional Converg…\n       ▌ Satoshi Matsuoka\n       ▌ keynote 55 min\n');
  });

  it.each([40, 50, 60, 80, 100, 160])('shows every speaker of the SC19 program in full at %i columns, with and without a second zone', (width) => {
    const { workshop } = analyzeWorkshop(sc19, 'workshop.yaml');
    for (const zone of [undefined, 'Asia/Tokyo']) {
      const out = view(sc19, width, zone);
      for (const name of workshop!.program.flatMap((i) => i.speakers.map((p) => p.name))) expect(out, `${name} at ${width}`).toContain(name);
      expect(Math.max(...out.split('\n').map(displayWidth))).toBeLessThanOrEqual(width);
    }
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

// Widths as a terminal draws them (Unicode East Asian Width and emoji presentation):
// the oracle is this table, not the code under test.
const PROBES: [string, number][] = [
  ['a', 1], ['é', 1], ['e\u0301', 1], ['中', 2], ['ｱ', 1], ['한', 2], ['☕', 2], ['✅', 2], ['🚀', 2], ['👍🏽', 2],
  ['👩\u200d💻', 2], ['👨\u200d👩\u200d👧\u200d👦', 2], ['🏳️\u200d🌈', 2], ['🇩🇪', 2], ['\u00ad', 0], ['\u200b', 0], ['❤️', 2], ['❤', 1],
  ['©', 1], ['→', 1], ['…', 1], ['Ω', 1], ['𝄞', 1], ['０', 2], ['🧑🏿\u200d🔬', 2], ['1️⃣', 2], ['日本語', 6], ['Ｗ', 2],
];

describe('dls schedule show with emoji, CJK and invisible characters in titles', () => {
  it.each([60, 100])('keeps the next room in its column after each of 28 titles at %i columns', (width) => {
    const program = PROBES.flatMap(([probe], i) => {
      const start = `${8 + Math.floor(i / 2)}:${i % 2 ? '30' : '00'}`;
      const end = `${8 + Math.floor((i + 1) / 2)}:${i % 2 ? '00' : '30'}`;
      return [
        { id: `probe${i}`, start, end, title: `x${probe}y`, room: 'A', speakers: ['ada'] },
        { id: `right${i}`, start, end, title: `Right${i}`, room: 'B', speakers: ['ada'] },
      ];
    });
    const r = runDls(['-f', '-', 'schedule', 'show', '--width', String(width)], { input: createWorkshopYaml({ program }) });
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    PROBES.forEach(([probe, cells], i) => {
      const at = lines.findIndex((l) => l.includes(`▌ Right${i}`) && l.includes(`x${probe}y`));
      expect(at, `a row with x${probe}y`).toBeGreaterThan(0);
      const drawn = lines[at]!.replace(`x${probe}y`, `x${'#'.repeat(cells)}y`);
      expect(drawn.indexOf(`▌ Right${i}`), `${JSON.stringify(probe)} takes ${cells} cells`).toBe(lines[at + 1]!.lastIndexOf('▌'));
    });
  });
});

describe('dls schedule show, many items at once', () => {
  it('names the first three items a parallel one runs alongside and counts the rest', () => {
    const posters = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, start: '12:00', end: '13:00', title: `Poster ${i}`, parallel: true }));
    const out = view(createWorkshopYaml({ program: [{ id: 'talk', start: '11:30', end: '12:30', title: 'A Talk', speakers: ['ada'] }, ...posters] }), 200);
    expect(out).toContain('info: "Poster 0" (12:00-13:00) runs alongside "A Talk", "Poster 1", "Poster 2" and 3 more (parallel: true)');
    expect(out).toContain('info: "Poster 5" (12:00-13:00) runs alongside "A Talk", "Poster 0", "Poster 1" and 3 more (parallel: true)');
  });
});
