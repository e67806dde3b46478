import { zoneLabel } from '../../time.js';
import { wallClockIn } from './format-time.js';

/**
 * Time ranges read from instants, so a range over a daylight-saving change shows
 * each end's own wall clock and zone label (`1AM MST--4AM MDT`), and a range in
 * another zone says on which day each end falls there.
 */

/** One end of a range: wall-clock `HH:MM`, its day, and the zone's label at that instant. */
export interface RangeEnd {
  time: string;
  date: string;
  label: string;
}

/** The end at instant `ms` in `zone`; `fallback` (the wall clock as written) when `ms` is NaN. */
export function rangeEnd(ms: number, zone: string, fallback: { time: string; date: string }): RangeEnd {
  if (Number.isNaN(ms)) return { ...fallback, label: '' };
  return { ...wallClockIn(ms, zone), label: zoneLabel(ms, zone) };
}

/**
 * `start--end`, labelled: nothing when both ends have the label already `shown`
 * (a column header), one label after the range when the ends share it, and a label
 * after each end when they differ. `shown` undefined labels every range.
 */
export function labelRange(start: RangeEnd, end: RangeEnd, clock: (time: string) => string, separator: string, shown?: string): string {
  const withLabel = (text: string, label: string) => (label === '' ? text : `${text} ${label}`);
  if (start.label === end.label) return withLabel(`${clock(start.time)}${separator}${clock(end.time)}`, start.label === shown ? '' : start.label);
  // Each end its own label, even the one the header shows: `1:30 MST--3:30 MDT`.
  return `${withLabel(clock(start.time), start.label)}${separator}${withLabel(clock(end.time), end.label)}`;
}

/**
 * The days on which the ends fall in another zone, relative to `date`: `(+1)` when
 * both ends are on the next day, `(ends +1)` when only the end is, `(starts -1)` when
 * only the start is on the day before; empty when both are on `date`.
 */
export function dayShift(start: RangeEnd, end: RangeEnd, date: string): string {
  const s = daysBetween(date, start.date);
  const e = daysBetween(date, end.date);
  const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;
  const parts: string[] = [];
  if (s !== 0) parts.push(e === s ? signed(s) : `starts ${signed(s)}`);
  if (e !== s && e !== 0) parts.push(`ends ${signed(e)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
