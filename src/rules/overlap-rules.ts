import type { ProgramItem, Workshop } from '../model.js';
import { clock, describeItem, groupBy, type Finding, type Rule } from './rule.js';

/** Items that take time: the ones end-after-start does not already reject. */
export const schedulable = (w: Workshop) => w.program.filter((i) => i.endMs > i.startMs);
/** Start order; ties by end, then by position in the file. */
export const byStart = (a: ProgramItem, b: ProgramItem) => a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;

/**
 * Sweeps items in start order and calls `onOverlap` for each item that starts before
 * the latest end so far, with the item that runs over into it: identical intervals,
 * containment and partial overlap all count, touching ends do not. O(n log n).
 */
export function sweepOverlaps(items: ProgramItem[], onOverlap: (item: ProgramItem, earlier: ProgramItem) => void): void {
  let latest: ProgramItem | undefined;
  for (const item of [...items].sort(byStart)) {
    if (latest && item.startMs < latest.endMs) onOverlap(item, latest);
    if (!latest || item.endMs > latest.endMs) latest = item;
  }
}

/**
 * An overlap, told from the item that runs over, at its end: `"Fusion ..." (10:40-11:10)
 * runs 10 min into "Coffee Break" (11:00-11:30) in room A`. Two items that start together
 * are said to, at the first one's end.
 */
export function overlapFinding(item: ProgramItem, earlier: ProgramItem, where: string): Finding {
  const path = ['program', earlier.index, 'end'];
  if (item.startMs === earlier.startMs) {
    return { path, message: `${describeItem(earlier)} and ${describeItem(item)} both start at ${clock(item.start)} ${where}; expected one after the other` };
  }
  const minutes = Math.round((Math.min(earlier.endMs, item.endMs) - item.startMs) / 60_000);
  return { path, message: `${describeItem(earlier)} runs ${minutes} min into ${describeItem(item)} ${where}; expected it to end by ${clock(item.start)}, or the next item to start at ${clock(earlier.end)} or later` };
}

const trackOf = (i: ProgramItem) => i.track ?? '';

/** Two items in one room do not overlap. */
export const noOverlapInRoom: Rule = {
  id: 'no-overlap-in-room',
  severity: 'error',
  description: 'Items in the same room do not overlap (items without a room share one); touching ends are fine.',
  check(w, report) {
    for (const [room, items] of groupBy(schedulable(w), (i) => i.room ?? '')) {
      sweepOverlaps(items, (item, earlier) => report(overlapFinding(item, earlier, room ? `in room ${room}` : 'in the same room')));
    }
  },
};

/** Two items in one track do not overlap, whichever rooms they are in. */
export const noOverlapInTrack: Rule = {
  id: 'no-overlap-in-track',
  severity: 'error',
  description: 'Items in the same track do not overlap, even in different rooms (items without a track share one); a pair in one room is reported once, by no-overlap-in-room.',
  check(w, report) {
    const roomRuleOn = !w.check.disable.includes(noOverlapInRoom.id);
    for (const [track, items] of groupBy(schedulable(w), trackOf)) {
      sweepOverlaps(items, (item, earlier) => {
        if (roomRuleOn && item.room === earlier.room) return;
        const where = `in ${track ? `track ${track}` : 'the same track'}${item.room !== earlier.room ? ` (rooms ${earlier.room ?? 'none'} and ${item.room ?? 'none'})` : ''}`;
        report(overlapFinding(item, earlier, where));
      });
    }
  },
};
