import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { headingsOf, listItemsOf, tableOf } from './gfm.js';
import { NASTY } from './nasty.js';

/** A folder with workshop.yaml carrying `page`. */
function withPage(page: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-page-'));
  writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ page, important_dates: [{ label: 'Papers due', date: '2019-09-16', was: ['2019-09-01'] }], ...extra }));
  return dir;
}

const STYLE = { clock: '12', separator: 'en-dash', month: 'long', day_first: true, ordinals: false, zone_label: 'header', time_header: 'When', title_header: 'Talk', affiliation: 'italic', keynote: 'bold-prefix', program_heading: '## Schedule ({date}, {window})' };

describe('page: in workshop.yaml sets the page style for every Markdown command', () => {
  it('export markdown writes the program in the page style, with no flags', () => {
    const dir = withPage(STYLE, { program: [{ start: '9:00', end: '10:00', title: 'Big Talk', kind: 'keynote', speakers: [{ name: 'Ada Lovelace', affiliation: 'Analytical Engines' }] }] });
    const md = runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout;
    expect(headingsOf(md)).toEqual(['Schedule (17 November, 9AM–10AM)']);
    expect(tableOf(md)).toEqual([
      ['When (MST)', 'Talk', 'Speaker'],
      ['9:00AM–10:00AM', '**Keynote:** Big Talk', 'Ada Lovelace, *Analytical Engines*'],
    ]);
    expect(listItemsOf(runDls(['export', 'markdown', '--section', 'dates'], { cwd: dir }).stdout)).toEqual(['Papers due: ~~1 September 2019~~ 16 September 2019']);
  });

  it('a flag overrides the page style for one run', () => {
    const dir = withPage(STYLE);
    const md = runDls(['export', 'markdown', '--section', 'program', '--clock', '24', '--separator', '--', '--zone-label', 'none'], { cwd: dir }).stdout;
    expect(tableOf(md)[0]).toEqual(['When', 'Talk', 'Speaker']);
    expect(tableOf(md)[1]![0]).toBe('9:00--9:30');
  });

  it('readme --check compares with the page style, so CI needs no flags', () => {
    const dir = withPage(STYLE);
    writeFileSync(join(dir, 'README.md'), '# W\n\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n');
    expect(runDls(['readme'], { cwd: dir }).code).toBe(0);
    expect(runDls(['readme', '--check'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'README.md is up to date\n' });
    expect(runDls(['readme', '--check', '--clock', '24'], { cwd: dir }).code).toBe(1);
  });

  it('names a bad page key with its line and what is expected', () => {
    const dir = withPage({ clock: '13' });
    const run = runDls(['schedule', 'check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/workshop\.yaml:\d+:\d+ .*`page\.clock` is "?13"?; expected one of seed, 12, 24/);
  });
});

describe('page.keynote: cell names each item\'s kind in a column of its own', () => {
  const program = (title: string) => [
    { start: '9:00', end: '10:00', title, kind: 'keynote', speakers: [{ name: 'Ada Lovelace', affiliation: 'Analytical Engines' }] },
    { start: '10:00', end: '10:30', title: 'Coffee', kind: 'break' },
    { start: '10:30', end: '11:00', title, speakers: [{ name: 'Alan Turing' }] },
  ];

  it('a column before the Title says Keynote on the keynote\'s row and nothing elsewhere; its header is empty by default', () => {
    const dir = withPage({ keynote: 'cell' }, { program: program('Big Talk') });
    expect(tableOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout)).toEqual([
      ['Time', '', 'Title', 'Speaker'],
      ['9:00--10:00', 'Keynote', 'Big Talk', 'Ada Lovelace, Analytical Engines'],
      ['10:00--10:30', '', 'Coffee', ''],
      ['10:30--11:00', '', 'Big Talk', 'Alan Turing'],
    ]);
  });

  it('kind_header and kind_words say it the page\'s way: a Session column, a bold Keynote, Talk and Break rows', () => {
    const dir = withPage({ keynote: 'cell', kind_header: 'Session', kind_words: { keynote: '**Keynote**', talk: 'Talk', break: 'Break' } }, { program: program('Big Talk') });
    expect(tableOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout).map((r) => r[1])).toEqual(['Session', '**Keynote**', 'Break', 'Talk']);
  });

  it.each(NASTY)('keeps four columns in every row for the title %j, with hostile kind words and header', (title) => {
    const dir = withPage({ keynote: 'cell', kind_header: 'Kind | of', kind_words: { keynote: `**${title}**`, talk: title, break: '*a|b*' } }, { program: program(title) });
    const rows = tableOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout);
    expect(rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
    expect(rows[0]![1]).toBe('Kind | of');
    expect(rows[2]![1]).toBe('*a|b*');
  });

  it('a session row keeps its kind cell empty and its title under Title', () => {
    const dir = withPage({ keynote: 'cell' }, { sessions: [{ id: 's1', title: 'Session 1', chairs: [{ name: 'Lena Weber' }] }], program: program('Big Talk').map((i) => ({ ...i, session: 's1' })) });
    expect(tableOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout)[1]).toEqual(['9:00--11:00', '', '**Session 1**', 'Chair: Lena Weber']);
  });
});

describe('page.session_chair and page.session_time print a session row the page\'s way', () => {
  const extra = { sessions: [{ id: 's1', title: 'Session | 1', chairs: [{ name: 'Lena Weber' }, { name: 'Tom Hill' }] }, { id: 's2', title: 'Posters' }], program: [
    { start: '9:00', end: '10:00', title: 'A Talk', session: 's1', speakers: [{ name: 'Ada Lovelace' }] },
    { start: '10:00', end: '11:00', title: 'B Talk', session: 's2', speakers: [{ name: 'Alan Turing' }] },
  ] };

  it('by default: the session\'s window, the bold title, the chairs in the Speaker column', () => {
    const rows = tableOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: withPage({}, extra) }).stdout);
    expect(rows[1]).toEqual(['9:00--10:00', '**Session | 1**', 'Chairs: Lena Weber, Tom Hill']);
  });

  it('session_chair: title and session_time: empty: `| | **Session 1** (Chair: ...) | |`; a session without chairs is its title alone', () => {
    const rows = tableOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: withPage({ session_chair: 'title', session_time: 'empty' }, extra) }).stdout);
    expect(rows[1]).toEqual(['', '**Session | 1** (Chairs: Lena Weber, Tom Hill)', '']);
    expect(rows[3]).toEqual(['', '**Posters**', '']);
  });

  it.each([
    [{ keynote: 'cel' }, /`page\.keynote` is "?cel"?; expected one of title, bold-prefix, cell/],
    [{ kind_words: { keynot: 'K' } }, /unknown key `keynot` in `page\.kind_words`; did you mean `keynote`\?/],
    [{ session_chair: 'speakers' }, /`page\.session_chair` is "?speakers"?; expected one of speaker, title/],
    [{ session_time: 'none' }, /`page\.session_time` is "?none"?; expected one of window, empty/],
  ])('names a bad key %j with its line and column (exit 1)', (page, message) => {
    const run = runDls(['schedule', 'check'], { cwd: withPage(page) });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(new RegExp(`workshop\\.yaml:\\d+:\\d+ .*${message.source}`));
  });
});

describe('page.day_windows keeps a day heading\'s announced hours', () => {
  const program = [
    { start: '9:00', end: '17:00', title: 'Day One' },
    { date: '2019-11-18', start: '9:00', end: '11:00', title: 'Day Two' },
  ];

  it('the day it names shows the window as written; other days their items\' first start to last end', () => {
    const dir = withPage({ clock: '24', separator: '-', day_windows: { '2019-11-18': '9:00-12:00' } }, { end_date: '2019-11-18', program });
    expect(headingsOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout).slice(1)).toEqual(['Sunday, Nov 17th (9:00-17:00)', 'Monday, Nov 18th (9:00-12:00)']);
  });

  it('names a key that is no date with its line and column (exit 1)', () => {
    const run = runDls(['schedule', 'check'], { cwd: withPage({ day_windows: { 'Nov 18': '9:00-12:00' } }) });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/workshop\.yaml:\d+:\d+ .*`Nov 18` in `page\.day_windows` is not valid; expected a date like 2025-11-18/);
  });
});
