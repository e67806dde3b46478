import { resolveWallTime } from '../time.js';
import { clock, describeItem, type Rule } from './rule.js';

/** An item must end after it starts. */
export const endAfterStart: Rule = {
  id: 'end-after-start',
  severity: 'error',
  description: 'An item ends after it starts (items cannot run past midnight); only an item of kind `other` may leave out `end`.',
  check(w, report) {
    for (const item of w.program) {
      if (item.point) {
        if (item.kind !== 'other') report({ path: ['program', item.index], message: `${item.kind} "${item.title}" at ${clock(item.start)} has no \`end\`; expected \`end:\`, or \`kind: other\` for a point in time such as "End of workshop"` });
        continue;
      }
      if (item.end <= item.start) {
        report({ path: ['program', item.index, 'end'], message: `"${item.title}" ends at ${clock(item.end)}, at or before its start ${clock(item.start)}; expected an end later than the start` });
      }
    }
  },
};

/** Every wall-clock time exists exactly once on its date in the workshop's zone. */
export const timeExists: Rule = {
  id: 'time-exists',
  severity: 'error',
  description: 'Every time exists, exactly once, on its date in the workshop time zone (daylight-saving changes).',
  check(w, report) {
    for (const item of w.program) {
      for (const key of item.point ? (['start'] as const) : (['start', 'end'] as const)) {
        const { status } = resolveWallTime(item.date, item[key], w.timezone);
        if (status === 'ok') continue;
        const what = status === 'nonexistent' ? 'does not exist (the clocks skip it)' : 'happens twice (the clocks fall back)';
        report({ path: ['program', item.index, key], message: `${clock(item[key])} on ${item.date} ${what} in ${w.timezone}; expected a time outside the daylight-saving change` });
      }
    }
  },
};

/** Items happen on the workshop's days. */
export const withinWorkshopDays: Rule = {
  id: 'within-workshop-days',
  severity: 'error',
  description: 'Every item falls on a day from `date` to `end_date`, and `end_date` is not before `date`.',
  check(w, report) {
    if (w.endDate < w.date) {
      report({ path: ['end_date'], message: `end_date ${w.endDate} is before date ${w.date}; expected the last day on or after the first` });
      return;
    }
    const days = w.endDate === w.date ? w.date : `${w.date} to ${w.endDate}`;
    for (const item of w.program) {
      if (item.date < w.date || item.date > w.endDate) {
        report({ path: ['program', item.index, 'date'], message: `${describeItem(item)} is on ${item.date}, outside the workshop's days; expected ${days}` });
      }
    }
  },
};

/** The file lists items in time order, as the page will show them. */
export const programInOrder: Rule = {
  id: 'program-in-order',
  severity: 'warning',
  description: 'Items are listed in time order in the file (the page and `dls add` keep that order).',
  check(w, report) {
    for (let i = 1; i < w.program.length; i++) {
      const prev = w.program[i - 1]!;
      const item = w.program[i]!;
      if (`${item.date} ${item.start}` < `${prev.date} ${prev.start}`) {
        report({ path: ['program', i, 'start'], message: `${describeItem(item)} is listed after ${describeItem(prev)}, which starts later; expected items in time order` });
      }
    }
  },
};
