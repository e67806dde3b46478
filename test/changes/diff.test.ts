import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { diffWorkshops, writeDiff } from '../../src/formats/diff/writer.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { ROOT, runDls } from '../helpers/cli.js';
import { gitRepoWithVersions, V1 } from './helpers.js';

const workshopOf = (text: string) => {
  const r = parseWorkshop(text);
  if (!r.workshop) throw new Error(JSON.stringify(r));
  return r.workshop;
};
const textDiff = (after: string) => writeDiff(diffWorkshops(workshopOf(V1), workshopOf(after), { before: 'old', after: 'new' }), { format: 'text', multiDay: false });

describe('dls schedule diff: each kind of change is one sentence in the workshop zone', () => {
  it.each([
    ['a talk moved earlier', V1.replace('start: "10:00", end: "10:30", title: Beta', 'start: "11:00", end: "11:30", title: Beta'), 'moved "Beta Talk" (Grace Hopper) 10:00–10:30 → 11:00–11:30 MST'],
    ['a talk got longer', V1.replace('end: "10:00", title: Alpha', 'end: "10:10", title: Alpha'), 'retimed "Alpha Talk" (Alan Turing) 9:30–10:00 → 9:30–10:10 MST'],
    ['a talk was retitled', V1.replace('title: Alpha Talk', 'title: "Alpha Talk: Revised"'), 'retitled "Alpha Talk" → "Alpha Talk: Revised" (Alan Turing)'],
    ['a talk changed rooms', V1.replace('title: Alpha Talk,', 'title: Alpha Talk, room: "503",'), 'room changed "Alpha Talk" (Alan Turing): 502 → 503'],
    ['a speaker was replaced', V1.replace('speakers: [grace]', 'speakers: [alan]'), 'speakers changed "Beta Talk": Grace Hopper → Alan Turing'],
    ['a speaker withdrew', V1.replace(/ {2}- \{ id: talk-b.*\n/, ''), 'removed "Beta Talk" (Grace Hopper) 10:00–10:30 MST'],
    ['a break was added', `${V1}  - { id: coffee, start: "11:00", end: "11:30", title: Coffee Break, kind: break }\n`, 'added "Coffee Break" 11:00–11:30 MST'],
    ['a deadline was extended', V1.replace('date: 2030-09-01', 'date: 2030-09-08'), 'extended "Papers due": 2030-09-01 → 2030-09-08'],
    ['the edition was cancelled', V1.replace('title: Diff Workshop', 'title: Diff Workshop\nstatus: cancelled\nstatus_note: Rescheduled for 2031.'), 'the workshop is cancelled: Rescheduled for 2031.'],
    ['a deadline became TBA', V1.replace('date: 2030-10-01', 'date: TBA'), 'date changed "Notification": 2030-10-01 → TBA'],
    ['a date was added', V1.replace('important_dates:\n', 'important_dates:\n  - { label: Abstracts due, date: 2030-08-20 }\n'), 'date added "Abstracts due": 2030-08-20'],
    ['a committee role changed', V1.replace('{ person: alan }', '{ person: alan, role: co-chair }'), 'committee: Alan Turing member → co-chair'],
    ['a committee member joined', V1.replace('  - { person: alan }\n', '  - { person: alan }\n  - { person: grace }\n'), 'committee: added Grace Hopper'],
  ])('%s', (_name, after, line) => {
    expect(textDiff(after).split('\n')).toContain(line);
  });

  it('prints times as the page does: a 12-hour page reads 10:00 AM–10:30 AM in its changelog', () => {
    const dir = gitRepoWithVersions();
    const twelve = (text: string) => text.replace('title: Diff Workshop', 'title: Diff Workshop\npage: { clock: "12", meridiem: spaced }');
    writeFileSync(join(dir, 'old.yaml'), twelve(V1));
    writeFileSync(join(dir, 'new.yaml'), twelve(V1.replace('start: "10:00", end: "10:30", title: Beta', 'start: "11:00", end: "11:30", title: Beta')));
    const r = runDls(['-f', 'new.yaml', 'schedule', 'diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(r.stdout).toContain('moved "Beta Talk" (Grace Hopper) 2030-11-17 10:00 AM–10:30 AM → 2030-11-17 11:00 AM–11:30 AM MST');
  });

  it('an item without an id that moved to another day is one move, not a removal and an addition', () => {
    const before = V1.replace('{ id: talk-z, ', '{ ');
    const after = before.replace('start: "10:30", end: "11:00", title: Zeta', 'date: 2030-11-18, start: "10:30", end: "11:00", title: Zeta');
    const out = writeDiff(diffWorkshops(workshopOf(before), workshopOf(after), { before: 'a', after: 'b' }), { format: 'text', multiDay: true });
    expect(out).toBe('moved "Zeta Talk" (Zoë Ünïcode) 2030-11-17 10:30–11:00 → 2030-11-18 10:30–11:00 MST\n');
  });

  it('says nothing for identical versions, and the Markdown changelog says "No changes."', () => {
    expect(textDiff(V1)).toBe('');
    const md = writeDiff(diffWorkshops(workshopOf(V1), workshopOf(V1), { before: 'a', after: 'b' }), { format: 'markdown', multiDay: false, date: '2030-11-01' });
    expect(md).toBe('## Program changes (2030-11-01)\n\nNo changes.\n');
  });
});

describe('dls schedule diff through the CLI, with git revisions', () => {
  const moved = V1.replace('start: "10:00", end: "10:30", title: Beta', 'start: "11:00", end: "11:30", title: Beta');
  const repo = gitRepoWithVersions(V1, moved);

  it('--since HEAD~1 compares the committed versions; --exit-code exits 1 when something changed', () => {
    const r = runDls(['schedule', 'diff', '--since', 'HEAD~1'], { cwd: repo });
    expect(r).toMatchObject({ code: 0, stdout: 'moved "Beta Talk" (Grace Hopper) 2030-11-17 10:00–10:30 → 2030-11-17 11:00–11:30 MST\n' });
    expect(runDls(['schedule', 'diff', '--since', 'HEAD~1', '--exit-code'], { cwd: repo }).code).toBe(1);
    expect(runDls(['schedule', 'diff', '--since', 'HEAD', '--exit-code'], { cwd: repo }).code).toBe(0);
  });

  it('git:REV on either side, and a file path', () => {
    expect(runDls(['schedule', 'diff', 'git:HEAD', 'git:HEAD~1'], { cwd: repo }).stdout).toContain('11:00–11:30 → 2030-11-17 10:00–10:30');
    writeFileSync(join(repo, 'old.yaml'), V1);
    expect(runDls(['schedule', 'diff', 'old.yaml'], { cwd: repo }).stdout).toContain('moved "Beta Talk"');
  });

  it.each([
    [['schedule', 'diff', '--since', 'HEAD~9'], /git:HEAD~9: no such revision/],
    [['schedule', 'diff', 'git:--output=x'], /is not a revision/],
    [['schedule', 'diff', 'missing.yaml'], /missing.yaml: no such workshop file/],
    [['schedule', 'diff'], /give OLD/],
  ])('refuses %j with exit 2', (args, message) => {
    const r = runDls(args, { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a file that is no workshop, and two different workshops (unless --force), exit 2', () => {
    writeFileSync(join(repo, 'notes.yaml'), 'just: notes\n');
    const notes = runDls(['schedule', 'diff', 'notes.yaml'], { cwd: repo });
    expect(notes.code).toBe(2);
    expect(notes.stderr).toMatch(/notes.yaml:1:1 error .*\n[^]*notes.yaml is not a workshop file/);
    writeFileSync(join(repo, 'other.yaml'), V1.replace('id: dls-diff', 'id: other-ws'));
    expect(runDls(['schedule', 'diff', 'other.yaml'], { cwd: repo })).toMatchObject({ code: 2, stderr: expect.stringMatching(/two different workshops[^]*--force/) });
    expect(runDls(['schedule', 'diff', 'other.yaml', '--force'], { cwd: repo }).code).toBe(0);
  });

  it('--format json matches the documented schema (docs/diff.schema.json) and names each change', () => {
    const r = runDls(['schedule', 'diff', '--since', 'HEAD~1', '--format', 'json'], { cwd: repo });
    const data = JSON.parse(r.stdout);
    const validate = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/diff.schema.json'), 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.changes.map((c: { kind: string; key: string }) => [c.kind, c.key])).toEqual([['moved', 'talk-b']]);
  });

  it('--format markdown is a changelog under a dated heading (date from --date, `updated:` or SOURCE_DATE_EPOCH)', () => {
    const r = runDls(['schedule', 'diff', '--since', 'HEAD~1', '--format', 'markdown'], { cwd: repo, env: { SOURCE_DATE_EPOCH: '1920000000' } });
    expect(r.stdout).toBe('## Program changes (2030-11-04)\n\n### Program\n\n- Moved “Beta Talk” (Grace Hopper) 2030-11-17 10:00–10:30 → 2030-11-17 11:00–11:30 MST\n');
  });
});
