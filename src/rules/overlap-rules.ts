import type { Person, ProgramItem, Workshop } from '../model.js';
import { clock, describeItem, groupBy, type Finding, type Rule } from './rule.js';

const schedulable = (w: Workshop) => w.program.filter((i) => i.endMs > i.startMs);
const byStart = (a: ProgramItem, b: ProgramItem) => a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;

/**
 * Sweeps items in start order and calls `onOverlap` for each item that starts before
 * the latest end so far: identical intervals, containment and partial overlap all
 * count, touching ends do not. O(n log n).
 */
function sweepOverlaps(items: ProgramItem[], onOverlap: (item: ProgramItem, earlier: ProgramItem) => void): void {
  let latest: ProgramItem | undefined;
  for (const item of [...items].sort(byStart)) {
    if (latest && item.startMs < latest.endMs) onOverlap(item, latest);
    if (!latest || item.endMs > latest.endMs) latest = item;
  }
}

/** Two items in one room do not overlap. */
export const noOverlapInRoom: Rule = {
  id: 'no-overlap-in-room',
  severity: 'error',
  description: 'Items in the same room do not overlap (items without a room share one); touching ends are fine, and items marked `parallel: true` are left out.',
  check(w, report) {
    const placed = schedulable(w).filter((i) => !i.parallel);
    for (const [place, items] of groupBy(placed, placeOf)) {
      sweepOverlaps(items, (item, earlier) => {
        const where = item.room ? `in room ${item.room}` : place ? `at ${item.location}` : 'in the same room';
        report({ path: ['program', item.index, 'start'], message: `${describeItem(item)} overlaps ${describeItem(earlier)} ${where}; expected it to start at or after ${clock(earlier.end)}` });
      });
    }
  },
};

/** Where an item happens, for overlaps: its room, else its off-site location. */
const placeOf = (i: ProgramItem): string => i.room ?? (i.location === undefined ? '' : `location:${i.location}`);

const personKey = (p: Person) => p.id ?? `name:${p.name.trim().toLowerCase()}`;

/** Nobody speaks in two rooms at once. */
export const speakerNotDoubleBooked: Rule = {
  id: 'speaker-double-booked',
  severity: 'error',
  description: 'No speaker is booked in two items at once in different rooms.',
  check(w, report) {
    // A group ("Workshop Chairs") is not one person who can be in two places.
    const bookings = schedulable(w).flatMap((item) => item.speakers.flatMap((person, s) => (person.group ? [] : [{ item, person, s }])));
    for (const list of groupBy(bookings, (b) => personKey(b.person)).values()) {
      if (list.length < 2) continue;
      const findings: Finding[] = [];
      sweepOverlaps(list.map((b) => b.item), (item, earlier) => {
        if (placeOf(item) === placeOf(earlier) && !item.parallel && !earlier.parallel) return; // no-overlap-in-room already says so
        const b = list.find((x) => x.item === item)!;
        findings.push({ path: ['program', item.index, 'speakers', b.s], message: `${b.person.name} speaks in ${describeItem(item)} in ${item.room ?? 'no room'} and in ${describeItem(earlier)} in ${earlier.room ?? 'no room'} at the same time; expected one place at a time` });
      });
      findings.forEach(report);
    }
  },
};

/** Consecutive items in a room leave no unexplained gap. */
export const noUnaccountedGap: Rule = {
  id: 'no-unaccounted-gap',
  severity: 'warning',
  description: 'Consecutive items in a room leave no gap longer than `check.max_gap_minutes` (default 0); add a break item to account for one.',
  check(w, report) {
    const limit = w.check.maxGapMinutes * 60_000;
    for (const items of groupBy(schedulable(w), (i) => `${i.date} ${i.room ?? ''}`).values()) {
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
