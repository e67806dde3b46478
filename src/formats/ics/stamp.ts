import type { CalEvent } from './events.js';
import { isCancelled, MAX_SEQUENCE, type PreviousCalendar } from './previous.js';

/** A VEVENT ready to write: its content plus the SEQUENCE it carries in this export. */
export interface StampedEvent extends CalEvent {
  sequence: number;
}

/** What changed since the previous export, for the command's summary line. */
export interface StampStats {
  added: number;
  changed: number;
  cancelled: number;
  /** Cancellations of earlier exports left out by `pruneCancelled`. */
  pruned: number;
}

// At the largest INTEGER a change keeps the number: RFC 5545 has no larger SEQUENCE to give.
const next = (sequence: number): number => Math.min(sequence + 1, MAX_SEQUENCE);

const sameLines = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * Gives each event its SEQUENCE against the previous export (RFC 5545 §3.8.7.4):
 * unchanged events keep theirs, changed ones get one more, new ones start at 0.
 * Events of the previous export that are gone come back as cancellations
 * (STATUS:CANCELLED, SEQUENCE+1), after the live events and in their old order, so
 * clients that re-import or refresh remove them instead of keeping a stale copy.
 * Cancellations already in the previous export are carried unchanged, unless
 * `pruneCancelled` drops them (each removal is still announced at least once).
 */
export function stampEvents(events: readonly CalEvent[], previous: PreviousCalendar | undefined, pruneCancelled = false): { events: StampedEvent[]; stats: StampStats } {
  const stats: StampStats = { added: 0, changed: 0, cancelled: 0, pruned: 0 };
  const before = new Map((previous?.events ?? []).map((e) => [e.uid, e]));
  const stamped = events.map((event): StampedEvent => {
    const old = before.get(event.uid);
    if (!old) {
      if (previous) stats.added++;
      return { ...event, sequence: 0 };
    }
    if (sameLines(old.lines, event.lines)) return { ...event, sequence: old.sequence };
    stats.changed++;
    return { ...event, sequence: next(old.sequence) };
  });
  const live = new Set(events.map((e) => e.uid));
  for (const old of previous?.events ?? []) {
    if (live.has(old.uid)) continue;
    if (isCancelled(old.lines)) {
      if (pruneCancelled) stats.pruned++;
      else stamped.push({ uid: old.uid, lines: old.lines, sequence: old.sequence });
      continue;
    }
    stats.cancelled++;
    const lines = old.lines.filter((l) => !l.startsWith('STATUS:'));
    stamped.push({ uid: old.uid, lines: [...lines, 'STATUS:CANCELLED'], sequence: next(old.sequence) });
  }
  return { events: stamped, stats };
}
