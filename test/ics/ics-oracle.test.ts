import { createEvents, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { shippedWorkshop } from '../markdown/sc19.js';
import { exportIcs, readIcs, type ReadEvent } from './read-ics.js';

// The `ics` npm package as an oracle: each event, read back by ical.js, is written again
// by `ics`; the VEVENT lines of both writers, unfolded and in any order, must be equal.
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '');
const veventLines = (text: string) =>
  unfold(text)
    .split(/\r?\n/)
    .reduce<string[][]>((events, line) => (line === 'BEGIN:VEVENT' ? [...events, []] : (events.at(-1)?.push(line), events)), [])
    .map((lines) => lines.slice(0, lines.indexOf('END:VEVENT')).sort());

function withIcs(e: ReadEvent, stamp: number, transp: string): string[] {
  // `timestamp` sets DTSTAMP; ics 3.12 reads it, though its type definitions leave it out.
  const attributes = {
    uid: e.uid, timestamp: stamp, sequence: e.sequence, title: e.summary, description: e.description, location: e.location, url: e.url,
    categories: e.categories, status: e.status as EventAttributes['status'], transp: transp as EventAttributes['transp'],
    start: e.startMs, startInputType: 'utc', startOutputType: 'utc', end: e.endMs, endInputType: 'utc', endOutputType: 'utc',
  };
  const r = createEvents([attributes as EventAttributes]);
  if (r.error) throw r.error;
  return veventLines(r.value!)[0]!;
}

describe('the ics package agrees with our VEVENTs', () => {
  it('writes the same unfolded lines for every ASCII event of the SC19 program', () => {
    const stamp = Date.parse('2019-11-01T12:00:00Z');
    const text = exportIcs(shippedWorkshop(), { dtstamp: stamp });
    const ours = veventLines(text);
    const events = readIcs(text).events;
    const ascii = events.map((e, i) => ({ e, lines: ours[i]! })).filter(({ lines }) => lines.every((l) => /^[\x20-\x7e]*$/.test(l)));
    expect(ascii.length, 'ASCII events in the SC19 program').toBeGreaterThan(10);
    for (const { e, lines } of ascii) {
      const transp = lines.find((l) => l.startsWith('TRANSP:'))!.slice('TRANSP:'.length);
      // Known difference: `ics` leaves a comma inside a category unescaped (`Track A, B` reads back as
      // two categories); the SC19 categories have no comma, so their lines are equal too.
      expect(withIcs(e, stamp, transp), e.uid).toEqual(lines);
    }
  });
});
