import type { ProgramItem, Workshop } from '../../model.js';
import type { SchedulePaint } from './cells.js';
import { chairsText, sessionTitle } from '../words.js';
import { displayWidth, truncate, wrap } from './text-width.js';
import { firstFrom, intervalsOf } from './sorted.js';

const clock = (t: string) => t.replace(/^0/, '');

/** A session's rule line, and the id of the session whose first drawn row it goes before. */
export interface SessionRule {
  session: string;
  line: string;
}

/** `── Session: Title · 10:30-12:00 · Chair: Ada ──────`: one rule line per session of the day. */
export function sessionRules(w: Workshop, date: string, width: number, paint: SchedulePaint): SessionRule[] {
  const used = new Set(w.program.map((i) => i.session));
  return w.sessions
    .filter((s) => s.date === date && used.has(s.id))
    .map((s) => {
      const window = s.start && s.end ? ` · ${clock(s.start)}-${clock(s.end)}` : '';
      const chairs = s.chairs.length > 0 ? ` · ${chairsText(s)}` : '';
      const text = truncate(`── ${sessionTitle(s)}${window}${chairs} `, width);
      return { session: s.id, line: paint.bold(text + '─'.repeat(Math.max(0, width - displayWidth(text)))) };
    });
}

/**
 * Lines under a day's grid for what the grid cannot draw: points in time
 * (`17:30 · End of workshop`), and items that run in parallel on purpose (info, not
 * an overlap).
 */
export function dayNotes(items: readonly ProgramItem[], width: number, paint: SchedulePaint): string[] {
  const out: string[] = [];
  for (const item of items.filter((i) => i.point)) out.push(truncate(`  ${clock(item.start)} · ${item.title}`, width));
  const parallel = items.filter((i) => i.parallel && !i.point);
  if (parallel.length === 0) return out;
  const index = overlapIndex(items.filter((i) => !i.point));
  for (const item of parallel) {
    const { first, count } = index.alongside(item, NAMED);
    const more = count > first.length ? ` and ${(count - first.length).toLocaleString('en-US')} more` : '';
    const what = count > 0 ? `alongside ${first.map((o) => `"${o.title}"`).join(', ')}${more}` : 'marked parallel';
    out.push(...wrap(`info: "${item.title}" (${clock(item.start)}-${clock(item.end)}) runs ${what} (parallel: true)`, width - 2, 3).map((l) => paint.dim(`  ${l}`)));
  }
  return out;
}

/** How many of the items a note names; the rest are counted (a line of thousands of titles helps no one, and cost quadratic time). */
const NAMED = 3;

/**
 * The items of a day sorted by start, to answer "which run alongside this one" without
 * comparing every pair: the count from two sorted arrays (those that start before its
 * end, less those that end by its start), the first names from the few that can overlap.
 * Items without both instants (an error elsewhere) take no part.
 */
function overlapIndex(items: readonly ProgramItem[]) {
  const timed = items.filter((i) => Number.isFinite(i.startMs) && Number.isFinite(i.endMs));
  const { byStart, starts, ends } = intervalsOf(timed, (i) => [i.startMs, i.endMs]);
  const longest = timed.reduce((m, i) => Math.max(m, i.endMs - i.startMs), 0);
  const known = new Set(timed);
  return {
    alongside(item: ProgramItem, limit: number): { first: ProgramItem[]; count: number } {
      if (!known.has(item)) return { first: [], count: 0 };
      const self = item.startMs < item.endMs ? 1 : 0;
      const count = firstFrom(starts, item.endMs, true) - firstFrom(ends, item.startMs, false) - self;
      const first: ProgramItem[] = [];
      for (let k = firstFrom(starts, item.startMs - longest, true); k < byStart.length && first.length < limit && byStart[k]!.startMs < item.endMs; k++) {
        const o = byStart[k]!;
        if (o !== item && item.startMs < o.endMs) first.push(o);
      }
      return { first: first.sort((a, b) => a.index - b.index), count: Math.max(count, first.length) };
    },
  };
}
