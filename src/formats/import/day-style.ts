import type { DayStyle } from '../markdown/format-time.js';
import type { FoundDate } from './when.js';

/**
 * The page's date style from the dates it shows, first one first (dates list, program
 * heading, day headings). "May" reads the same short and long, so the month's style
 * comes from the first date in another month (`May 15, 2026` then `June 5, 2026`: long).
 */
export function dayStyleOf(dates: readonly (FoundDate | undefined)[]): DayStyle | undefined {
  const shown = dates.filter((d): d is FoundDate => d !== undefined);
  const first = shown[0];
  if (!first) return undefined;
  const telling = shown.find((d) => d.month !== 5) ?? first;
  return { ...first.style, month: telling.style.month };
}
