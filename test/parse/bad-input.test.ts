import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeWorkshopBytes, parseWorkshop } from '../../src/parse/index.js';
import { runDls } from '../helpers/cli.js';
import { BASE_YAML, createWorkshopYaml } from '../helpers/workshop.js';

const valid = BASE_YAML;
const withProgramLine = (line: string) => valid.replace('    start: "9:30"', `    start: ${line}`);

// A "billion laughs": each level repeats the previous ten times; fully expanded it has 10^9
// nodes. The report points at the alias (`*d` on line 5) whose expansion crossed the budget.
const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  valid,
].join('\n');

/** Each bad file: what a user would see (rule, line, column, words naming the bad value and the expectation). */
const cases: { name: string; text: string; ruleId: string; line: number; column: number; says: string[] }[] = [
  { name: 'an empty file', text: '', ruleId: 'empty-file', line: 1, column: 1, says: ['empty', 'expected a mapping'] },
  { name: 'only comments', text: '# nothing yet\n', ruleId: 'empty-file', line: 1, column: 1, says: ['empty'] },
  { name: 'a tab used for indentation', text: 'id: x\nconference:\n\tname: SC19\n', ruleId: 'yaml-tabs', line: 3, column: 1, says: ['tab', 'spaces'] },
  { name: 'an unterminated quote', text: 'id: x\ntitle: "Deep Learning\n', ruleId: 'yaml-syntax', line: 3, column: 1, says: ['quote'] },
  { name: 'a duplicate key', text: valid.replace('title: Test Workshop', 'title: Test Workshop\ntitle: Again'), ruleId: 'duplicate-key', line: 3, column: 1, says: ['duplicate key'] },
  { name: 'a second YAML document', text: `${valid}---\nid: other\n`, ruleId: 'multiple-documents', line: 21, column: 1, says: ['second YAML document', 'exactly one'] },
  { name: 'an alias bomb', text: aliasBomb, ruleId: 'alias-limit', line: 5, column: 29, says: ['alias', 'expected modest use'] },
  { name: 'a __proto__ key', text: valid.replace('title: Test Workshop', '__proto__: { polluted: true }\ntitle: Test Workshop'), ruleId: 'reserved-key', line: 2, column: 1, says: ['__proto__', 'reserved'] },
  { name: 'the hour 25:00', text: withProgramLine('"25:00"'), ruleId: 'invalid-time', line: 18, column: 12, says: ['25:00', 'H:MM, 24-hour'] },
  { name: 'a dotted time 9.30', text: withProgramLine('9.30'), ruleId: 'invalid-value', line: 18, column: 12, says: ['9.30', 'a time like 9:30'] },
  { name: 'the date 2019-02-30', text: valid.replace('date: 2019-11-17', 'date: 2019-02-30'), ruleId: 'invalid-date', line: 4, column: 7, says: ['2019-02-30', 'YYYY-MM-DD', 'exists'] },
  { name: 'the zone Mars/Olympus', text: valid.replace('timezone: America/Denver', 'timezone: Mars/Olympus'), ruleId: 'unknown-timezone', line: 3, column: 11, says: ['Mars/Olympus', 'IANA time-zone name'] },
  { name: 'a misspelt key', text: valid.replace('room: "502"', 'rooom: "502"'), ruleId: 'unknown-key', line: 5, column: 1, says: ['rooom', 'did you mean `room`'] },
  { name: 'a key that names an Object method', text: `${valid}toString: x\n`, ruleId: 'unknown-key', line: 21, column: 1, says: ['toString'] },
  { name: 'the same key as a number and as text', text: valid.replace('people:', 'people:\n  1: { name: A }\n  "1": { name: B }'), ruleId: 'duplicate-key', line: 8, column: 3, says: ['`1`', 'count as the same key'] },
  { name: 'a zone in the wrong case', text: valid.replace('timezone: America/Denver', 'timezone: america/denver'), ruleId: 'unknown-timezone', line: 3, column: 11, says: ['america/denver', 'did you mean America/Denver?'] },
  { name: 'a title with a line break', text: valid.replace('title: A Talk', 'title: "A\\nTalk"'), ruleId: 'invalid-value', line: 17, column: 12, says: ['line break', 'single line'] },
  { name: 'an impossible `updated` date', text: `${valid}updated: 2019-02-30T12:00:00Z\n`, ruleId: 'invalid-value', line: 21, column: 10, says: ['2019-02-30T12:00:00Z', 'ISO date-time'] },
  { name: 'a misspelt rule in check.disable', text: `${valid}check: { disable: [no-overlap-in-rom] }\n`, ruleId: 'unknown-rule', line: 21, column: 20, says: ['no-overlap-in-rom', 'did you mean `no-overlap-in-room`?'] },
  { name: 'turning off a rule the exports need', text: `${valid}check: { disable: [time-exists] }\n`, ruleId: 'unknown-rule', line: 21, column: 20, says: ['cannot be turned off'] },
  { name: 'a missing required key', text: valid.replace('timezone: America/Denver\n', ''), ruleId: 'missing-key', line: 1, column: 1, says: ['timezone', 'IANA'] },
];

describe('bad input is data, not a crash', () => {
  it.each(cases)('$name gives $ruleId at $line:$column', ({ text, ruleId, line, column, says }) => {
    const r = parseWorkshop(text, 'workshop.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const d = r.diagnostics.find((x) => x.ruleId === ruleId);
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect([d!.line, d!.column]).toEqual([line, column]);
    for (const words of says) expect(d!.message).toContain(words);
  });

  it.each(cases)('the CLI reports $name with file:line:col and exit 1, no stack trace', ({ text, line, column }) => {
    const r = runDls(['schedule', 'check', '-f', '-'], { input: text });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`<stdin>:${line}:${column} error`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses binary garbage, naming where the first bad byte is', () => {
    const bytes = new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0x0a, 0xff, 0xfe, 0x00, 0x13]);
    const r = decodeWorkshopBytes(bytes, 'workshop.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'not-text', line: 2, column: 1 });
    expect(r.diagnostics[0]!.message).toContain('0xff');
    expect(r.diagnostics[0]!.message).toContain('expected a UTF-8 text file');
  });

  it('refuses a NUL byte in otherwise valid UTF-8', () => {
    const r = decodeWorkshopBytes(new TextEncoder().encode('id: x\ntitle: a\u0000b\n'), 'workshop.yaml');
    expect(r.ok || r.diagnostics[0]).toMatchObject({ ruleId: 'not-text', line: 2, column: 9 });
  });

  it('the CLI reports binary garbage with exit 1 and no stack trace', () => {
    const r = runDls(['schedule', 'check', '-f', 'bin/dls.js'.replace('bin/dls.js', 'test/fixtures/garbage.bin')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/test\/fixtures\/garbage\.bin:1:\d+ error .*not valid UTF-8/);
    expect(r.stderr).toBe('');
  });

  it('suggests the zone St. Louis is in, never a far-off near miss (St_Johns, Newfoundland)', () => {
    const r = parseWorkshop(valid.replace('timezone: America/Denver', 'timezone: America/St_Louis'));
    expect(r.ok || r.diagnostics[0]!.message).toBe('`timezone` is America/St_Louis; expected an IANA time-zone name like America/Denver or Europe/Berlin (did you mean America/Chicago?)');
  });

  it('runs the schedule rules on the items it could read, names the one it skipped, and points at the right items', () => {
    const text = valid.replace('    start: "9:00"', '    start: "25:00"').replace('    start: "9:30"', '    start: "9:10"');
    const r = parseWorkshop(text);
    expect(r.ok || r.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['invalid-time', 'error', 11],
      ['skipped-item', 'info', 10],
    ]);
    expect(r.ok || r.workshop).toBeUndefined();
  });

  it('reads an item with a bad `end` as unreadable, not as a point in time: one error, no "has no end", no gap it would cause', () => {
    const r = parseWorkshop(readFileSync(new URL('../../workshop.yaml', import.meta.url), 'utf8').replace('    end: "10:00"', '    end: 10.30'));
    const found = r.ok ? [] : r.diagnostics.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
    expect(found.filter((d) => !d.startsWith('info'))).toEqual(['error invalid-value: `program[1].end` is 10.30; expected a time like 9:30 or 14:05 (H:MM, 24-hour)']);
    expect(found.some((d) => d.startsWith('info skipped-item: program[1]'))).toBe(true);
  });

  // A bad `date` stands in for a made-up day so that overlaps still show; nothing may be
  // judged against that day, nor name it: the user's only problem is the date.
  it.each([
    ['an invalid', 'date: 2024-05-32'],
    ['a missing', ''],
  ])('reports %s workshop date once, with no finding about the day stood in for it', (_, dateLine) => {
    const text = createWorkshopYaml({
      date: '2024-05-16',
      sessions: [{ id: 's1', title: 'Session 1', chairs: ['ada'], start: '9:00', end: '9:30' }],
      important_dates: [{ label: 'Workshop', date: '2024-05-16' }],
      program: [
        { id: 'a', start: '9:00', end: '9:30', title: 'A', speakers: ['ada'], session: 's1' },
        { id: 'b', start: '9:30', end: '10:00', title: 'TBA', speakers: ['alan'], session: 's1' },
        { id: 'c', start: '9:45', end: '10:15', title: 'Clash', speakers: ['ada'] },
      ],
    }).replace('date: 2024-05-16\n', dateLine ? `${dateLine}\n` : '');
    const r = parseWorkshop(text, 'workshop.yaml');
    const found = r.ok ? [] : r.diagnostics.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
    expect(found.join('\n')).not.toMatch(/2000-01-03/);
    expect(found).toEqual([
      dateLine ? 'error invalid-date: `date` is 2024-05-32; expected a date like 2019-11-17 (YYYY-MM-DD) that exists, from 1900 to 2200' : expect.stringMatching(/^error missing-key: .*`date`/),
      // Not about the date: the overlap of two undated items stands whatever their day.
      'error no-overlap-in-room: "TBA (Alan Turing)" (9:30-10:00) runs 15 min into "Clash" (9:45-10:15) in room 502; expected it to end by 9:45, or the next item to start at 10:00 or later',
    ]);
  });

  it('with an invalid date, items without a date are never compared with items of a dated day', () => {
    const text = createWorkshopYaml({
      date: '2025-06-31',
      end_date: '2025-06-13',
      program: [
        { id: 'a', start: '9:00', end: '9:30', title: 'A', speakers: ['ada'] },
        { id: 'b', date: '2025-06-13', start: '9:00', end: '9:30', title: 'B', speakers: ['alan'] },
        { id: 'c', start: '9:30', end: '10:00', title: 'C', speakers: ['alan'] },
      ],
    });
    const r = parseWorkshop(text, 'workshop.yaml');
    // A and B, or B and C, would clash on one day; only the date itself is wrong.
    expect(r.ok ? [] : r.diagnostics.map((d) => d.ruleId)).toEqual(['invalid-date']);
  });

  it('blames the byte that starts a broken sequence, and names Latin-1 as the likely cause', () => {
    const r = decodeWorkshopBytes(new Uint8Array([...new TextEncoder().encode('id: x\ntitle: caf'), 0xe9, 0x0a]), 'workshop.yaml');
    expect(r.ok || r.diagnostics[0]).toMatchObject({ line: 2, column: 11 });
    expect(r.ok || r.diagnostics[0]!.message).toContain('byte 0xe9 is not valid UTF-8; expected a UTF-8 text file (a Latin-1');
  });

  it('recognizes UTF-16 and asks for UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('id: x\n').flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = decodeWorkshopBytes(utf16, 'workshop.yaml');
    expect(r.ok || r.diagnostics[0]!.message).toContain('UTF-16 text; save it as UTF-8');
  });

  it('does not let a __proto__ key pollute objects', () => {
    parseWorkshop(valid.replace('title: Test Workshop', '__proto__: { polluted: true }\ntitle: Test Workshop'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
