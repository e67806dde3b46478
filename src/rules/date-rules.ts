import type { ImportantDate } from '../model.js';
import type { Rule } from './rule.js';

/** The day a date is ordered by: a month counts as its first day; TBA has none. */
const orderDay = (d: ImportantDate): string | undefined => (d.precision === 'tba' ? undefined : d.precision === 'month' ? `${d.date}-01` : d.date);

/** Important dates are listed in the order they fall. */
export const deadlinesInOrder: Rule = {
  id: 'deadlines-in-order',
  severity: 'error',
  description: 'Important dates are listed in date order (papers due before notification before camera ready); a month counts as its first day, TBA is skipped.',
  check(w, report) {
    let prev: ImportantDate | undefined;
    for (const d of w.importantDates) {
      const day = orderDay(d);
      if (day === undefined) continue;
      if (prev && day < orderDay(prev)!) {
        report({ path: ['important_dates', d.index, 'date'], message: `"${d.label}" is ${d.date}, before "${prev.label}" (${prev.date}) listed above it; expected dates in order` });
      }
      prev = d;
    }
  },
};

/** Each earlier deadline in `was` is earlier than the one that replaced it. */
export const extensionsInOrder: Rule = {
  id: 'extensions-in-order',
  severity: 'error',
  description: 'Each `was` entry is earlier than the next one, and the last is earlier than `date`.',
  check(w, report) {
    for (const d of w.importantDates) {
      const current = orderDay(d);
      const chain = [...d.was, ...(current === undefined ? [] : [current])];
      for (let j = 0; j + 1 < chain.length; j++) {
        if (chain[j]! >= chain[j + 1]!) {
          const next = j + 1 === d.was.length ? `the current date ${d.date}` : `the next extension ${chain[j + 1]}`;
          report({ path: ['important_dates', d.index, 'was', j], message: `"${d.label}" was ${chain[j]}, not earlier than ${next}; expected earlier deadlines, oldest first` });
        }
      }
    }
  },
};

/** A label that names the workshop itself: "Workshop date", "Workshop day", "Workshop". */
export const isWorkshopLabel = (label: string): boolean => /^\s*workshop(\s+(date|day|days))?\s*:?\s*$/i.test(label);

/** The important date that names the workshop day agrees with `date`. */
export const workshopDateAgrees: Rule = {
  id: 'workshop-date-agrees',
  severity: 'error',
  description: 'An important date labelled like the workshop day ("Workshop date") falls on `date` (or in its month, or is TBA).',
  check(w, report) {
    for (const d of w.importantDates) {
      if (!isWorkshopLabel(d.label) || d.precision === 'tba') continue;
      const ok = d.precision === 'month' ? w.date.startsWith(d.date) || w.endDate.startsWith(d.date) : d.date >= w.date && d.date <= w.endDate;
      const days = w.endDate === w.date ? w.date : `${w.date} to ${w.endDate}`;
      if (!ok) report({ path: ['important_dates', d.index, 'date'], message: `"${d.label}" is ${d.date}, but the workshop \`date\` is ${days}; expected the same day` });
    }
  },
};
