import ICAL from 'ical.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { BASE_YAML } from '../helpers/workshop.js';
import { folderWith } from './payloads.js';

// Family "calendars and dates": a crafted earlier calendar as the -o target, and dates at the edge.
const EPOCH = { SOURCE_DATE_EPOCH: '1573000000' };
const dir = folderWith({ 'workshop.yaml': BASE_YAML, 'shorter.yaml': BASE_YAML.replace(/  - id: talk[\s\S]*$/, '') });
const exportTo = (out: string, workshop = 'workshop.yaml') => runDls(['-f', join(dir, workshop), 'export', 'ics', '-o', out], { env: EPOCH });
const original = join(dir, 'original.ics');
exportTo(original);
const earlier = readFileSync(original, 'utf8');

/** The VEVENTs as ical.js reads them: property names, SEQUENCE and subcomponents. */
const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => ({
    uid: String(c.getFirstPropertyValue('uid')),
    sequence: c.getFirstProperty('sequence')?.toICALString().slice('SEQUENCE:'.length),
    props: c.getAllProperties().map((p) => p.name.toUpperCase()),
    parameters: c.getAllProperties().flatMap((p) => Object.keys((p.toJSON() as [string, Record<string, string>])[1])),
    components: c.getAllSubcomponents().map((s) => s.name),
  }));

const SEQUENCES = ['1e308', '9007199254740993', '-1', '2147483648', '99999999999', '0x10', '1.5', '', ' 1', '+1', 'NaN', 'Infinity', '1_000', '１', '4294967297', '00000000000000000001'];

describe('a crafted SEQUENCE in the earlier calendar', () => {
  it.each(SEQUENCES)('SEQUENCE:%j is reset to 0 with a note, and every SEQUENCE written is an INTEGER 0..2^31-1', (value) => {
    const out = join(dir, `seq-${SEQUENCES.indexOf(value)}.ics`);
    writeFileSync(out, earlier.replace(/SEQUENCE:0/g, `SEQUENCE:${value}`));
    const r = exportTo(out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('counting it from 0 again');
    for (const e of events(readFileSync(out, 'utf8'))) expect(e.sequence).toMatch(/^(0|[1-9]\d{0,9})$/);
    expect(events(readFileSync(out, 'utf8')).every((e) => Number(e.sequence) <= 2 ** 31 - 1)).toBe(true);
  });

  it('keeps a SEQUENCE of 2147483647, the largest INTEGER, without going past it on a change', () => {
    const out = join(dir, 'seq-max.ics');
    writeFileSync(out, earlier.replace(/SEQUENCE:0/g, 'SEQUENCE:2147483647').replace('SUMMARY:Opening', 'SUMMARY:Old opening'));
    expect(exportTo(out).stderr).not.toContain('counting it from 0');
    expect(events(readFileSync(out, 'utf8')).map((e) => e.sequence)).toEqual(['2147483647', '2147483647']);
  });
});

// What an attacker who can write the earlier file might slip in: none of it is dls's to carry on.
const INJECTED: [string, string][] = [
  ['ATTENDEE', 'ATTENDEE;CN=Evil;RSVP=TRUE:mailto:evil@example.org'],
  ['ORGANIZER', 'ORGANIZER;CN=Boss:mailto:boss@evil.example'],
  ['VALARM', 'BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nDESCRIPTION:Click https://evil.example\r\nEND:VALARM'],
  ['ATTACH', 'ATTACH:https://evil.example/agenda.exe'],
  ['RRULE', 'RRULE:FREQ=DAILY;COUNT=1000'],
  ['RDATE', 'RDATE:20191118T160000Z'],
  ['EXDATE', 'EXDATE:20191117T160000Z'],
  ['X-EVIL', 'X-EVIL:1'],
  ['X-MICROSOFT-CDO-BUSYSTATUS', 'X-MICROSOFT-CDO-BUSYSTATUS:OOF'],
  ['CONTACT', 'CONTACT:call +1 555 0100'],
  ['COMMENT', 'COMMENT:forged'],
  ['CLASS', 'CLASS:PRIVATE'],
  ['RELATED-TO', 'RELATED-TO:other@example.org'],
  ['ALTREP on SUMMARY', 'SUMMARY;ALTREP="https://evil.example":Opening'],
  ['LANGUAGE on LOCATION', 'LOCATION;LANGUAGE=xx:Elsewhere'],
];

describe('properties dls does not write are never carried over', () => {
  const tampered = earlier.replace(/END:VEVENT/g, `${INJECTED.map(([, line]) => line).join('\r\n')}\r\nEND:VEVENT`);
  // Updating with the full program keeps both events; with one item left, the other comes back as a cancellation.
  it.each([
    ['to live events', 'workshop.yaml'],
    ['to a cancellation carried forward', 'shorter.yaml'],
  ])('none of the injected properties reaches the new file (%s)', (_name, workshop) => {
    const out = join(dir, `injected-${workshop}.ics`);
    writeFileSync(out, tampered);
    const r = exportTo(out, workshop);
    expect(r.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    const read = events(written);
    expect(read.length).toBe(2);
    for (const [name] of INJECTED) {
      const property = name.split(' ')[0]!;
      expect(read.flatMap((e) => [...e.props, ...e.components.map((c) => c.toUpperCase())]), name).not.toContain(property);
    }
    expect(read.flatMap((e) => e.parameters).filter((p) => p !== 'value')).toEqual([]);
    expect(written).not.toMatch(/evil/i);
  });
});

const withDate = (from: string, to: string) => BASE_YAML.replace(from, to);
const DATES: [string, string, string, number, number][] = [
  ['workshop date in year 0000', 'date: 2019-11-17', 'date: 0000-01-01', 4, 7],
  ['the leap day of year 0000', 'date: 2019-11-17', 'date: 0000-02-29', 4, 7],
  ['the last day of 1899', 'date: 2019-11-17', 'date: 1899-12-31', 4, 7],
  ['the first day of 2201', 'date: 2019-11-17', 'date: 2201-01-01', 4, 7],
  ['the last day of 9999', 'date: 2019-11-17', 'date: 9999-12-31', 4, 7],
  ['a five-digit year', 'date: 2019-11-17', 'date: 10000-01-01', 4, 7],
  ['a negative year', 'date: 2019-11-17', 'date: "-0001-01-01"', 4, 7],
  ['an end_date in 2201', 'room: "502"', 'end_date: 2201-01-01\nroom: "502"', 5, 11],
  ['an item on 9999-12-31', '    start: "9:30"', '    date: 9999-12-31\n    start: "9:30"', 18, 11],
  ['an AoE deadline on 9999-12-31', 'program:', 'deadline_timezone: AoE\nimportant_dates:\n  - { label: Papers due, date: 9999-12-31 }\nprogram:', 11, 32],
  ['an earlier deadline in 0000', 'program:', 'important_dates:\n  - { label: Papers due, date: 2019-08-01, was: [0000-07-01] }\nprogram:', 10, 50],
  ['updated: in year 10000', 'program:', 'updated: "10000-01-01T00:00:00Z"\nprogram:', 9, 10],
  ['updated: in 1899', 'program:', 'updated: 1899-12-31T23:00:00Z\nprogram:', 9, 10],
];

describe('dates outside 1900-2200', () => {
  it.each(DATES)('%s is refused at its line and column, exit 1', (_name, from, to, line, column) => {
    const r = runDls(['-f', '-', 'schedule', 'check'], { input: withDate(from, to) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^<stdin>:${line}:${column} error .*1900 to 2200`, 'm'));
  });

  it('1900-01-01 and an AoE deadline with an evening item on 2200-12-31 give four-digit years everywhere', () => {
    const edge = withDate('date: 2019-11-17', 'date: 2200-12-31\nend_date: 2200-12-31').replace('program:', 'deadline_timezone: AoE\nimportant_dates:\n  - { label: Start, date: 1900-01-01 }\n  - { label: Papers due, date: 2200-12-31 }\nprogram:').replace('"9:30"\n    end: "10:00"', '"23:00"\n    end: "23:59"');
    for (const args of [['export', 'ics'], ['export', 'ics', '--deadlines']]) {
      const r = runDls(['-f', '-', ...args], { input: edge, env: EPOCH });
      expect(r.code, r.stderr).toBe(0);
      const values = [...r.stdout.matchAll(/^(DTSTART|DTEND|DTSTAMP)[^:]*:(.*)$/gm)].map((m) => m[2]!.trim());
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(v).toMatch(/^(19|2[0-2])\d{2}\d{4}(T\d{6}Z)?$/);
    }
  });
});
