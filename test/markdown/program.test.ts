import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS, type MarkdownOptions } from '../../src/formats/markdown/options.js';
import { writeSection } from '../../src/formats/markdown/registry.js';
import { createWorkshop } from '../helpers/workshop.js';
import { headingsOf, parseGfm, tableOf, tablesOf } from './gfm.js';

const program = (overrides: Record<string, unknown>, options: Partial<MarkdownOptions> = {}) =>
  writeSection('program', createWorkshop(overrides), { ...DEFAULT_MARKDOWN_OPTIONS, ...options });

const people = {
  ada: { name: 'Ada Lovelace', affiliation: 'ANL', email: 'ada@example.org' },
  alan: { name: 'Alan Turing', affiliation: 'ANL' },
  grace: { name: 'Grace Hopper', affiliation: 'Navy' },
};
const item = (extra: Record<string, unknown>) => ({ start: '9:00', end: '9:30', title: 'A Talk', ...extra });

describe('the program table', () => {
  it('lists speakers who share an affiliation as "A & B, Affiliation"', () => {
    const table = tableOf(program({ people, program: [item({ speakers: ['ada', 'alan'] }), item({ start: '9:30', end: '10:00', speakers: ['ada', 'alan', 'grace'] })] }));
    expect(table[1]![2]).toBe('Ada Lovelace & Alan Turing, ANL');
    expect(table[2]![2]).toBe('Ada Lovelace & Alan Turing, ANL; Grace Hopper, Navy');
  });

  it('links a title to its slides', () => {
    const table = tableOf(program({ program: [item({ slides: 'https://example.org/talk_(v2).pdf?a=1|2' })] }));
    expect(table[1]![1]).toBe('[A Talk](https://example.org/talk_%28v2%29.pdf?a=1%7C2)');
  });

  it('names the days of a workshop whose program is still empty, instead of "Program ()"', () => {
    const md = program({ program: [], room: null });
    expect(headingsOf(md)).toEqual(['Program (Nov 17th)']);
    expect(md).toContain('The program will be announced here.');
  });

  it('never prints an e-mail address', () => {
    const md = program({ people, program: [item({ speakers: ['ada', { name: 'Inline Person', email: 'inline@example.org' }] })] });
    expect(md).not.toMatch(/@example\.org/);
  });

  it('adds a Room column only when an item is elsewhere than the workshop room', () => {
    expect(tableOf(program({}))[0]).toEqual(['Time', 'Title', 'Speaker']);
    const table = tableOf(program({ program: [item({}), item({ start: '9:30', end: '10:00', room: 'Hall | B', room_url: 'https://example.org/b' })] }));
    expect(table.map((r) => r[1])).toEqual(['Room', '502', '[Hall | B](https://example.org/b)']);
  });

  it('gives a multi-day program one table per day, under day headings', () => {
    const md = program({ end_date: '2019-11-18', program: [item({ date: '2019-11-18', title: 'Day two' }), item({ title: 'Day one' })] });
    expect(headingsOf(md)).toEqual(['Program (Nov 17th--Nov 18th, Location: 502)', 'Sunday, Nov 17th (9AM--9:30AM)', 'Monday, Nov 18th (9AM--9:30AM)']);
    expect(tablesOf(md).map((t) => t[1]![1])).toEqual(['Day one', 'Day two']);
  });
});

describe('formatting options', () => {
  const day = { program: [item({ start: '12:00', end: '12:30' }), item({ start: '17:00', end: '17:30' })] };

  it.each([
    ['seed', '--', ['12:00--12:30', '17:00--17:30'], 'Program (Nov 17th, 12PM--5:30PM, Location: 502)'],
    ['12', '--', ['12:00PM--12:30PM', '5:00PM--5:30PM'], 'Program (Nov 17th, 12PM--5:30PM, Location: 502)'],
    ['24', 'en-dash', ['12:00\u201312:30', '17:00\u201317:30'], 'Program (Nov 17th, 12:00\u201317:30, Location: 502)'],
  ] as const)('clock %s with separator %s', (clock, separator, times, heading) => {
    const md = program(day, { clock, separator });
    expect(tableOf(md).slice(1).map((r) => r[0])).toEqual(times);
    expect(headingsOf(md)[0]).toBe(heading);
  });

  it.each([
    ['America/Denver', '2019-11-17', 'MST'],
    ['America/Denver', '2019-07-17', 'MDT'],
    ['Europe/Berlin', '2019-07-17', 'CEST'],
    ['Europe/Berlin', '2019-11-17', 'CET'],
    ['Asia/Tokyo', '2019-07-17', 'JST'],
  ])('labels %s on %s as %s, from the zone on that date', (timezone, date, label) => {
    const md = program({ timezone, date }, { zoneLabel: 'both' });
    expect(tableOf(md)[0]![0]).toBe(`Time (${label})`);
    expect(headingsOf(md)[0]).toContain(`9AM--10AM ${label},`);
  });

  it('never calls Frankfurt in July "CET"', () => {
    const md = program({ timezone: 'Europe/Berlin', date: '2019-07-17' }, { zoneLabel: 'both' });
    expect(parseGfm(md).children.length).toBeGreaterThan(0);
    expect(md).not.toMatch(/\bCET\b/);
  });

  it('adds a second-zone column, marking the next day', () => {
    const md = program(day, { secondZone: 'Europe/Berlin' });
    const table = tableOf(md);
    expect(table[0]).toEqual(['Time', 'Time (CET)', 'Title', 'Speaker']);
    expect(table[1]![1]).toBe('20:00--20:30');
    expect(table[2]![1]).toBe('1:00--1:30 (+1)');
  });

  it('marks a second-zone end that falls on the next day there, not only a start', () => {
    const late = { program: [item({ start: '15:30', end: '16:30' }), item({ start: '16:30', end: '17:30' })] };
    const table = tableOf(program(late, { secondZone: 'Europe/Berlin' }));
    expect(table.slice(1).map((r) => r[1])).toEqual(['23:30--0:30 (ends +1)', '0:30--1:30 (+1)']);
    const early = tableOf(program({ timezone: 'Europe/Berlin', program: [item({ start: '0:30', end: '1:30' })] }, { secondZone: 'America/Denver' }));
    expect(early[1]![1]).toBe('16:30--17:30 (-1)');
    const straddle = tableOf(program({ timezone: 'Europe/Berlin', program: [item({ start: '7:30', end: '8:30' })] }, { secondZone: 'America/Denver' }));
    expect(straddle[1]![1]).toBe('23:30--0:30 (starts -1)');
  });
});

describe('a day with a daylight-saving change (Denver, 2019-03-10: 2AM MST is 3AM MDT)', () => {
  const dst = {
    timezone: 'America/Denver',
    date: '2019-03-10',
    program: [item({ start: '1:00', end: '1:45', title: 'Before' }), item({ start: '1:45', end: '3:00', title: 'Across' }), item({ start: '3:00', end: '4:00', title: 'After' })],
  };

  it('labels each end of the heading when the zone label changes during the day', () => {
    expect(headingsOf(program(dst, { zoneLabel: 'both' }))[0]).toBe('Program (Mar 10th, 1AM MST--4AM MDT, Location: 502)');
    expect(headingsOf(program(dst))[0]).toBe('Program (Mar 10th, 1AM--4AM, Location: 502)');
  });

  it('labels the rows whose zone differs from the Time column header', () => {
    const table = tableOf(program(dst, { zoneLabel: 'both' }));
    expect(table.map((r) => r[0])).toEqual(['Time (MST)', '1:00--1:45', '1:45 MST--3:00 MDT', '3:00--4:00 MDT']);
    expect(tableOf(program(dst)).slice(1).map((r) => r[0])).toEqual(['1:00--1:45', '1:45--3:00', '3:00--4:00']);
  });

  it('orders the rows by their instants, whatever the order in the file', () => {
    const shuffled = { ...dst, program: [dst.program[2], dst.program[0], dst.program[1]] };
    expect(tableOf(program(shuffled)).slice(1).map((r) => r[1])).toEqual(['Before', 'Across', 'After']);
  });

  it('shows the second zone from the instants: 1:45 MST to 3:00 MDT is 15 minutes', () => {
    const table = tableOf(program(dst, { secondZone: 'UTC' }));
    expect(table.map((r) => r[1])).toEqual(['Time (UTC)', '8:00--8:45', '8:45--9:00', '9:00--10:00']);
  });

  it('labels the second zone per row when it changes there instead (Berlin seen from Denver, 2019-03-31)', () => {
    const table = tableOf(program({ timezone: 'America/Denver', date: '2019-03-30', program: [item({ start: '17:00', end: '18:00' }), item({ start: '18:00', end: '19:30' })] }, { secondZone: 'Europe/Berlin' }));
    expect(table.map((r) => r[1])).toEqual(['Time (CET)', '0:00--1:00 (+1)', '1:00 CET--3:30 CEST (+1)']);
  });
});
