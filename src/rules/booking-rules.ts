import type { Person, ProgramItem } from '../model.js';
import { personKey } from '../match-person.js';
import { byStart, schedulable, sweepOverlaps } from './overlap-rules.js';
import { describeItem, groupBy, type Finding, type Rule } from './rule.js';


/** Nobody speaks in two rooms at once. */
export const speakerNotDoubleBooked: Rule = {
  id: 'speaker-double-booked',
  severity: 'error',
  description: 'No speaker is booked in two items at once in different rooms and tracks.',
  check(w, report) {
    const trackRuleOn = !w.check.disable.includes('no-overlap-in-track');
    // A group ("Workshop Chairs") is not one person who can be in two places.
    const bookings = schedulable(w).flatMap((item) => item.speakers.flatMap((person, s) => (person.group ? [] : [{ item, person, s }])));
    for (const list of groupBy(bookings, (b) => personKey(b.person)).values()) {
      if (list.length < 2) continue;
      const findings: Finding[] = [];
      sweepOverlaps(list.map((b) => b.item), (item, earlier) => {
        // The overlap rules already report a pair in one room or one track.
        if (item.room === earlier.room || (trackRuleOn && (item.track ?? '') === (earlier.track ?? ''))) return;
        const b = list.find((x) => x.item === item)!;
        findings.push({ path: ['program', item.index, 'speakers', b.s], message: `${b.person.name} speaks in ${describeItem(item)} in ${item.room ?? 'no room'} and in ${describeItem(earlier)} in ${earlier.room ?? 'no room'} at the same time; expected one place at a time` });
      });
      findings.forEach(report);
    }
  },
};

/** Consecutive items in a track (one room or several in turn) leave no unexplained gap. */
export const noUnaccountedGap: Rule = {
  id: 'no-unaccounted-gap',
  severity: 'warning',
  description: 'Consecutive items in a track leave no gap longer than `check.max_gap_minutes` (default 0), even across a room change; add a break item to account for one. Off-site items (`location`) and `parallel` items are not part of that flow.',
  check(w, report) {
    const limit = w.check.maxGapMinutes * 60_000;
    // An off-site dinner in the evening is no gap in the day's program.
    const flow = schedulable(w).filter((i) => i.location === undefined && !i.parallel);
    for (const items of groupBy(flow, (i) => `${i.date} ${i.track ?? ''}`).values()) {
      let latest: ProgramItem | undefined;
      for (const item of [...items].sort(byStart)) {
        if (latest && item.startMs - latest.endMs > limit) {
          const minutes = Math.round((item.startMs - latest.endMs) / 60_000);
          report({ path: ['program', item.index, 'start'], message: `${minutes} min gap between ${describeItem(latest)} and ${describeItem(item)}; expected a break item, or check.max_gap_minutes of at least ${minutes}` });
        }
        if (!latest || item.endMs > latest.endMs) latest = item;
      }
    }
  },
};
