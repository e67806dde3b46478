import type { MarkdownOptions } from './options.js';
import type { Workshop } from '../../model.js';
import { escapeLineStart } from './escape.js';
import { formatDay } from './format-time.js';

/**
 * The `dates` section: one item per deadline, earlier deadlines struck through,
 * oldest first: `- Papers due: ~~Sep 1st, 2019~~ ~~Sep 11th, 2019~~ Sep 16th, 2019`.
 * With `deadline_timezone: AoE`, a line after the list says so.
 */
export function writeDates(workshop: Workshop, options?: MarkdownOptions): string {
  const items = workshop.importantDates.map((d) => {
    const struck = d.was.map((w) => `~~${formatDay(w, true, options)}~~ `).join('');
    return `- ${escapeLineStart(d.label)}: ${struck}${formatDay(d.date, true, options)}\n`;
  });
  if (items.length > 0 && workshop.deadlineTimezone === 'AoE') items.push('\nAll deadlines are Anywhere on Earth (AoE, UTC-12).\n');
  return items.join('');
}
