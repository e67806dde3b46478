import type { ProgramItem, Workshop } from '../../model.js';
import type { SchedulePaint } from './cells.js';
import { chairsText, sessionTitle } from '../words.js';
import { displayWidth, truncate, wrap } from './text-width.js';

const clock = (t: string) => t.replace(/^0/, '');

/** A session's rule line, and the id of the session whose first drawn row it goes before. */
export interface SessionRule {
  session: string;
  line: string;
}

/** `── Session: Title · 10:30-12:00 · Chair: Ada ──────`: one rule line per session of the day. */
export function sessionRules(w: Workshop, date: string, width: number, paint: SchedulePaint): SessionRule[] {
  return w.sessions
    .filter((s) => s.date === date && w.program.some((i) => i.session === s.id))
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
  for (const item of items.filter((i) => i.parallel && !i.point)) {
    const alongside = items.filter((o) => o !== item && !o.point && o.startMs < item.endMs && item.startMs < o.endMs).map((o) => `"${o.title}"`);
    const what = alongside.length > 0 ? `alongside ${alongside.join(', ')}` : 'marked parallel';
    out.push(...wrap(`info: "${item.title}" (${clock(item.start)}-${clock(item.end)}) runs ${what} (parallel: true)`, width - 2, 3).map((l) => paint.dim(`  ${l}`)));
  }
  return out;
}
