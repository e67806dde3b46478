import type { Rule } from './rule.js';

/** Important dates are listed in the order they fall. */
export const deadlinesInOrder: Rule = {
  id: 'deadlines-in-order',
  severity: 'error',
  description: 'Important dates are listed in date order (papers due before notification before camera ready).',
  check(w, report) {
    for (let i = 1; i < w.importantDates.length; i++) {
      const prev = w.importantDates[i - 1]!;
      const d = w.importantDates[i]!;
      if (d.date < prev.date) {
        report({ path: ['important_dates', i, 'date'], message: `"${d.label}" is ${d.date}, before "${prev.label}" (${prev.date}) listed above it; expected dates in order` });
      }
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
      const chain = [...d.was, d.date];
      for (let j = 0; j < d.was.length; j++) {
        if (chain[j]! >= chain[j + 1]!) {
          const next = j + 1 === d.was.length ? `the current date ${d.date}` : `the next extension ${chain[j + 1]}`;
          report({ path: ['important_dates', d.index, 'was', j], message: `"${d.label}" was ${chain[j]}, not earlier than ${next}; expected earlier deadlines, oldest first` });
        }
      }
    }
  },
};
