import type { DayStyle } from '../markdown/format-time.js';
import type { Meridiem } from '../../page-style.js';

/**
 * Reading the dates and times a page writes by hand: `Nov 17th`, `November 17th, 2019`,
 * `17 November 2019`, `2019-11-17`; `9:00`, `9AM`, `5:30 PM`; ranges with `--`, an
 * en dash or `-`. These read the text of one cell or one heading, never whole lines.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(st|nd|rd|th)?';
const MONTH_DAY = new RegExp(`\\b${MONTH} ${DAY}\\b(?:,? (\\d{4}))?`, 'i');
const DAY_MONTH = new RegExp(`\\b${DAY} ${MONTH}\\b(?:,? (\\d{4}))?`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
// `November 16-17, 2025`, `16–17 November 2025`: days of one month, the month named once. The last day is no clock (`16 - 9:00AM`).
const SPAN_DAYS = `${DAY}\\s*(?:--|\u2013|-)\\s*${DAY}(?![:.]?\\d)`;
const MONTH_SPAN = new RegExp(`\\b${MONTH} ${SPAN_DAYS}\\b(?:,? (\\d{4}))?`, 'i');
const SPAN_MONTH = new RegExp(`\\b${SPAN_DAYS} ${MONTH}\\b(?:,? (\\d{4}))?`, 'i');

/** A date found in text: where, the day (year possibly missing), and how it was written. */
export interface FoundDate {
  index: number;
  text: string;
  year?: number;
  month: number;
  day: number;
  style: DayStyle;
  withYear: boolean;
  /** The last day of a span of days in one month (`November 16-17`): `text` is the whole span. */
  endDay?: number;
}

/** The first date in `text`, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  const candidates: FoundDate[] = [];
  const md = MONTH_DAY.exec(text);
  if (md) candidates.push(found(md, md[1]!, md[2]!, md[3], md[4], false));
  const dm = DAY_MONTH.exec(text);
  if (dm) candidates.push(found(dm, dm[3]!, dm[1]!, dm[2], dm[4], true));
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, text: iso[0], year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, style: { month: 'short', dayFirst: false, ordinals: false }, withYear: true });
  const ms = MONTH_SPAN.exec(text);
  if (ms) candidates.push({ ...found(ms, ms[1]!, ms[2]!, ms[3], ms[6], false), endDay: +ms[4]! });
  const sm = SPAN_MONTH.exec(text);
  if (sm) candidates.push({ ...found(sm, sm[5]!, sm[1]!, sm[2], sm[6], true), endDay: +sm[3]! });
  // At one place, the span (`November 16-17`) over its first day (`November 16`).
  const spans = candidates.filter((c) => c.endDay === undefined || c.endDay > c.day);
  return spans.sort((a, b) => a.index - b.index || b.text.length - a.text.length)[0];
}

function found(m: RegExpExecArray, month: string, day: string, suffix: string | undefined, year: string | undefined, dayFirst: boolean): FoundDate {
  const long = month.replace('.', '').length > 3 && month.toLowerCase() !== 'sept';
  return {
    index: m.index,
    text: m[0],
    month: MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1,
    day: +day,
    year: year === undefined ? undefined : +year,
    style: { month: long ? 'long' : 'short', dayFirst, ordinals: suffix !== undefined },
    withYear: year !== undefined,
  };
}

/** `YYYY-MM-DD` of a found date in `year` when it names none. */
export function isoOf(d: FoundDate, year: number): string {
  return `${d.year ?? year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** One end of a range as written: `9:00`, `9AM`, `5:30 PM`. */
interface ClockText {
  hour: number;
  minute: number;
  meridiem?: 'AM' | 'PM';
}

// The AM/PM group keeps the space before it: `9:00 AM` and `9:00AM` are two page styles.
const CLOCK = '(\\d{1,2})(?:[:.](\\d{2}))?(\\s*[AaPp]\\.?[Mm]\\.?)?';
const ZONE = '(?:\\s*\\(?([A-Z]{2,5}T?|UTC[+-]?\\d*)\\)?)?';
const RANGE = new RegExp(`^${CLOCK}${ZONE}(?:(\\s*(?:--|\u2013|\u2014|-|to)\\s*)${CLOCK}${ZONE})?$`);

/** A time cell or a heading window, read: 24-hour `HH:MM` ends, how they were written. */
export interface FoundRange {
  start: string;
  end?: string;
  separator?: string;
  twelve: boolean;
  /** False when a full hour is written with its minutes (`9:00AM`), true when not (`9AM`) or when no end is a full hour. */
  compact: boolean;
  zone?: string;
  /** How AM/PM is written (`9:00 AM`: spaced, `9:00am`: lower), on a 12-hour range. */
  meridiem?: Meridiem;
  /** A 24-hour hour written with its leading zero: `09:00`. */
  padded: boolean;
  /** A space either side of the separator: `9:00 AM - 9:30 AM`. */
  spaced: boolean;
}

/** Reads `9:00--9:05`, `9AM--5:30PM MST`, `14:00`, `1:30 PM - 2:00 PM`; undefined when the text is not a time. */
export function readRange(text: string): FoundRange | undefined {
  const m = RANGE.exec(text.trim());
  if (!m) return undefined;
  const a: ClockText = { hour: +m[1]!, minute: +(m[2] ?? 0), meridiem: meridiem(m[3]) };
  const b: ClockText | undefined = m[6] === undefined ? undefined : { hour: +m[6], minute: +(m[7] ?? 0), meridiem: meridiem(m[8]) };
  // `9:00-10:30AM`: the start takes the end's half of the day when that keeps it first;
  // `12:00 PM - 1:30`: the end takes the start's when that keeps it after, else the other half.
  const other = (m: 'AM' | 'PM') => (m === 'AM' ? 'PM' : 'AM');
  if (b?.meridiem && !a.meridiem) a.meridiem = (to24(a.hour, a.minute, b.meridiem) ?? '') <= (to24(b.hour, b.minute, b.meridiem) ?? '') ? b.meridiem : other(b.meridiem);
  else if (b && a.meridiem && !b.meridiem) b.meridiem = (to24(b.hour, b.minute, a.meridiem) ?? '') > (to24(a.hour, a.minute, a.meridiem) ?? '') ? a.meridiem : other(a.meridiem);
  const start = to24(a.hour, a.minute, a.meridiem);
  const end = b && to24(b.hour, b.minute, b.meridiem);
  if (start === undefined || (b && end === undefined)) return undefined;
  const written = m[3] ?? m[8];
  const meridiemStyle = written === undefined ? undefined : MERIDIEM_STYLES[`${/^\s/.test(written)}/${/[ap]/.test(written)}`];
  const padded = a.meridiem === undefined && [m[1], m[6]].some((h) => h !== undefined && h.length === 2 && h.startsWith('0'));
  const separator = m[5]?.trim();
  return { start, end, separator, twelve: a.meridiem !== undefined, compact: m[2] !== '00' && m[7] !== '00', zone: m[9] ?? m[4], meridiem: meridiemStyle, padded, spaced: m[5] !== undefined && /^\s.*\s$/.test(m[5]) };
}

const MERIDIEM_STYLES: Record<string, Meridiem> = { 'false/false': 'attached', 'true/false': 'spaced', 'false/true': 'lower', 'true/true': 'lower-spaced' };
const meridiem = (s: string | undefined) => (s === undefined ? undefined : s.trim()[0]!.toUpperCase() === 'A' ? 'AM' : 'PM');

function to24(hour: number, minute: number, m: 'AM' | 'PM' | undefined): string | undefined {
  if (minute > 59 || hour > (m ? 12 : 23) || (m && hour === 0)) return undefined;
  const h = m === undefined ? hour : (hour % 12) + (m === 'PM' ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Finds a time range inside a heading: its index and text, or undefined. */
export function findRange(text: string): { index: number; text: string; range: FoundRange } | undefined {
  const re = new RegExp(`${CLOCK}\\s*(?:--|\u2013|\u2014|-|to)\\s*${CLOCK}`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/\d/.test(text[m.index - 1] ?? '') && (m[3] || m[6] || m[2])) {
      const range = readRange(m[0]);
      if (range) return { index: m.index, text: m[0], range };
    }
  }
  return undefined;
}
