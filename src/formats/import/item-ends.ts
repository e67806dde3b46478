import { minutesOf } from '../../time.js';
import type { Note } from './notes.js';
import type { ReadProgram } from './program.js';
import { isoOf } from './when.js';

/** Minutes a day's last item lasts when the page says neither its end nor the day's. */
export const DEFAULT_LAST_MINUTES = 30;

const hhmm = (t: string) => `${Number(t.slice(0, 2))}:${t.slice(3)}`;

/**
 * Each item's end, `HH:MM`: as written, else the next row's start that day, else the
 * end of the window its heading announces (`9:00-12:00`), else 30 minutes. A page
 * whose every row gives its start alone (`| 9:05 | Keynote |`) is `startOnly`: one
 * note per day says how its last item ends; other pages get a note per row.
 */
export function itemEnds(program: ReadProgram, year: number, notes: Note[]): { ends: string[]; startOnly: boolean } {
  const items = program.items;
  const startOnly = items.length > 0 && items.every((i) => i.end === undefined);
  const windows = new Map<string, string>();
  for (const h of program.days) if (h.date && h.window?.range.end) windows.set(isoOf(h.date, year), h.window.range.end);
  const single = program.heading.window?.range.end;
  const ends = items.map((item, i) => {
    if (item.end !== undefined) return item.end;
    const next = items[i + 1];
    if (next && next.date === item.date && next.start > item.start) {
      if (!startOnly) notes.push({ line: item.line, message: `no end time; took the next row's start (${hhmm(next.start)})` });
      return next.start;
    }
    const window = windows.get(item.date) ?? (program.days.length === 0 ? single : undefined);
    const end = window && window > item.start ? window : addMinutes(item.start, DEFAULT_LAST_MINUTES);
    const why = end === window ? "the end of the heading's window" : `${DEFAULT_LAST_MINUTES} minutes, as no window says when the day ends`;
    notes.push({ line: item.line, message: `${startOnly ? 'start-only times: each item ends when the next starts; the last one, ' : 'no end time; '}\`${item.title}\`, ends at ${hhmm(end)} (${why}); set its \`end\` in workshop.yaml if it differs` });
    return end;
  });
  return { ends, startOnly };
}

function addMinutes(time: string, minutes: number): string {
  const m = Math.min(minutesOf(time) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
