import type { MarkdownOptions } from './options.js';
import { intlWallClock, minutesOf } from '../../time.js';
import type { Meridiem } from '../../page-style.js';

/**
 * Times and dates as the SC19 page writes them: `9:00`, `5:30PM`, `Nov 17th`,
 * `Sep 1st, 2019`. Inputs are the model's normalized `HH:MM` and `YYYY-MM-DD`.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Full month names, January first. */
export const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a day is written: `Nov 17th`, `November 17`, `17 November`. */
export interface DayStyle {
  month: 'short' | 'long';
  dayFirst: boolean;
  ordinals: boolean;
}
const SEED_DAY: DayStyle = { month: 'short', dayFirst: false, ordinals: true };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * `2019-11-17` as `Nov 17th`, or `Nov 17th, 2019` with the year; in other styles
 * `November 17th`, `17 November 2019`.
 */
export function formatDay(date: string, withYear = false, style: DayStyle = SEED_DAY): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = (style.month === 'long' ? LONG_MONTHS : MONTHS)[m - 1]!;
  const day = style.ordinals ? ordinal(d) : String(d);
  if (style.dayFirst) return `${day} ${month}${withYear ? ` ${y}` : ''}`;
  return `${month} ${day}${withYear ? `, ${y}` : ''}`;
}

/**
 * The days from `first` to `last`: `Nov 16th--Nov 17th`; `compact` names a month
 * once when both days are in it (`November 16-17`, `16-17 November`).
 */
export function formatDaySpan(first: string, last: string, separator: string, style: DayStyle = SEED_DAY, compact = false): string {
  if (!compact || first.slice(0, 7) !== last.slice(0, 7)) return `${formatDay(first, false, style)}${separator}${formatDay(last, false, style)}`;
  const day = (date: string) => (style.ordinals ? ordinal(Number(date.slice(8))) : String(Number(date.slice(8))));
  const month = formatDay(first, false, { ...style, ordinals: false, dayFirst: false }).split(' ')[0]!;
  return style.dayFirst ? `${day(first)}${separator}${day(last)} ${month}` : `${month} ${day(first)}${separator}${day(last)}`;
}

/** The weekday of `2019-11-17`: `Sunday`. */
export function weekdayOf(date: string): string {
  // getUTCDay counts from Sunday; WEEKDAYS from Monday.
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}

/** `2019-11-17` as `Sunday, Nov 17th`, for the day headings of multi-day programs. */
export function formatWeekdayDay(date: string, style: DayStyle = SEED_DAY): string {
  return `${weekdayOf(date)}, ${formatDay(date, false, style)}`;
}

/** How a time is written beyond its clock: AM/PM spaced or attached, upper or lower case; a 24-hour hour's leading zero. */
export interface ClockStyle {
  meridiem: Meridiem;
  padHours: boolean;
}
const SEED_CLOCK: ClockStyle = { meridiem: 'attached', padHours: false };
const MERIDIEM_TEXT: Record<Meridiem, [string, string]> = { attached: ['AM', 'PM'], spaced: [' AM', ' PM'], lower: ['am', 'pm'], 'lower-spaced': [' am', ' pm'] };

/**
 * `HH:MM` on a 24-hour clock without the leading zero (`9:05`; `09:05` with
 * `padHours`), or 12-hour (`9:05AM`, `9:05 AM`, `9:05am` as `meridiem` says).
 */
export function formatClock(time: string, twelve: boolean, compact = false, style: ClockStyle = SEED_CLOCK): string {
  const minutes = minutesOf(time);
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  if (!twelve) return `${style.padHours ? String(h).padStart(2, '0') : h}:${m}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${compact && m === '00' ? '' : `:${m}`}${MERIDIEM_TEXT[style.meridiem][h < 12 ? 0 : 1]}`;
}

/** How the page prints a time of its program (`9:00`, `9:00AM`, `09:00` ...), for text that speaks of the program elsewhere: changelogs, notices. */
export function pageClock(options: Pick<MarkdownOptions, 'clock' | 'compactTimes' | 'meridiem' | 'padHours'>): (time: string) => string {
  return (time) => formatClock(time, options.clock === '12', options.compactTimes, options);
}

/** Wall-clock `HH:MM` and `YYYY-MM-DD` of an instant in a zone. */
export function wallClockIn(ms: number, zone: string): { time: string; date: string } {
  const c = intlWallClock(ms, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { time: `${two(c.hour)}:${two(c.minute)}`, date: `${String(c.year).padStart(4, '0')}-${two(c.month)}-${two(c.day)}` };
}
