import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { tablesOf } from '../markdown/gfm.js';
import { readIcs } from '../ics/read-ics.js';

/** Copies a page of test/fixtures/import into a fresh folder as README.md. */
function pageDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
  copyFileSync(join(ROOT, 'test/fixtures/import', name), join(dir, 'README.md'));
  return dir;
}

const report = (stdout: string) => stdout.slice(stdout.indexOf('fidelity'), stdout.search(/^(README\.md was left|marked |not marked)/m));

// Each report was read against its page: every line it names really differs, and why is in the comment.
const REPORTS: [string, string][] = [
  [
    // 12-hour times with an en dash, "June 13th", zone in the Time header, italic affiliations, **Keynote:**, a sign-up sentence of its own.
    'twelve-hour-italic.md',
    `fidelity (lines dls readme regenerates as the page has them):
  signup    1/1 (100%)
  program   9/9 (100%); 1 differ in spacing only
  dates     3/3 (100%)
  committee 3/3 (100%)
`,
  ],
  [
    // 24-hour times with "-", day-first dates without ordinals, two days, a session row with its chair in the title cell and no time
    // (page.session_chair: title, session_time: empty), day 2 announcing 9:00-12:00 over talks to 11:00 (page.day_windows), a TBA row, nested topics.
    // Only the TBA row differs: it has no time to place it by.
    'multi-day-24h.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   16/17 (94.1%); 5 differ in spacing only
  topics    5/5 (100%)
  dates     2/2 (100%)
  line 25: program row 10: page "| TBA | Closing | Lena Weber, CSCS |" vs generated ""
`,
  ],
  [
    // A heading that announces 9AM--6PM EST while the items end at 5:30: kept as written; the room as plain text.
    'announced-window.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   9/9 (100%); 2 differ in spacing only
`,
  ],
  [
    // A kind column `| Time | | Title | Speaker |` marking keynotes **Keynote** (page.keynote: cell), 12-hour times with "-", "October 12th, 2026"
    // day headings, a title with an escaped pipe, a session row with two chairs in the title cell and no time.
    'keynote-column.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   16/16 (100%); 9 differ in spacing only
  dates     2/2 (100%)
`,
  ],
  [
    // A "Session" column naming every row's kind (Opening, Keynote, Break, Talk, Panel, Closing), Time (JST) in the header, en-dash
    // 12-hour times, "21 January 2027", a timed session row whose window (to 3:30PM) outlasts its talks (to 3:20PM), a panel printed plain.
    'session-column.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   16/16 (100%); 2 differ in spacing only
  dates     2/2 (100%)
`,
  ],
  [
    // No program yet: dates and committee only.
    'no-program.md',
    `fidelity (lines dls readme regenerates as the page has them):
  dates     2/2 (100%)
  committee 2/2 (100%)
`,
  ],
  [
    // The programme heading names no day: its rows fall on the Workshop date of the dates list, whose "9th September 2025" gives the long, day-first style.
    'long-months-undated.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   7/7 (100%); 1 differ in spacing only
  dates     3/3 (100%)
`,
  ],
  [
    // Committee affiliations in italics, previous editions as a bulleted list with a relative link, en-dash 12-hour times, nested topics; the years of the previous editions are not this edition's (ISC25 is).
    'italic-committee.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   7/7 (100%); 1 differ in spacing only
  topics    4/4 (100%)
  committee 3/3 (100%)
  previous  2/2 (100%)
`,
  ],
  [
    // Previous editions in one sentence ("Earlier editions: {links}."); a committee line without italics on an italic page names a country.
    'previous-sentence.md',
    `fidelity (lines dls readme regenerates as the page has them):
  dates     2/2 (100%)
  committee 3/3 (100%)
  previous  1/1 (100%)
`,
  ],
  [
    // Start-only 12-hour times over two days (page.times: start); each day's last item ends with its heading's window; the span and windows take the page's en dash.
    'start-only-times.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   13/13 (100%); 1 differ in spacing only
  dates     2/2 (100%)
`,
  ],
  [
    // "Program (November 16-17, 2025)": a span of days with its month named once and the year (page.date_span: compact, {date}, {year}); 12-hour "-" windows in the day headings.
    'span-heading.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   13/13 (100%); 1 differ in spacing only
  dates     2/2 (100%)
`,
  ],
  [
    // No city, no zone label in the table: the zone comes from "> All times are in Central European Time (CET/CEST)." under the heading, which stays there (page.program_intro); day-first dates, en-dash 24-hour times, a relative slides link.
    'zone-in-quote.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   8/8 (100%); 1 differ in spacing only
  dates     2/2 (100%)
`,
  ],
  [
    // The conference is the link after "Held in conjunction with"; the room a "Room: [Hall Z](map)" line under the heading ({room} in page.program_intro); the zone only in "All times CEST." after the table; "{weekday}, {date}" in a one-day heading.
    'prose-room.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   7/7 (100%)
  committee 2/2 (100%)
`,
  ],
  [
    // `(AoE)` after two of the dates: those two are `aoe: true`, the others in the workshop's zone; "Abstracts are due ..., AoE" names no deadline import can place (a note).
    'aoe-per-date.md',
    `fidelity (lines dls readme regenerates as the page has them):
  dates     4/4 (100%)
`,
  ],
  [
    // dls's own "All deadlines are Anywhere on Earth (AoE, UTC-12)." after the list: deadline_timezone: AoE, and the line is part of the dates section.
    'aoe-all.md',
    `fidelity (lines dls readme regenerates as the page has them):
  dates     3/3 (100%)
`,
  ],
  [
    // "Deadlines are *AoE*." after the list says it in its own words: deadline_timezone: AoE and page.aoe_line keeps the sentence as written.
    'aoe-own-words.md',
    `fidelity (lines dls readme regenerates as the page has them):
  dates     4/4 (100%)
`,
  ],
  [
    // "(Anywhere on Earth)" after two of the dates: those two are aoe: true, and page.aoe_mark keeps the page's words instead of "(AoE)".
    'aoe-mark-own-words.md',
    `fidelity (lines dls readme regenerates as the page has them):
  dates     4/4 (100%)
`,
  ],
  [
    // The committee as a table `| Name | Affiliation | Country | Role |` (read by header text, kept as `page.committee: table` with its column order;
    // the `|------|` delimiter row differs in spacing only); a row without a name and a Topics section holding only a sentence are notes, not dropped.
    'committee-table.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   6/6 (100%)
  committee 4/5 (80%); 2 differ in spacing only
  line 23: committee row 3: page "| | Vacant | | Publicity Chair |" vs generated ""
`,
  ],
  [
    // A timed session row (9:30AM-10:30AM, chair in the speaker cell) followed, after its talks, by a panel and a closing outside its window:
    // those end the session instead of joining it (they made `dls schedule check` fail with item-within-session).
    'session-window.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   9/9 (100%)
`,
  ],
  [
    // No dates list and a program heading without a day: the style comes from the day headings "Monday 17 November 2025" (month: long, day_first, ordinals: false).
    'day-first-headings.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   11/11 (100%)
`,
  ],
  [
    // "9:00 AM - 9:15 AM": a space before AM/PM and a spaced hyphen (page.meridiem: spaced, separator: spaced-hyphen), the heading's window
    // "9 AM - 12:30 PM" in the same style; "~~March 1~~ March 15, 2026", a struck-through date without its year (page.was_year: omit).
    'spaced-meridiem.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   8/8 (100%); 1 differ in spacing only
  dates     3/3 (100%)
`,
  ],
  [
    // "9:00am–9:10am": lower-case am/pm with an en dash (page.meridiem: lower), the heading's "9am–12pm"; two extensions "~~Jul 10~~ ~~Jul 24~~ Aug 1, 2026".
    'lower-meridiem.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   8/8 (100%); 1 differ in spacing only
  dates     3/3 (100%)
`,
  ],
  [
    // Zero-padded 24-hour times "09:00-09:15" in the cells and the day headings' windows (page.pad_hours: true), two numbered days.
    'padded-24h.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   14/14 (100%); 1 differ in spacing only
  dates     2/2 (100%)
`,
  ],
  [
    // Links after titles (`[[slides](...)]`, `([slides](...))`, `— [paper](...), [video](...)`), two people of one institution each with
    // *RIKEN*, a chair with an affiliation, a TBA speaker, group speakers, a `<br>` in a title. The data is all in workshop.yaml
    // (title-cells.test.ts, people-cells.test.ts). The first row's `[[slides](...)]` sets page.title_links: bracket, and the chair's
    // *CSCS* page.chair_affiliation, so they match; the others differ because the page mixes three link styles and dls writes one,
    // one affiliation for two people, no TBA, no `<br>` or code span.
    'title-links.md',
    `fidelity (lines dls readme regenerates as the page has them):
  program   6/9 (66.6%); 1 differ in spacing only
  dates     2/2 (100%)
  line 17: program row 4: page "| 10:00 AM – 10:30 AM | Message Passing on Unstructured Meshes ([slides](slides/day1-mesh.pdf)) | Aiko Tanaka, *RIKEN* & Kenji Sato, *RIKEN* |" vs generated "| 10:00 AM – 10:30 AM | Message Passing on Unstructured Meshes [[slides](slides/day1-mesh.pdf)] | Aiko Tanaka & Kenji Sato, *RIKEN* |"
  line 18: program row 5: page "| 10:30 AM – 11:00 AM | \`torch.compile\` at Scale — [paper](https://doi.org/10.1000/xyz), [video](https://youtu.be/abc) | TBA |" vs generated "| 10:30 AM – 11:00 AM | torch.compile at Scale [[paper](https://doi.org/10.1000/xyz)] [[video](https://youtu.be/abc)] |  |"
  line 19: program row 6: page "| 11:00 AM – 11:30 AM | FP8 Training on LUMI<br>(extended abstract) | Organizers |" vs generated "| 11:00 AM – 11:30 AM | FP8 Training on LUMI (extended abstract) | Organizers |"
`,
  ],
];

describe('dls import on pages in other styles', () => {
  it.each(REPORTS)('%s: the fidelity report; --yes marks only the sections dls regenerates line for line, so readme --check passes', (name, expected) => {
    const dir = pageDir(name);
    const before = readFileSync(join(dir, 'README.md'), 'utf8');
    const run = runDls(['import', 'README.md', '--yes'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(report(run.stdout)).toBe(expected);
    copyFileSync(join(ROOT, 'workshop.schema.json'), join(dir, 'workshop.schema.json'));
    expect(runDls(['schedule', 'check'], { cwd: dir }).code).toBe(0);
    const differing = [...expected.matchAll(/^ {2}line \d+: (\w+) /gm)].map((m) => m[1]!);
    const page = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const section of new Set(differing)) expect(page).not.toContain(`<!-- dls:${section}:start -->`);
    if (differing.length > 0) expect(run.stdout).toMatch(/^not marked, since `dls readme` would rewrite lines the page has: /m);
    expect(runDls(['readme', '--check'], { cwd: dir }).code).toBe(0);
    expect(runDls(['readme'], { cwd: dir }).code).toBe(0);
    // Every line of the page is still there after a regeneration (spacing aside).
    const squash = (t: string) => t.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '' && !l.startsWith('<!--'));
    const after = new Set(squash(readFileSync(join(dir, 'README.md'), 'utf8')));
    expect(squash(before).filter((l) => !after.has(l))).toEqual([]);
  });

  it('keeps what it could not place as comments in workshop.yaml, with the page line', () => {
    const dir = pageDir('multi-day-24h.md');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.stdout).toContain('README.md:line 25: could not read a time in `TBA`\n');
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('#   line 25: could not read a time in `TBA`\n#     | TBA | Closing | Lena Weber, CSCS |\n');
    expect(yaml).toContain('  day_heading: "### {weekday}, {date} {year}, {window}"\n');
  });

  it('says what it looked for and writes nothing for a page without program or dates (exit 1)', () => {
    const dir = pageDir('nothing.md');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('found no program and no important dates: looked for a heading with Program, Schedule or Agenda');
    expect(existsSync(join(dir, 'workshop.yaml'))).toBe(false);
  });

  it('asks for the zone, or without a terminal exits 2 naming --timezone; the flag answers it', () => {
    const dir = pageDir('no-zone.md');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass --timezone');
    expect(existsSync(join(dir, 'workshop.yaml'))).toBe(false);
    const given = runDls(['import', 'README.md', '--timezone', 'Europe/London'], { cwd: dir });
    expect(given.code).toBe(0);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('timezone: Europe/London\n');
  });

  it('refuses binary and non-UTF-8 pages with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    copyFileSync(join(ROOT, 'test/fixtures/garbage.bin'), join(dir, 'page.bin'));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9 Workshop\n', 'latin1'));
    const binary = runDls(['import', 'page.bin'], { cwd: dir });
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/page\.bin is (a binary file|not UTF-8 text)/);
    const latin = runDls(['import', 'latin1.md'], { cwd: dir });
    expect(latin.code).toBe(1);
    expect(latin.stderr).toContain('latin1.md is not UTF-8: it looks like Latin-1 (ISO-8859-1) text');
    expect(existsSync(join(dir, 'workshop.yaml'))).toBe(false);
  });
});

describe('dls import reads session heading rows and nested topics', () => {
  it('a bold row with a chair becomes a session; the talks under it (up to a break) name it; the chair is a person', () => {
    const dir = pageDir('session-rows.md');
    const r = runDls(['import', 'README.md', '--timezone', 'Europe/Berlin'], { cwd: dir });
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('  - { id: session-1-scaling, title: "Session 1: Scaling", chairs: [weber] }');
    expect(yaml).toMatch(/id: a-talk, .*session: session-1-scaling/);
    expect(yaml).toMatch(/id: b-talk, .*session: session-1-scaling/);
    expect(yaml).not.toMatch(/id: coffee-break, .*session:/);
    expect(yaml).not.toMatch(/id: c-talk, .*session:/);
    expect(runDls(['schedule', 'check'], { cwd: dir }).code).toBe(0);
  });
});

describe('dls import of a kind column and of session rows', () => {
  it('keeps the kind column: Keynote rows marked, every row four cells wide (a title with `|` too), as a GFM parser reads the regenerated page', () => {
    const dir = pageDir('keynote-column.md');
    expect(runDls(['import', 'README.md', '--yes'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('  keynote: cell\n  kind_words: { keynote: "**Keynote**" }\n');
    const [day1, day2] = tablesOf(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout);
    expect([...day1!, ...day2!].map((r) => r.length)).toEqual(Array(11).fill(4));
    expect(day1![2]).toEqual(['9:15AM-10:15AM', '**Keynote**', 'Software that Outlives its Grant', 'Dan Katz, University of Illinois']);
    expect(day1![4]![2]).toBe('Packaging for Pipes | and Filters');
    expect(day2![1]).toEqual(['', '', '**Funding and Careers** (Chairs: Maria Rossi, Tom Hill)', '']);
  });

  it('reads the Session column\'s words as item kinds and keeps a session row\'s own window', () => {
    const dir = pageDir('session-column.md');
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('  kind_header: Session\n');
    expect(yaml).toContain('  - { id: performance-tools, title: Performance Tools, end: "15:30", chairs: [sato] }');
    expect(yaml).toMatch(/id: tea, .*kind: break/);
    expect(yaml).toMatch(/id: what-should-tools-vendors, .*kind: panel/);
  });
});

describe('dls import on the shapes a first trial tripped over', () => {
  it('a contact footer after the previous editions is no previous edition; a role after the country is a role', () => {
    const dir = pageDir('footer-roles.md');
    const run = runDls(['import', 'README.md', '--timezone', 'Europe/Berlin'], { cwd: dir });
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).not.toContain('mailto:');
    expect(yaml).toMatch(/person: schmidt.*role: General Chair/);
    expect(yaml).toMatch(/schmidt: \{ name: Anna Schmidt, affiliation: TU Berlin, country: Germany \}/);
  });

  it('the README\'s two steps work: import shows the plan, import --yes again marks the page without --force', () => {
    const dir = pageDir('footer-roles.md');
    expect(runDls(['import', 'README.md', '--timezone', 'Europe/Berlin'], { cwd: dir }).code).toBe(0);
    const again = runDls(['import', 'README.md', '--timezone', 'Europe/Berlin', '--yes'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('<!-- dls:program:start -->');
    writeFileSync(join(dir, 'workshop.yaml'), `${readFileSync(join(dir, 'workshop.yaml'), 'utf8')}# my edit\n`);
    expect(runDls(['import', 'README.md', '--timezone', 'Europe/Berlin'], { cwd: dir })).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists; not overwriting it') });
  });
});

describe('start-only times', () => {
  it('each item ends when the next starts; the import output says where each day\'s last item ends and why', () => {
    const dir = pageDir('start-only-times.md');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.stdout).toContain("README.md:line 14: start-only times: each item ends when the next starts; the last one, `Containers for Artifact Evaluation`, ends at 12:00 (the end of the heading's window)");
    expect(run.stdout).toContain("README.md:line 21: start-only times: each item ends when the next starts; the last one, `Closing`, ends at 15:00 (the end of the heading's window)");
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('  times: start\n');
    expect(yaml).toMatch(/id: keynote-benchmarks-that-age, start: "9:05", end: "10:00"/);
    expect(yaml).toMatch(/id: closing, date: 2025-11-17, start: "14:30", end: "15:00"/);
  });
});

describe('a span of days in the program heading', () => {
  it('"November 16-17, 2025" becomes {date}, {year} with date_span: compact, so a later year follows the dates', () => {
    const dir = pageDir('span-heading.md');
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('  date_span: compact\n');
    expect(yaml).toContain('  program_heading: "## Program ({date}, {year})"\n');
    writeFileSync(join(dir, 'workshop.yaml'), yaml.replace(/2025-11-16/g, '2026-11-16').replace(/2025-11-17/g, '2026-11-17'));
    expect(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout).toContain('## Program (November 16-17, 2026)\n');
  });
});

describe('conference and room from prose', () => {
  it('a linked conference after "in conjunction with", a room after "Room:" or in the heading: data, and {room} in the templates', () => {
    const dir = pageDir('prose-room.md');
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('conference: { name: ISC High Performance 2025, url: "https://isc-hpc.com/" }\ntimezone: Europe/Berlin\n');
    expect(yaml).toContain('room: Hall Z\nroom_url: "https://isc-hpc.com/map#hall-z"\n');
    expect(yaml).toContain('  program_intro: "Room: {room}"\n');
    const announced = pageDir('announced-window.md');
    expect(runDls(['import', 'README.md'], { cwd: announced }).code).toBe(0);
    const other = readFileSync(join(announced, 'workshop.yaml'), 'utf8');
    expect(other).toContain('room: Room B302\n');
    expect(other).toContain('  program_heading: "### Program ({date}, {year}, 9AM--6PM EST, {room})"\n');
  });
});

describe('numbered day headings', () => {
  it('"### Day 1: ..." becomes a {day} placeholder, so the second day is still Day 2', () => {
    const dir = pageDir('numbered-days.md');
    expect(runDls(['import', 'README.md', '--timezone', 'Europe/Berlin'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('day_heading: "### Day {day}: {weekday}, {date}, {year}"');
    const page = runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout;
    expect(page).toContain('### Day 1: Wednesday, July 14th, 2021');
    expect(page).toContain('### Day 2: Thursday, July 15th, 2021');
  });
});

describe('a committee written as a table', () => {
  it('reads its columns by header text; a nameless row and an unreadable recognised section are listed as not imported', () => {
    const dir = pageDir('committee-table.md');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.stdout).toContain('README.md:line 7: the section `Topics` was not imported: expected a list of topics\n');
    expect(run.stdout).toContain('README.md:line 23: a committee row without a name was not imported\n');
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('  - { person: costa, role: General Chair }\n  - { person: lind }\n');
    expect(yaml).toMatch(/costa: \{ name: Rui Costa, affiliation: INESC TEC, country: Portugal \}/);
    expect(yaml).toContain('#     Topics will be posted with the call for papers.\n');
    expect(yaml).toContain('  committee: table\n  committee_columns: [name, affiliation, country, role]\n');
  });
});

describe('rows after a session\'s announced window', () => {
  it('end the session: the written workshop.yaml passes `dls schedule check`, and import reports no problem the page does not have', () => {
    const dir = pageDir('session-window.md');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('problem');
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toMatch(/id: object-stores-for-hpc, .*session: session-1-storage-systems/);
    expect(yaml).not.toMatch(/id: panel-what-comes-after, .*session:/);
    expect(yaml).not.toMatch(/id: closing, .*session:/);
    copyFileSync(join(ROOT, 'workshop.schema.json'), join(dir, 'workshop.schema.json'));
    expect(runDls(['schedule', 'check'], { cwd: dir })).toMatchObject({ code: 0, stdout: expect.stringContaining('no problems found') });
  });
});

describe('the date style from the dates a page shows', () => {
  it('"May" reads the same short and long: the month style comes from the next date ("June 5, 2026"), and the list regenerates as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), '# RSE-AI 2026: Research Software Engineering for AI\n\nThe workshop will take place in Hamburg, Germany.\n\n## Important Dates\n\n- Submission deadline: May 15, 2026\n- Author notification: June 5, 2026\n- Workshop: June 26, 2026\n');
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(report(run.stdout)).toBe('fidelity (lines dls readme regenerates as the page has them):\n  dates     3/3 (100%)\n');
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('  month: long\n  ordinals: false\n');
  });
});

describe('the city after the conference link', () => {
  it('"Held in conjunction with [ISC 2025](...), Hamburg, Germany." gives city and zone; the calendar LOCATION names the city', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), '# Storage Workshop\n\nHeld in conjunction with [ISC High Performance 2025](https://www.isc-hpc.com), Hamburg, Germany.\n\n## Program (June 13th, 2025, Room: Hall Y5)\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n| 9:00AM-9:30AM | Welcome | Julia Kunz, *University of Mainz* |\n');
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('city: "Hamburg, Germany"\ntimezone: Europe/Berlin\n');
    const [event] = readIcs(runDls(['export', 'ics'], { cwd: dir }).stdout).events;
    expect(event!.location).toBe('Hall Y5, Hamburg, Germany');
    expect(event!.startMs).toBe(Date.parse('2025-06-13T09:00:00+02:00'));
  });
});

describe('a page whose program names no day', () => {
  const page = (lead: string, rest = '') =>
    `# Workshop on Things 2025\n\n${lead}\n\n## Important Dates\n\n- Paper submission: ~~Aug 1~~ Aug 8th, 2025\n- Notification: Sep 5th, 2025\n- Camera ready: Sep 26th, 2025\n${rest}`;

  it('"Held in conjunction with SC25, St. Louis, November 16, 2025.": the day, the city and its zone from the opening lines, noted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), page('Held in conjunction with SC25, St. Louis, November 16, 2025.'));
    const run = runDls(['import', 'README.md', '--yes'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("README.md:line 3: took the workshop's day from `November 16, 2025`");
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('city: St. Louis\ntimezone: America/Chicago\ndate: 2025-11-16\n');
    // "~~Aug 1~~ Aug 8th": struck dates without ordinals, the dates in force with them, regenerated as the page has them.
    expect(yaml).toContain('  was_year: omit\n  was_ordinals: false\n');
    expect(report(run.stdout)).toBe('fidelity (lines dls readme regenerates as the page has them):\n  dates     3/3 (100%)\n');
    expect(runDls(['readme', '--check'], { cwd: dir }).code).toBe(0);
  });

  it('a program table under an undated heading takes the day of the opening lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), page('The workshop takes place on November 16, 2025 in Chicago, IL.', '\n## Program\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n| 9:00-9:30 | Welcome | Ada Byron, ORNL |\n'));
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const [event] = readIcs(runDls(['export', 'ics'], { cwd: dir }).stdout).events.filter((e) => e.summary === 'Welcome');
    expect(event!.startMs).toBe(Date.parse('2025-11-16T09:00:00-06:00'));
  });

  it('with no day anywhere, says so and asks for --date (exit 2); with it, imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), page('Held in conjunction with SC25 in St. Louis, MO.'));
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('README.md names no day for the workshop');
    expect(run.stderr).toContain('pass --date, such as --date 2025-11-16');
    expect(existsSync(join(dir, 'workshop.yaml'))).toBe(false);
    expect(runDls(['import', 'README.md', '--date', '2025-11-17'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('date: 2025-11-17\n');
    const bad = runDls(['import', 'README.md', '--date', '2025-02-30', '--force'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("argument '2025-02-30' is invalid: expected a date such as 2025-11-16")]);
  });
});

describe('clock styles no default writes', () => {
  it.each([
    ['spaced-meridiem.md', ['  separator: spaced-hyphen\n', '  meridiem: spaced\n', '  was_year: omit\n', 'was: [2026-03-01]']],
    ['lower-meridiem.md', ['  separator: en-dash\n', '  meridiem: lower\n', '  was_year: omit\n', 'was: [2026-07-10, 2026-07-24]']],
    ['padded-24h.md', ['  clock: "24"\n', '  pad_hours: true\n']],
  ])('%s: the page style says how the times and struck-through dates are written', (name, keys) => {
    const dir = pageDir(name);
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    for (const key of keys) expect(yaml).toContain(key);
  });
});

describe('headings and times as hand-kept pages write them', () => {
  const importOf = (page: string, args: string[] = ['--timezone', 'UTC']) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), page);
    const run = runDls(['import', 'README.md', ...args], { cwd: dir });
    return { run, dir, yaml: existsSync(join(dir, 'workshop.yaml')) ? readFileSync(join(dir, 'workshop.yaml'), 'utf8') : '' };
  };
  const table = '| Time | Title | Speaker |\n| --- | --- | --- |\n| 9:00-9:30 | Welcome | Ada Byron, ORNL |\n';

  it.each([
    ['# Update Dates Workshop', `# Update Dates Workshop\n\n## Program (May 16, 2024)\n\n${table}\n## Important Dates\n\n- Paper submission: May 8, 2024\n`],
    ['# Dates Workshop 2024 (dates only)', '# Dates Workshop 2024\n\nOn May 16, 2024.\n\n## Important Dates\n\n- Paper submission: May 8, 2024\n'],
  ])('the page title %s is never taken for the dates section', (_, page) => {
    const { run, yaml } = importOf(page);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  dates     1/1 (100%)\n');
    expect(yaml).toContain('- { label: Paper submission, date: 2024-05-08 }');
  });

  it('nor for the program: "# Workshop on Program Synthesis" keeps its own heading, the program is the section with the table', () => {
    const { run, yaml } = importOf(`# Workshop on Program Synthesis for HPC\n\nIntro.\n\n## Program (May 16, 2024)\n\n${table}`);
    expect(report(run.stdout)).toBe('fidelity (lines dls readme regenerates as the page has them):\n  program   4/4 (100%)\n');
    expect(yaml).not.toContain('program_intro');
    expect(yaml).not.toContain('Synthesis for HPC"\n  program');
  });

  it('a "Call for Papers" list becomes the topics; a timed list under the program is named, never dropped in silence', () => {
    const page = `# CFP Workshop\n\nOn May 16, 2024.\n\n## Call for Papers\n\nWe invite papers on:\n\n- Scaling\n  - data parallel\n- Inference\n\n## Program\n\n${table}\nEvening:\n\n- 7:00 PM – 9:00 PM: Workshop dinner at Zum Storch\n`;
    const { run, yaml } = importOf(page);
    expect(yaml).toContain('topics:\n  - text: Scaling\n    items:\n      - data parallel\n  - Inference\n');
    expect(run.stdout).toContain('  topics    3/3 (100%)\n');
    expect(run.stdout).toContain('README.md:line 21: a list under the program was not imported');
    expect(yaml).toContain('7:00 PM – 9:00 PM: Workshop dinner at Zum Storch');
  });

  it('a bold line under the heading announcing day, hours and room becomes the program intro, and stays true after a shift', () => {
    const rows = '| Time | Title | Speaker |\n| --- | --- | --- |\n| 9:00 AM – 9:30 AM | Welcome | Ada Byron, ORNL |\n| 9:30 AM – 1:00 PM | Hacking | Carl Dahl, KTH |\n';
    const { run, yaml, dir } = importOf(`# Intro Workshop\n\n## Program\n\n**Thursday, May 16, 2024, 9:00 AM – 1:00 PM, Room: Hall Y9 (2nd floor)**\n\n${rows}`, ['--timezone', 'Europe/Berlin', '--yes']);
    expect(report(run.stdout)).toBe('fidelity (lines dls readme regenerates as the page has them):\n  program   6/6 (100%)\n');
    expect(yaml).toContain('room: Hall Y9 (2nd floor)\n');
    expect(yaml).toContain('program_intro: "**{weekday}, {date}, {year}, {window}, Room: {room}**"');
    expect(runDls(['schedule', 'shift', 'hacking', '+30'], { cwd: dir }).code).toBe(0);
    expect(runDls(['readme'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('**Thursday, May 16, 2024, 9:00 AM – 1:30 PM, Room: Hall Y9 (2nd floor)**');
  });

  it('a program split into session headings: each heading is a session of the day above it, with its chairs and its table\'s talks', () => {
    const session = (n: number, name: string, chair: string, row: string) => `### Session ${n}: ${name} (Chair: ${chair})\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n${row}\n`;
    const page = `# Kernel Workshop\n\n## Program — May 16, 2024\n\n${session(1, 'Kernels', 'Lena Weber, CSCS', '| 9:00-9:30 | Fast GEMM | Ada Byron, ORNL |\n| 9:30-10:30 | Coffee Break | |')}\n${session(2, 'I/O', 'Tom Brown, ORNL', '| 10:30-11:00 | Big Files | Eve Stone, LRZ |')}`;
    const { run, yaml, dir } = importOf(page);
    expect(run.code).toBe(0);
    expect(yaml).toContain('  - { id: session-1-kernels, title: "Session 1: Kernels", chairs: [weber] }\n');
    expect(yaml).toContain('  weber: { name: Lena Weber, affiliation: CSCS }\n');
    const events = readIcs(runDls(['export', 'ics'], { cwd: dir }).stdout).events;
    expect(events.find((e) => e.summary === 'Big Files')?.startMs).toBe(Date.parse('2024-05-16T10:30:00Z'));
    expect(yaml).toContain('title: Big Files, session: session-2-i-o');
    // The break in a session's own table is the session's.
    expect(yaml).toContain('title: Coffee Break, kind: break, session: session-1-kernels');
    // page.session_heading: regenerated as the page has it, headings and tables.
    expect(yaml).toContain('  session_heading: "### {title} (Chair: {chairs})"\n');
    expect(report(run.stdout)).toBe('fidelity (lines dls readme regenerates as the page has them):\n  program   10/10 (100%); 1 differ in spacing only\n');
    expect(runDls(['import', 'README.md', '--yes', '--force', '--timezone', 'UTC'], { cwd: dir }).code).toBe(0);
    expect(runDls(['readme', '--check'], { cwd: dir }).code).toBe(0);
    expect(tablesOf(readFileSync(join(dir, 'README.md'), 'utf8')).map((t) => t.length)).toEqual([3, 2]);
  });

  it.each([
    ['bracket', 'Fast GEMM [[slides](s/gemm.pdf)] [[paper](https://doi.org/10.1/x)]'],
    ['parens', 'Fast GEMM ([slides](s/gemm.pdf), [paper](https://doi.org/10.1/x))'],
    ['dash', 'Fast GEMM — [slides](s/gemm.pdf), [paper](https://doi.org/10.1/x)'],
  ])('links after the title as the page writes them (%s): data, page.title_links, and the row regenerated as it is', (style, cell) => {
    const { run, yaml } = importOf(`# Links Workshop\n\n## Program (May 16, 2024)\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n| 9:00-9:30 | ${cell} | Ada Byron, ORNL |\n`);
    expect(yaml).toContain(`  title_links: ${style}\n`);
    expect(yaml).toContain('title: Fast GEMM, speakers: [byron], slides: s/gemm.pdf, links: [{ type: paper, url: "https://doi.org/10.1/x" }] }');
    expect(report(run.stdout)).toBe('fidelity (lines dls readme regenerates as the page has them):\n  program   4/4 (100%)\n');
  });

  it('a numbered Call for Papers list is the page\'s topics: readme --init names the lines that differ and never appends a second list', () => {
    const page = `# CFP Workshop\n\nIn Dresden, Germany, on June 9, 2025.\n\n## Call for Papers\n\nWe invite papers on:\n\n1. Hardware\n   - Low-precision accelerators\n2. Measurement\n\n## Program\n\n${table}`;
    const { run, dir, yaml } = importOf(page, ['--yes']);
    expect(run.code).toBe(0);
    expect(yaml).toContain('city: "Dresden, Germany"\ntimezone: Europe/Berlin\n');
    const before = readFileSync(join(dir, 'README.md'), 'utf8');
    const init = runDls(['readme', '--init', '--yes'], { cwd: dir });
    expect(init.stdout).toContain('topics: not wrapped: regenerating it would change 2 lines the page has');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(before);
  });

  it('"Earlier editions: [2024](...), [2023](...)." under no heading is the previous workshops; "in Hamburg." at a sentence\'s end is the city', () => {
    const page = `# IO Workshop\n\nHeld at [ISC High Performance 2025](https://isc-hpc.com) in Hamburg.\n\n## Program (June 13, 2025)\n\n${table}\nEarlier editions: [2024](https://example.org/2024), [2023](https://example.org/2023).\n`;
    const { run, dir, yaml } = importOf(page, []);
    expect(run.code).toBe(0);
    expect(yaml).toContain('city: Hamburg\ntimezone: Europe/Berlin\n');
    expect(yaml).toContain('  previous_line: "Earlier editions: {links}."\n');
    expect(run.stdout).toContain('  previous  1/1 (100%)\n');
    // Marked by --init, not appended a second time.
    expect(runDls(['readme', '--init', '--yes'], { cwd: dir }).code).toBe(0);
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(after.match(/Earlier editions/g)).toHaveLength(1);
    const region = after.slice(after.indexOf('<!-- dls:previous:start -->'), after.indexOf('<!-- dls:previous:end -->'));
    expect(region).toContain('\nEarlier editions: [2024](https://example.org/2024), [2023](https://example.org/2023).\n');
  });

  it('a line of labels (**Date:** Sunday, November 16, 2025 | **Room:** 231) gives the day and the room; the calendar says where', () => {
    const { dir, yaml } = importOf(`# Room Workshop\n\n**Date:** Sunday, November 16, 2025 | **Room:** 231\n\nIn St. Louis, MO.\n\n## Program\n\n${table}`, []);
    expect(yaml).toContain('date: 2025-11-16\nroom: "231"\n');
    const [event] = readIcs(runDls(['export', 'ics'], { cwd: dir }).stdout).events;
    expect(event!.location).toBe('231, St. Louis, MO');
  });

  it('"12:00 PM – 1:30" ends at 1:30 PM; "11:30 AM – 12:00 AM" is named with its page line, not written silently', () => {
    const rows = '| Time | Title | Speaker |\n| --- | --- | --- |\n| 11:30 AM – 12:00 PM | Talk | Ada Byron, ORNL |\n| 12:00 PM – 1:30 | Lunch | |\n';
    const typo = importOf(`# Lunch Workshop\n\n## Program (May 16, 2024)\n\n${rows.replace('12:00 PM |', '12:00 AM |')}`);
    expect(typo.run.stdout).toContain('README.md:line 7: `11:30 AM – 12:00 AM` ends at or before it starts (12 AM is midnight; noon is 12 PM)');
    const { dir } = importOf(`# Lunch Workshop\n\n## Program (May 16, 2024)\n\n${rows}`);
    const lunch = readIcs(runDls(['export', 'ics'], { cwd: dir }).stdout).events.find((e) => e.summary === 'Lunch');
    expect(lunch?.endMs).toBe(Date.parse('2024-05-16T13:30:00Z'));
  });
});

describe('what the page says about the workshop itself', () => {
  const yamlOf = (page: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), page);
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    return { dir, yaml: readFileSync(join(dir, 'workshop.yaml'), 'utf8') };
  };
  const dates = '## Important Dates\n\n- Papers due: Jan 10, 2024\n- Workshop: May 16–17, 2024\n';

  it('an edition in the title, a conference line in italics, an online edition, a two-day workshop date', () => {
    const { yaml, dir } = yamlOf(`# 2nd International Workshop on Things\n\n*Held in conjunction with [ISC High Performance 2024](https://www.isc-hpc.com), Hamburg, Germany.*\n\nThis edition is held online via Zoom; submit papers online.\n\n${dates}`);
    expect(yaml).toContain('title: International Workshop on Things\nedition: 2\nconference: { name: ISC High Performance 2024, url: "https://www.isc-hpc.com" }\ncity: "Hamburg, Germany"\nmode: virtual\ntimezone: Europe/Berlin\ndate: 2024-05-16\nend_date: 2024-05-17\n');
    // The calendar says so: online, over two days.
    expect(runDls(['schedule', 'check'], { cwd: dir }).code).toBe(0);
  });

  it.each([
    ['a hybrid event', 'The workshop is a hybrid event.', 'mode: hybrid\n'],
    ['papers submitted online only', 'Papers are submitted online through EasyChair.', undefined],
  ])('%s', (_, line, mode) => {
    const { yaml } = yamlOf(`# Things Workshop\n\nIn Hamburg, Germany.\n\n${line}\n\n${dates}`);
    if (mode) expect(yaml).toContain(mode);
    else expect(yaml).not.toContain('mode:');
  });
});

describe('page text kept as comments in workshop.yaml', () => {
  it.each([
    ['CR alone (old Mac line endings)', '\r'],
    ['U+2028', '\u2028'],
    ['NEL', '\u0085'],
  ])('never becomes YAML, whatever breaks its lines: %s', (_, eol) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    const page = ['# CR Workshop', '', 'In Hamburg, Germany, on May 16, 2024.', '', '## Program', '', '| Time | Title | Speaker |', '| --- | --- | --- |', '| 9:00-9:30 | Welcome | Ada Byron, ORNL |', '', 'Evening:', '', `- 7:00 PM - 9:00 PM: dinner${eol}x: 1`, ''].join(eol === '\r' ? '\r' : '\n');
    writeFileSync(join(dir, 'README.md'), page);
    expect(runDls(['import', 'README.md'], { cwd: dir }).code).toBe(0);
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    const tail = yaml.slice(yaml.indexOf('# Not imported'));
    // Every line an editor or a YAML reader may see in the notes is a comment.
    for (const line of tail.split(/\r\n|[\n\r\u0085\u2028\u2029]/).filter((l) => l !== '')) expect(line).toMatch(/^#/);
    expect(tail).toContain('x: 1');
  });
});

describe('people printed more than one way', () => {
  const importPage = (page: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(dir, 'README.md'), page);
    const run = runDls(['import', 'README.md', '--timezone', 'UTC'], { cwd: dir });
    return { run, yaml: existsSync(join(dir, 'workshop.yaml')) ? readFileSync(join(dir, 'workshop.yaml'), 'utf8') : '' };
  };
  const program = (rows: string) => `# People Workshop\n\n## Program (May 16, 2024)\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n${rows}`;

  it('a speaker printed with an affiliation, then without (a chair\'s wrap-up), imports; the bare row is a difference, not a crash', () => {
    const { run, yaml } = importPage(program('| 9:00-9:30 | A | Julian Kunkel, GWDG |\n| 9:30-9:40 | Wrap-up | Julian Kunkel |\n'));
    expect(run.code).toBe(0);
    expect(yaml).toContain('  kunkel: { name: Julian Kunkel, affiliation: GWDG }\n');
    expect(run.stdout).toContain('page "| 9:30-9:40 | Wrap-up | Julian Kunkel |" vs generated "| 9:30-9:40 | Wrap-up | Julian Kunkel, GWDG |"');
  });

  it('a committee line `Name (Institution)` gives the affiliation; `Name (General Chair)` stays a role', () => {
    const { run, yaml } = importPage(`${program('| 9:00-9:30 | A | Ada Byron, ORNL |\n')}\n## Organizers\n\n- Mei Lin (Princeton University)\n- Ada Byron (General Chair), ORNL\n`);
    expect(run.code).toBe(0);
    expect(yaml).toContain('  - { name: Mei Lin, affiliation: Princeton University }\n');
    expect(yaml).toContain('  - { person: byron, role: General Chair }\n');
  });
});
