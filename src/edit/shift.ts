import { compareCodeUnits } from '../compare.js';
import { isScalar, parseDocument } from 'yaml';
import type { ProgramItem, Workshop } from '../model.js';
import { suggest } from '../suggest.js';
import { minutesOf } from '../time.js';

/** One item's move: where it was and where it goes, as `HH:MM`. */
export interface Move {
  item: ProgramItem;
  start: string;
  end: string;
}

const clock = (t: string) => t.replace(/^0(\d)/, '$1');
const LAST_MINUTE = 23 * 60 + 59;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Finds an item by id, then by title, then by a unique piece of its title or a speaker's name. */
export function findItem(w: Workshop, query: string): { item: ProgramItem } | { message: string } {
  const q = query.trim().toLowerCase();
  const exact = w.program.find((i) => i.id === query || i.key === query) ?? w.program.find((i) => i.title.toLowerCase() === q);
  if (exact) return { item: exact };
  const partial = w.program.filter((i) => i.title.toLowerCase().includes(q) || i.speakers.some((s) => s.name.toLowerCase().includes(q)));
  if (partial.length === 1) return { item: partial[0]! };
  if (partial.length > 1) {
    const list = partial.slice(0, 6).map((i) => `${i.key} (${i.start.replace(/^0/, '')} ${i.title.length > 40 ? `${i.title.slice(0, 39)}…` : i.title})`);
    return { message: `"${query}" matches ${partial.length} items: ${list.join(', ')}${partial.length > 6 ? ', ...' : ''}; expected one, give its id` };
  }
  const hint = suggest(query, w.program.map((i) => i.key));
  return { message: `no item has the id or title "${query}"${hint ? ` (did you mean ${hint}?)` : ''}; expected an id from program, or words from a title or speaker` };
}

/**
 * Plans `dls schedule shift`: the item and, unless `only`, every item starting at or
 * after it on the same day in the same room, moved by `minutes`. Refuses a move
 * that would cross midnight, since an item's day is not changed by a shift.
 */
export function planShift(w: Workshop, target: ProgramItem, minutes: number, only: boolean): { moves: Move[] } | { message: string } {
  const items = only ? [target] : w.program.filter((i) => i === target || (i.date === target.date && i.room === target.room && i.start >= target.start));
  const moves: Move[] = [];
  for (const item of [...items].sort((a, b) => compareCodeUnits(a.start, b.start) || a.index - b.index)) {
    const [s, e] = [minutesOf(item.start) + minutes, minutesOf(item.end) + minutes];
    if (s < 0 || e > LAST_MINUTE) {
      return { message: `moving "${item.title}" (${clock(item.start)}-${clock(item.end)}) by ${minutes > 0 ? '+' : ''}${minutes} min would cross midnight; expected a shift that keeps every moved item on ${item.date}` };
    }
    moves.push({ item, start: hhmm(s), end: hhmm(e) });
  }
  return { moves };
}

/** Rewrites the moved times in place: only the digits change; quotes and zero-padding stay as written. */
export function applyShift(text: string, moves: readonly Move[]): string {
  const doc = parseDocument(text);
  const edits: { from: number; to: number; value: string }[] = [];
  for (const m of moves) {
    // A point in time ("17:30 End of workshop") has no `end` to edit.
    const keys = m.item.point ? ([['start', m.start]] as const) : ([['start', m.start], ['end', m.end]] as const);
    for (const [key, value] of keys) {
      const node = doc.getIn(['program', m.item.index, key], true);
      if (!isScalar(node) || !node.range) throw new Error(`program[${m.item.index}].${key} is not a plain time`);
      const raw = text.slice(node.range[0], node.range[1]);
      const written = /(^|['"])0\d:/.test(raw) ? value : value.replace(/^0(\d)/, '$1');
      edits.push({ from: node.range[0], to: node.range[1], value: raw.replace(/\d{1,2}:\d{2}/, written) });
    }
  }
  return edits.sort((a, b) => b.from - a.from).reduce((t, e) => t.slice(0, e.from) + e.value + t.slice(e.to), text);
}
