import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDls } from '../helpers/cli.js';

/** A workshop whose flow collections are padded (`{ a }`, `[ a ]`) or not, maps and lists independently. */
function workshopFile(mapPad: boolean, seqPad: boolean): string {
  const m = (s: string) => (mapPad ? `{ ${s} }` : `{${s}}`);
  const q = (s: string) => (seqPad ? `[ ${s} ]` : `[${s}]`);
  const text = [
    'id: pads',
    'title: Pads',
    'timezone: Europe/Berlin',
    'date: 2026-06-10',
    'room: Hall',
    'important_dates:',
    `  - ${m('label: Papers due, date: 2026-03-01')}`,
    'people:',
    `  ada: ${m('name: Ada Lovelace')}`,
    'program:',
    `  - ${m(`id: opening, start: "9:00", end: "9:15", title: Opening, kind: opening, speakers: ${q('ada')}`)}`,
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'dls-exact-'));
  writeFileSync(join(dir, 'workshop.yaml'), text);
  return dir;
}

const read = (dir: string) => readFileSync(join(dir, 'workshop.yaml'), 'utf8');
const newLines = (before: string, after: string) => after.split('\n').filter((l) => !before.split('\n').includes(l));

describe('hostile values are refused before any edit: exit 2, naming the flag, the value escaped and what is expected', () => {
  const evilTalk = 'x }\n  - { id: evil, start: "1:00", end: "2:00", title: Evil';
  it.each([
    ['add talk --title', ['add', 'talk', '--title', evilTalk, '--start', '10:00', '--end', '10:30', '--yes'], `--title ${JSON.stringify(evilTalk)}: contains a line break or tab; expected a single line of text`],
    ['add person --name', ['add', 'person', '--name', 'Zed }\n  evil: { name: E', '--yes'], '--name "Zed }\\n  evil: { name: E": contains a line break or tab; expected a single line of text'],
    ['add date --label', ['add', 'date', '--label', 'x\n  - { label: Evil, date: 2030-01-01 }', '--date', '2030-01-01'], '--label "x\\n  - { label: Evil, date: 2030-01-01 }": contains a line break or tab'],
    ['add talk --id constructor', ['add', 'talk', '--title', 'T', '--id', 'constructor', '--start', '10:00', '--end', '10:30', '--yes'], '--id "constructor": expected an id of letters, digits, `.`, `_` or `-`, other than a reserved name'],
    ['add person --id __proto__', ['add', 'person', '--name', 'A B', '--id', '__proto__', '--yes'], '--id "__proto__": expected an id of letters'],
    ['add person --id toString', ['add', 'person', '--name', 'A B', '--id', 'toString', '--yes'], '--id "toString": expected an id of letters, digits, `.`, `_` or `-`, other than a reserved name'],
    ['add talk --room with a tab', ['add', 'talk', '--title', 'T', '--room', 'A\tB', '--start', '10:00', '--end', '10:30', '--yes'], '--room "A\\tB": contains a line break or tab'],
    ['add person --affiliation with a control character', ['add', 'person', '--name', 'A B', '--affiliation', 'X\u0007Y', '--yes'], '--affiliation "X\\u0007Y": contains the control character U+0007; expected printable text'],
    ['add talk --speaker with a line break', ['add', 'talk', '--title', 'T', '--speaker', 'Grace\nHopper', '--start', '10:00', '--end', '10:30', '--yes'], 'speaker "Grace\\nHopper" contains a line break or tab'],
  ])('%s', (_name, args, expected) => {
    const dir = workshopFile(true, false);
    const before = read(dir);
    const r = runDls(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toMatch(/bug in dls|\n\s+at /);
    expect(read(dir)).toBe(before);
  });

  it.each([
    ['init --title', ['--title', 'T"\nid: evil'], '--title "T\\"\\nid: evil": contains a line break or tab; expected a single line of text'],
    ['init --city', ['--title', 'T', '--city', 'Denver, CO\ncontact: evil@x.org'], '--city "Denver, CO\\ncontact: evil@x.org": contains a line break or tab'],
    ['init --id', ['--title', 'T', '--id', 'constructor'], '--id "constructor": expected a lowercase slug like dls-sc19 (a-z, 0-9, single hyphens), other than a reserved name'],
  ])('%s', (_name, args, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-exact-init-'));
    const r = runDls(['init', ...args, '--timezone', 'UTC', '--date', '2030-01-01', '--yes'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(expected)]);
    expect(() => readFileSync(join(dir, 'workshop.yaml'))).toThrow();
  });

  it('cuts a long value to 80 characters in the message', () => {
    const dir = workshopFile(true, false);
    const r = runDls(['add', 'talk', '--title', `${'x'.repeat(120_000)}\n`, '--start', '10:00', '--end', '10:30', '--yes'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, `dls: invalid value: --title "${'x'.repeat(79)}…": contains a line break or tab; expected a single line of text\n`]);
  });
});

describe('values that YAML would misread are quoted by yaml and read back exactly', () => {
  it.each([
    ['add talk --title', ['add', 'talk', '--title', 'x } - { id: evil', '--id', 'evil-title', '--start', '10:00', '--end', '10:30', '--speaker', 'ada', '--yes'], (d: Record<string, any>) => d.program[1].title, 'x } - { id: evil'],
    ['add person --name', ['add', 'person', '--name', '- Zed: #1 & *2', '--id', 'zed', '--yes'], (d: Record<string, any>) => d.people.zed.name, '- Zed: #1 & *2'],
    ['add person --id null', ['add', 'person', '--name', 'Nil Null', '--id', 'null', '--yes'], (d: Record<string, any>) => d.people.null.name, 'Nil Null'],
    ['add date --label', ['add', 'date', '--label', '? "Camera-ready" [final]', '--date', '2026-04-01'], (d: Record<string, any>) => d.important_dates[1].label, '? "Camera-ready" [final]'],
  ])('%s', (_name, args, get, expected) => {
    const dir = workshopFile(true, true);
    const r = runDls(args as string[], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(get(parse(read(dir)))).toBe(expected);
    expect(runDls(['schedule', 'check'], { cwd: dir }).code).toBe(0);
  });

  it('a value ending in a no-break space keeps it (found by the property test)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-exact-init-'));
    expect(runDls(['init', '--title', 'Zed\u00a0', '--timezone', 'UTC', '--date', '2030-01-01', '--yes'], { cwd: dir }).code).toBe(0);
    expect(runDls(['add', 'person', '--name', 'Ada\u00a0', '--id', 'ada', '--yes'], { cwd: dir }).code).toBe(0);
    const doc = parse(read(dir));
    expect([doc.title, doc.people.ada.name]).toEqual(['Zed\u00a0', 'Ada\u00a0']);
  });

  it('init --conference with flow indicators reads back exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-exact-init-'));
    const r = runDls(['init', '--title', 'T: "x" #y', '--conference', 'SC[25], {x}: #', '--timezone', 'UTC', '--date', '2030-01-01', '--yes'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = parse(read(dir));
    expect([doc.title, doc.conference.name]).toEqual(['T: "x" #y', 'SC[25], {x}: #']);
  });
});

describe('padding follows the file for brackets and braces, never inside a title or name', () => {
  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])('maps padded %s, lists padded %s', (mapPad, seqPad) => {
    const dir = workshopFile(mapPad, seqPad);
    const before = read(dir);
    expect(runDls(['add', 'talk', '--title', 'Deep [ RL ] at [ scale ]', '--id', 'deep', '--start', '10:00', '--end', '10:30', '--speaker', 'ada', '--yes'], { cwd: dir }).stdout).toContain('added talk "Deep [ RL ] at [ scale ]"');
    expect(runDls(['add', 'talk', '--title', 'Tight [RL] at [scale]', '--id', 'tight', '--start', '10:30', '--end', '11:00', '--speaker', 'ada', '--yes'], { cwd: dir }).code).toBe(0);
    expect(runDls(['add', 'person', '--name', 'Zed [ Z ] Zero', '--id', 'zed', '--yes'], { cwd: dir }).code).toBe(0);
    const after = read(dir);
    const doc = parse(after);
    expect([doc.program[1].title, doc.program[2].title, doc.people.zed.name]).toEqual(['Deep [ RL ] at [ scale ]', 'Tight [RL] at [scale]', 'Zed [ Z ] Zero']);
    const [open, close] = mapPad ? ['{ ', ' }'] : ['{', '}'];
    const list = seqPad ? '[ ada ]' : '[ada]';
    expect(newLines(before, after)).toEqual([
      `  zed: ${open}name: "Zed [ Z ] Zero"${close}`,
      `  - ${open}id: deep, start: "10:00", end: "10:30", title: "Deep [ RL ] at [ scale ]", speakers: ${list}${close}`,
      `  - ${open}id: tight, start: "10:30", end: "11:00", title: "Tight [RL] at [scale]", speakers: ${list}${close}`,
    ]);
  });
});
