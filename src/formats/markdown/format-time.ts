import { DateTime } from 'luxon';
import { minutesOf } from '../../time.js';

/**
 * Times and dates as the SC19 page writes them: `9:00`, `5:30PM`, `Nov 17th`,
 * `Sep 1st, 2019`. Inputs are the model's normalized `HH:MM` and `YYYY-MM-DD`.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `2019-11-17` as `Nov 17th`, or `Nov 17th, 2019` with the year. */
export function formatDay(date: string, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${ordinal(d)}${withYear ? `, ${y}` : ''}`;
}

/** `2019-11-17` as `Sunday, Nov 17th`, for the day headings of multi-day programs. */
export function formatWeekdayDay(date: string): string {
  const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
  return `${WEEKDAYS[weekday - 1]}, ${formatDay(date)}`;
}

/** `HH:MM` on a 24-hour clock without the leading zero (`9:05`), or 12-hour (`9:05AM`). */
export function formatClock(time: string, twelve: boolean, compact = false): string {
  const minutes = minutesOf(time);
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  if (!twelve) return `${h}:${m}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${compact && m === '00' ? '' : `:${m}`}${h < 12 ? 'AM' : 'PM'}`;
}

/** Wall-clock `HH:MM` and `YYYY-MM-DD` of an instant in a zone. */
export function wallClockIn(ms: number, zone: string): { time: string; date: string } {
  const t = DateTime.fromMillis(ms, { zone });
  return { time: t.toFormat('HH:mm'), date: t.toFormat('yyyy-MM-dd') };
}
