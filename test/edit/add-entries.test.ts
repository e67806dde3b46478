import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addImportantDate, addPerson, addProgramItem } from '../../src/edit/add-entries.js';
import { parseWorkshop } from '../../src/parse/index.js';

const COMMENTED = readFileSync(new URL('../fixtures/edit/commented.yaml', import.meta.url), 'utf8');

/**
 * The lines an edit added, asserting it added nothing else: with the inserted block
 * removed, the result is the original, byte for byte.
 */
function insertedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let top = 0;
  while (top < a.length && a[top] === b[top]) top++;
  let bottom = 0;
  while (bottom < a.length - top && a[a.length - 1 - bottom] === b[b.length - 1 - bottom]) bottom++;
  expect(a.length - top - bottom, 'no original line changed or vanished').toBe(0);
  return b.slice(top, b.length - bottom);
}

const programOf = (text: string) => {
  const r = parseWorkshop(text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.workshop.program.map((i) => `${i.date} ${i.start} ${i.key}`);
};

describe('adding to a heavily commented file', () => {
  it('adds a talk as one new line in the style of its neighbours, and changes nothing else', () => {
    const r = addProgramItem(COMMENTED, { id: 'cards', start: '11:15', end: '11:45', title: 'Punched cards, then and now', speakers: ['weimer'] });
    expect(insertedLines(COMMENTED, r.text)).toEqual(["  - {id: cards, start: '11:15', end: '11:45', title: 'Punched cards, then and now', speakers: [weimer]}"]);
  });

  it('puts the talk in time order, before the comment that heads the next block', () => {
    const r = addProgramItem(COMMENTED, { id: 'early', start: '8:30', end: '9:00', title: 'Registration', kind: 'other' });
    expect(programOf(r.text).slice(0, 2)).toEqual(['2026-06-10 08:30 early', '2026-06-10 09:00 opening']);
    const second = addProgramItem(COMMENTED, { id: 'late', start: '11:15', end: '11:45', title: 'Late' });
    expect(second.text).toContain("title: Late}\n\n  # --- day two ---");
  });

  it('writes the day only when it is not the first, and the room only when it is not the default', () => {
    const r = addProgramItem(COMMENTED, { id: 'd2', date: '2026-06-11', start: '9:30', end: '10:00', title: 'Second', room: 'Hall B', speakers: ['lovelace'] });
    expect(insertedLines(COMMENTED, r.text)).toEqual(["  - {id: d2, date: 2026-06-11, start: '9:30', end: '10:00', title: Second, speakers: [lovelace], room: Hall B}"]);
    const same = addProgramItem(COMMENTED, { id: 'x', date: '2026-06-10', room: 'Hall A', start: '11:15', end: '11:45', title: 'X', speakers: ['weimer'] });
    expect(insertedLines(COMMENTED, same.text)[0]).not.toMatch(/date:|room:/);
  });

  it('puts a key the neighbour lacks where it belongs: kind after title, not at the end', () => {
    const r = addProgramItem(COMMENTED, { id: 'p', start: '11:15', end: '11:45', title: 'Panel', kind: 'panel', speakers: ['weimer'] });
    expect(insertedLines(COMMENTED, r.text)).toEqual(["  - {id: p, start: '11:15', end: '11:45', title: Panel, kind: panel, speakers: [weimer]}"]);
  });

  it('falls back to block style for an item too long for one line', () => {
    const title = 'A title that is long enough to push a one-line entry well past what this file ever wrote on one line';
    const lines = insertedLines(COMMENTED, addProgramItem(COMMENTED, { id: 'long', start: '11:15', end: '11:45', title, speakers: ['weimer'] }).text);
    expect(lines).toEqual(['  - id: long', "    start: '11:15'", "    end: '11:45'", `    title: ${title}`, '    speakers: [weimer]']);
  });

  it('adds a deadline in date order and a person at the end of people', () => {
    const d = addImportantDate(COMMENTED, { label: 'Abstracts due', date: '2026-02-20' });
    expect(insertedLines(COMMENTED, d.text)).toEqual(['  - {label: Abstracts due, date: 2026-02-20}']);
    expect(d.index).toBe(0);
    const p = addPerson(COMMENTED, 'babbage', { name: 'Charles Babbage', country: 'UK' });
    expect(insertedLines(COMMENTED, p)).toEqual(['  babbage:', '    name: Charles Babbage', '    country: UK']);
  });

  it('turns an empty `program: []` into a list, keeping the comment where it was', () => {
    const text = 'id: t\ntitle: T\ntimezone: UTC\ndate: 2026-01-05\nprogram: []   # empty for now\n';
    const r = addProgramItem(text, { start: '9:00', end: '9:30', title: 'Hello: world' });
    expect(r.text).toBe('id: t\ntitle: T\ntimezone: UTC\ndate: 2026-01-05\nprogram:    # empty for now\n  - { start: "9:00", end: "9:30", title: "Hello: world" }\n');
  });

  it('creates a missing important_dates list at the end of the file', () => {
    const text = 'id: t\ntitle: T\ntimezone: UTC\ndate: 2026-01-05\nprogram: []';
    expect(addImportantDate(text, { label: 'Papers due', date: '2025-12-01' }).text).toBe(`${text}\n\nimportant_dates:\n  - { label: Papers due, date: 2025-12-01 }\n`);
  });

  it('changes no line ending but the inserted lines in a file with mixed endings', () => {
    // CRLF everywhere except the header comment, as an editor that saved part of the file leaves it.
    const lines = COMMENTED.split('\n');
    const mixed = lines.map((l, i) => (i < 3 || i === lines.length - 1 ? l : `${l}\r`)).join('\n');
    const r = addProgramItem(mixed, { id: 'w', start: '11:15', end: '11:45', title: 'W', speakers: ['weimer'] });
    const inserted = "  - {id: w, start: '11:15', end: '11:45', title: W, speakers: [weimer]}\r\n";
    expect(r.text.replace(inserted, '')).toBe(mixed);
    const person = addPerson(mixed, 'grace', { name: 'Grace Hopper' });
    const added = person.split('\n').filter((l) => /grace/i.test(l));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((l) => l.endsWith('\r'))).toBe(true);
    expect(person.split('\n').filter((l) => !/grace/i.test(l)).join('\n')).toBe(mixed);
  });

  it('keeps Windows line endings in a CRLF file', () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    const r = addProgramItem(crlf, { id: 'w', start: '11:15', end: '11:45', title: 'W', speakers: ['weimer'] });
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(r.text).toContain("\r\n  - {id: w, start: '11:15', end: '11:45', title: W, speakers: [weimer]}\r\n");
  });
});
