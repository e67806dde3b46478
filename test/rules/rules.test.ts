import { describe, expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import { rules } from '../../src/rules/index.js';

/** A workshop whose program is the given flow-style items, one a line from line 10. */
function workshopWith(items: string[], extra = ''): string {
  return [
    'id: dls-test',
    'title: Test Workshop',
    'timezone: America/Denver',
    'date: 2019-11-17',
    'people:',
    '  ada: { name: Ada Lovelace, affiliation: AE }',
    '  alan: { name: Alan Turing, affiliation: NPL }',
    extra.trimEnd() || '# no extra keys',
    'program:',
    ...items.map((i) => `  - ${i}`),
    '',
  ].join('\n');
}

/** The text a diagnostic points at, up to the end of the line. */
const textAt = (text: string, line: number, column: number): string => text.split('\n')[line - 1]!.slice(column - 1);

const talk = (start: string, end: string, more = '') => `{ start: "${start}", end: "${end}", title: T${start}, speakers: [ada]${more} }`;
const brk = (start: string, end: string, more = '') => `{ start: "${start}", end: "${end}", title: Break ${start}, kind: break${more} }`;

type Case = { name: string; items: string[]; extra?: string; ruleId: string; line: number; pointsAt: string; says: string };

const cases: Case[] = [
  { name: 'identical intervals in one room', items: [talk('9:00', '9:30'), brk('9:00', '9:30')], ruleId: 'no-overlap-in-room', line: 10, pointsAt: '"9:30"', says: 'both start at 9:00' },
  { name: 'one item inside another', items: [brk('9:00', '10:00'), brk('9:15', '9:45')], ruleId: 'no-overlap-in-room', line: 10, pointsAt: '"10:00"', says: '"Break 9:00" (9:00-10:00) runs 30 min into "Break 9:15" (9:15-9:45)' },
  { name: 'a talk running into the coffee break', items: [talk('9:00', '9:35'), brk('9:30', '10:00')], ruleId: 'no-overlap-in-room', line: 10, pointsAt: '"9:35"', says: '"T9:00" (9:00-9:35) runs 5 min into "Break 9:30" (9:30-10:00)' },
  { name: 'a track that changes rooms', items: [talk('9:00', '12:10', ', room: A'), brk('12:00', '13:00', ', room: B')], ruleId: 'no-overlap-in-track', line: 10, pointsAt: '"12:10"', says: 'runs 10 min into "Break 12:00" (12:00-13:00) in the same track (rooms A and B)' },
  { name: 'a speaker in two rooms at once', items: [talk('9:00', '9:30', ', room: A, track: A'), talk('9:15', '9:45', ', room: B, track: B')], ruleId: 'speaker-double-booked', line: 11, pointsAt: 'ada', says: 'Ada Lovelace speaks in' },
  { name: 'an end before the start', items: [brk('10:00', '9:00')], ruleId: 'end-after-start', line: 10, pointsAt: '"9:00"', says: 'at or before its start 10:00' },
  { name: 'an end equal to the start', items: [brk('10:00', '10:00')], ruleId: 'end-after-start', line: 10, pointsAt: '"10:00", title', says: 'expected an end later' },
  { name: 'a time skipped by spring-forward', items: [brk('2:30', '3:30', ', date: 2019-03-10')], extra: 'end_date: 2019-12-31', ruleId: 'time-exists', line: 10, pointsAt: '"2:30"', says: 'does not exist' },
  { name: 'a time repeated by fall-back', items: [brk('1:30', '2:30', ', date: 2019-11-03')], extra: 'end_date: 2019-12-31', ruleId: 'time-exists', line: 10, pointsAt: '"1:30"', says: 'happens twice' },
  { name: 'an item after the last day', items: [brk('9:00', '9:30', ', date: 2019-11-18')], ruleId: 'within-workshop-days', line: 10, pointsAt: '2019-11-18', says: 'expected 2019-11-17' },
  { name: 'a duplicate item id', items: [brk('9:00', '9:30', ', id: x'), brk('9:30', '10:00', ', id: x')], ruleId: 'unique-item-ids', line: 11, pointsAt: 'x }', says: 'already used by program[0]' },
  { name: 'an undeclared speaker', items: [talk('9:00', '9:30').replace('[ada]', '[alna]')], ruleId: 'known-person', line: 10, pointsAt: 'alna', says: 'did you mean `alan`?' },
  { name: 'an undeclared committee member', items: [talk('9:00', '9:30')], extra: 'committee:\n  - { person: bob, role: chair }', ruleId: 'known-person', line: 9, pointsAt: 'bob', says: '`bob` is not in `people`' },
  { name: 'deadlines out of order', items: [talk('9:00', '9:30')], extra: 'important_dates:\n  - { label: Papers due, date: 2019-09-16 }\n  - { label: Notification, date: 2019-09-01 }', ruleId: 'deadlines-in-order', line: 10, pointsAt: '2019-09-01', says: 'before "Papers due"' },
  { name: 'an extension not later than the old date', items: [talk('9:00', '9:30')], extra: 'important_dates:\n  - { label: Papers due, date: 2019-09-10, was: [2019-09-01, 2019-09-11] }', ruleId: 'extensions-in-order', line: 9, pointsAt: '2019-09-11', says: 'not earlier than the current date 2019-09-10' },
  { name: 'a gap nobody accounts for', items: [talk('9:00', '9:30'), talk('9:45', '10:00')], ruleId: 'no-unaccounted-gap', line: 11, pointsAt: '"9:45"', says: '15 min gap' },
  { name: 'a gap across a room change', items: [talk('9:00', '9:30', ', room: A'), talk('9:45', '10:00', ', room: B')], ruleId: 'no-unaccounted-gap', line: 11, pointsAt: '"9:45"', says: '15 min gap between "T9:00" (9:00-9:30) and "T9:45" (9:45-10:00)' },
  { name: 'items out of time order', items: [talk('10:00', '10:30'), talk('9:00', '9:30', ', room: B')], ruleId: 'program-in-order', line: 11, pointsAt: '"9:00"', says: 'expected items in time order' },
  { name: 'a talk without speakers', items: ['{ start: "9:00", end: "9:30", title: Mystery }'], ruleId: 'talk-has-speaker', line: 10, pointsAt: 'Mystery', says: 'has no speakers' },
  { name: 'a talk without a title yet', items: ['{ start: "9:00", end: "9:30", speakers: [ada] }'], ruleId: 'talk-has-title', line: 10, pointsAt: '{ start', says: 'by Ada Lovelace has no title yet (shown as TBA)' },
  { name: 'a talk titled TBD', items: ['{ start: "9:00", end: "9:30", title: tbd, speakers: [ada] }'], ruleId: 'talk-has-title', line: 10, pointsAt: '{ start', says: 'has no title yet' },
];

describe('schedule rules', () => {
  it.each(cases)('$name: $ruleId at the offending value', ({ items, extra, ruleId, line, pointsAt, says }) => {
    const text = workshopWith(items, extra);
    const r = parseWorkshop(text);
    const all = r.ok ? r.warnings : r.diagnostics;
    const found = all.filter((d) => d.ruleId === ruleId);
    expect(found, JSON.stringify(all, null, 1)).toHaveLength(1);
    const d = found[0]!;
    expect(d.line).toBe(line);
    expect(textAt(text, d.line, d.column).startsWith(pointsAt), textAt(text, d.line, d.column)).toBe(true);
    expect(d.message).toContain(says);
    expect(d.severity).toBe(rules.find((x) => x.id === ruleId)?.severity);
  });

  it('reports a pair that shares a room and a track once, as no-overlap-in-room', () => {
    const r = parseWorkshop(workshopWith([talk('9:00', '9:40'), brk('9:30', '10:00')]));
    expect(r.ok || r.diagnostics.map((d) => d.ruleId)).toEqual(['no-overlap-in-room']);
  });

  it('catches parallel tracks that share a room, and lets parallel tracks in two rooms be', () => {
    const shared = parseWorkshop(workshopWith([talk('9:00', '9:30', ', track: A'), brk('9:00', '9:30', ', track: B')]));
    expect(shared.ok || shared.diagnostics.map((d) => d.ruleId)).toEqual(['no-overlap-in-room']);
    const apart = parseWorkshop(workshopWith([talk('9:00', '9:30', ', track: A, room: A'), brk('9:00', '9:30', ', track: B, room: B')]));
    expect(apart.ok && apart.warnings).toEqual([]);
  });

  it('accepts touching ends, and the same speaker back to back in two rooms', () => {
    const r = parseWorkshop(workshopWith([talk('9:00', '9:30', ', room: A'), talk('9:30', '10:00', ', room: B')]));
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('respects check.max_gap_minutes and check.disable', () => {
    const items = [talk('9:00', '9:30'), talk('9:40', '10:00'), '{ start: "10:00", end: "10:30", title: Mystery }'];
    const r = parseWorkshop(workshopWith(items, 'check: { max_gap_minutes: 10, disable: [talk-has-speaker] }'));
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('documents every rule with an id and a description', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});
