import { describe, expect, it } from 'vitest';
import { readPreviousCalendar, type PreviousCalendar } from '../../src/formats/ics/previous.js';
import { createWorkshop } from '../helpers/workshop.js';
import { exportIcs, readIcs } from './read-ics.js';

const talk = (id: string, start: string, title = `Talk ${id}`) => ({ id, start, end: start.replace(':00', ':30'), title });
const program = [talk('a', '9:00'), talk('b', '10:00'), talk('c', '11:00')];

function previousOf(ics: string): PreviousCalendar {
  const r = readPreviousCalendar(ics);
  if (!r.ok) throw new Error(r.message);
  return r.calendar;
}
/** Exports `items` as an update of the calendar text `before`. */
const update = (before: string, items: unknown[]) => exportIcs(createWorkshop({ program: items }), { previous: previousOf(before) });
const seqs = (ics: string) => Object.fromEntries(readIcs(ics).events.map((e) => [e.uid.split('@')[0], [e.sequence, e.status]]));

describe('re-exporting over an earlier calendar', () => {
  const first = exportIcs(createWorkshop({ program }));

  it('is byte-identical when nothing changed', () => {
    expect(update(first, program)).toBe(first);
  });

  it('gives a moved talk SEQUENCE 1 and leaves the others at 0', () => {
    const moved = update(first, [talk('a', '9:00'), talk('b', '14:00'), talk('c', '11:00')]);
    expect(seqs(moved)).toEqual({ a: [0, 'CONFIRMED'], b: [1, 'CONFIRMED'], c: [0, 'CONFIRMED'] });
    expect(update(moved, [talk('a', '9:00'), talk('b', '14:00'), talk('c', '11:00')])).toBe(moved);
  });

  it('bumps again on every further change, so clients always take the newest', () => {
    const once = update(first, [talk('a', '9:00', 'Renamed'), ...program.slice(1)]);
    const twice = update(once, [talk('a', '9:00', 'Renamed again'), ...program.slice(1)]);
    expect(seqs(twice).a).toEqual([2, 'CONFIRMED']);
  });

  it('cancels a removed talk (STATUS:CANCELLED, SEQUENCE+1) instead of silently dropping it', () => {
    const removed = update(first, [talk('a', '9:00'), talk('c', '11:00')]);
    expect(seqs(removed)).toEqual({ a: [0, 'CONFIRMED'], c: [0, 'CONFIRMED'], b: [1, 'CANCELLED'] });
    expect(readIcs(removed).events.find((e) => e.status === 'CANCELLED')!.summary).toBe('Talk b');
    expect(update(removed, [talk('a', '9:00'), talk('c', '11:00')])).toBe(removed);
  });

  it('brings a cancelled talk back confirmed, with a higher SEQUENCE', () => {
    const removed = update(first, [talk('a', '9:00'), talk('c', '11:00')]);
    expect(seqs(update(removed, program)).b).toEqual([2, 'CONFIRMED']);
  });

  it('drops carried cancellations with pruneCancelled, but announces a fresh removal at least once', () => {
    const removed = update(first, [talk('a', '9:00'), talk('c', '11:00')]);
    const pruned = exportIcs(createWorkshop({ program: [talk('a', '9:00')] }), { previous: previousOf(removed), pruneCancelled: true });
    expect(seqs(pruned)).toEqual({ a: [0, 'CONFIRMED'], c: [1, 'CANCELLED'] });
  });

  it('also understands an earlier export whose line endings git turned into LF', () => {
    expect(update(first.replace(/\r\n/g, '\n'), program)).toBe(first);
  });
});

describe('which earlier files count as a dls calendar', () => {
  it.each([
    ['another program’s calendar', 'BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n', 'it is a calendar that dls did not write'],
    ['a file that is no calendar', '# notes\n', 'it is not an iCalendar file'],
  ])('refuses %s', (_name, text, message) => {
    expect(readPreviousCalendar(text)).toEqual({ ok: false, message });
  });
});
