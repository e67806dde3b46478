import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';

// Bad input in the new keys: one clear line naming file:line:col, the bad value and
// what was expected; exit 1.
const HEAD = 'id: x\ntitle: X\ntimezone: Europe/Berlin\ndate: 2021-06-01\n';

const CASES: [string, string, string][] = [
  ['an unknown link type', 'program:\n  - { start: "9:00", end: "9:30", title: T, kind: other, links: [{ type: slide, url: https://x.org }] }\n', '<stdin>:6:74 error `program[0].links[0].type` is slide; expected one of slides, paper, video, abstract, code, poster, web (did you mean `slides`?) (unknown-link-type)'],
  ['a link type people use for a paper', 'program:\n  - { start: "9:00", end: "9:30", title: T, kind: other, links: [{ type: doi, url: https://x.org }] }\n', '(did you mean `paper`?) (unknown-link-type)'],
  ['a session id that does not exist', 'sessions: [{ id: s1, title: S }]\nprogram:\n  - { start: "9:00", end: "9:30", title: T, kind: other, session: s2 }\n', '<stdin>:7:67 error session `s2` of "T" (9:00-9:30) is not in `sessions`; did you mean `s1`? (known-session)'],
  ['month 13', 'program: []\nimportant_dates:\n  - { label: Camera ready, date: 2021-13 }\n', '<stdin>:7:34 error `important_dates[0].date` is 2021-13 (month 13 does not exist); expected a date like 2021-05-14, a month like 2021-05, or TBA, from 1900 to 2200 (invalid-date)'],
  ['mode: online', 'mode: online\nprogram: []\n', '<stdin>:5:7 error `mode` is online; expected one of in-person, virtual, hybrid (did you mean `virtual`?) (invalid-value)'],
  ['a talk without an end', 'program:\n  - { start: "9:00", title: T, kind: talk, speakers: [{ name: A }] }\n', '<stdin>:6:5 error talk "T" at 9:00 has no `end`; expected `end:`, or `kind: other` for a point in time such as "End of workshop" (end-after-start)'],
  ['an item outside its session', 'sessions: [{ id: s1, title: S, start: "9:00", end: "10:00" }]\nprogram:\n  - { start: "9:30", end: "10:30", title: T, kind: other, session: s1 }\n', '<stdin>:7:27 error "T" (9:30-10:30) is outside its session "S" (2021-06-01 9:00-10:00); expected it within the session (item-within-session)'],
  ['a workshop date that is not `date`', 'program: []\nimportant_dates:\n  - { label: Workshop date, date: 2021-06-02 }\n', '<stdin>:7:35 error "Workshop date" is 2021-06-02, but the workshop `date` is 2021-06-01; expected the same day (workshop-date-agrees)'],
  ['tba in lower case', 'program: []\nimportant_dates:\n  - { label: Camera ready, date: tba }\n', '(write it in capitals: TBA) (invalid-date)'],
  ['a repeated session id', 'sessions: [{ id: s1, title: S }, { id: s1, title: T }]\nprogram: []\n', '<stdin>:5:40 error id `s1` is already used in `sessions`; expected a unique id'],
  ['no program and no status', '', 'lacks the required key `program`'],
];

describe('bad input in the new keys', () => {
  it.each(CASES)('%s gets one clear message and exit 1', (_what, yaml, message) => {
    const r = runDls(['-f', '-', 'schedule', 'check'], { input: HEAD + yaml });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('accepts a cancelled edition with no program at all', () => {
    const r = runDls(['-f', '-', 'schedule', 'check'], { input: `${HEAD}status: cancelled\n` });
    expect([r.code, r.stdout.trim()]).toEqual([0, '<stdin>: no problems found']);
  });

  it('does not count a group speaker as a person booked twice', () => {
    const group = '{ name: Workshop Chairs, group: true }';
    const yaml = `program:\n  - { start: "9:00", end: "9:30", title: A, room: R1, track: T1, speakers: [${group}] }\n  - { start: "9:00", end: "9:30", title: B, room: R2, track: T2, speakers: [${group}] }\n`;
    expect(runDls(['-f', '-', 'schedule', 'check'], { input: HEAD + yaml }).code).toBe(0);
  });
});

describe('group speakers and several affiliations in mail exports', () => {
  it('never notes a group for lacking an address, and joins affiliations with &', () => {
    const yaml = `${HEAD}program:\n  - { start: "9:00", end: "9:30", title: A, speakers: [{ name: Workshop Chairs, group: true }, { name: Ada, email: ada@example.org, affiliation: [X, Y] }, { name: Bob }] }\n`;
    const r = runDls(['-f', '-', 'mail', 'export', '--to', 'speakers'], { input: yaml });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('email,name,affiliation,roles\r\nada@example.org,Ada,X & Y,speaker\r\n'.replace(/\r\n/g, r.stdout.includes('\r\n') ? '\r\n' : '\n'));
    expect(r.stderr).toContain('Bob (speaker) has no email');
    expect(r.stderr).not.toContain('Workshop Chairs');
  });
});

describe('schedule shift of a point in time', () => {
  it('moves its start and writes no end', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'dls-point-')), 'workshop.yaml');
    writeFileSync(file, `${HEAD}program:\n  - { start: "9:00", end: "9:30", title: A, kind: other }\n  - { start: "9:30", title: End, kind: other }\n`);
    const r = runDls(['-f', file, 'schedule', 'shift', 'End', '+15', '--only']);
    expect([r.code, r.stdout.split('\n')[1]]).toEqual([0, '  9:30 -> 9:45  End']);
    expect(readFileSync(file, 'utf8')).toContain('  - { start: "9:45", title: End, kind: other }\n');
  });
});

describe('dls add date with a month or TBA', () => {
  it('inserts a month before the days of that month, and refuses month 13 (exit 2)', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'dls-month-')), 'workshop.yaml');
    writeFileSync(file, `${HEAD}program: []\nimportant_dates:\n  - { label: Papers due, date: 2021-03-01 }\n  - { label: Notification, date: 2021-04-20 }\n`);
    expect(runDls(['-f', file, 'add', 'date', '--label', 'Abstracts', '--date', '2021-04']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  - { label: Papers due, date: 2021-03-01 }\n  - { label: Abstracts, date: 2021-04 }\n  - { label: Notification, date: 2021-04-20 }\n');
    const bad = runDls(['-f', file, 'add', 'date', '--label', 'X', '--date', '2021-13']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--date "2021-13": expected a date like 2021-05-14, a month like 2021-05, or TBA')]);
  });
});
