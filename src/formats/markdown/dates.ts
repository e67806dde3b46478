import type { ImportantDate, Workshop } from '../../model.js';
import { escapeInline, escapeLineStart } from './escape.js';
import { formatDay } from './format-time.js';
import { monthName } from '../words.js';
import type { MarkdownOptions } from './options.js';

/** `Sep 16th, 2019`, `May, 2021` (a month, as the ISC'21 page writes it) or `TBA`. */
export function dateText(d: ImportantDate, options?: MarkdownOptions): string {
  if (d.precision === 'tba') return 'TBA';
  if (d.precision === 'month') return monthName(d.date, true);
  return formatDay(d.date, true, options);
}

/**
 * An earlier date as struck through: `Sep 1st, 2019`; with `page.was_year: omit`, `Sep 1st` when in
 * force is a date of the same year; with `page.was_ordinals: false`, `Sep 1`.
 */
export function wasText(was: string, d: ImportantDate, options?: MarkdownOptions): string {
  const sameYear = d.precision !== 'tba' && was.slice(0, 4) === d.date.slice(0, 4);
  const style = options?.wasOrdinals === undefined ? options : { ...options, ordinals: options.wasOrdinals };
  return formatDay(was, !(options?.wasYear === 'omit' && sameYear), style);
}

/** The sentence after the dates list when every deadline is AoE, unless `page.aoe_line` says it the page's way. */
export const DEFAULT_AOE_LINE = 'All deadlines are Anywhere on Earth (AoE, UTC-12).';

/** What follows a date that is AoE on its own, unless `page.aoe_mark` says it the page's way. */
export const DEFAULT_AOE_MARK = '(AoE)';

/**
 * The `dates` section: one item per deadline, earlier deadlines struck through,
 * oldest first: `- Papers due: ~~Sep 1st, 2019~~ ~~Sep 11th, 2019~~ Sep 16th, 2019`,
 * then `(AoE)` (`page.aoe_mark`) on a date that is Anywhere on Earth on its own, and the date's note.
 * With `deadline_timezone: AoE` and no date of its own mind, one line after the list says so
 * (`page.aoe_line`).
 */
export function writeDates(workshop: Workshop, options?: MarkdownOptions): string {
  const aoe = aoeMarking(workshop);
  const items = workshop.importantDates.map((d) => {
    const struck = d.was.map((w) => `~~${wasText(w, d, options)}~~ `).join('');
    const mark = aoe.marks(d) ? ` ${options?.aoeMark ?? DEFAULT_AOE_MARK}` : '';
    const note = d.note ? `. ${escapeInline(d.note)}` : '';
    return `- ${escapeLineStart(d.label)}: ${struck}${dateText(d, options)}${mark}${note}\n`;
  });
  if (aoe.line) items.push(`\n${options?.aoeLine ?? DEFAULT_AOE_LINE}\n`);
  return items.join('');
}

/**
 * Where the dates section says AoE: after each date that is AoE on its own mind, when
 * some date has one; else in one line after the list, when every deadline is AoE
 * (`deadline_timezone: AoE`). The writer and the template data both ask here.
 */
export function aoeMarking(workshop: Workshop): { marks: (d: ImportantDate) => boolean; line: boolean } {
  const perDate = workshop.importantDates.some((d) => d.ownAoe);
  return {
    marks: (d) => perDate && d.aoe === true && d.precision === 'day',
    line: workshop.importantDates.length > 0 && !perDate && workshop.deadlineTimezone === 'AoE',
  };
}
