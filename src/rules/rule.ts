import type { Severity } from '../diagnostics.js';
import type { Path, Person, Workshop } from '../model.js';
import { calendarTitle } from '../titles.js';

/** A finding of a rule, before it gets a file position. */
export interface Finding {
  path: Path;
  message: string;
  at?: 'key' | 'value';
}

/**
 * A named assertion about a workshop. `check` is pure: it reads the model and
 * reports findings; the rule's id and severity are added by the runner.
 */
export interface Rule {
  /** Stable id, documented in the README. */
  id: string;
  severity: Severity;
  /** One sentence for the README and `--help`. */
  description: string;
  check(workshop: Workshop, report: (finding: Finding) => void): void;
}

/** `9:05`: how a normalized time reads in messages. */
export const clock = (time: string): string => time.replace(/^0(\d)/, '$1');

/** `"Opening" (9:00-9:05)`: how an item reads in messages; an untitled one names its speakers, `"TBA (Ada Lovelace)"`. */
export const describeItem = (item: { title: string; start: string; end: string; speakers?: Person[] }): string => {
  const title = item.speakers ? calendarTitle({ title: item.title, speakers: item.speakers }) : item.title;
  return `"${title.length > 50 ? `${title.slice(0, 47)}...` : title}" (${clock(item.start)}-${clock(item.end)})`;
};

/** Groups values by a key, keeping first-seen order. */
export function groupBy<T>(values: Iterable<T>, keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const v of values) {
    const k = keyOf(v);
    const g = groups.get(k);
    if (g) g.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}
