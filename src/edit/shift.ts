import { compareCodeUnits } from '../compare.js';
import { isScalar, parseDocument } from 'yaml';
import { WHOLE_FILE } from './whole-file.js';
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

/**
 * Finds an item by id, then by its whole title, then by words of its title or a
 * speaker's name. More than one match at any step is no answer: the candidates are
 * listed with their ids, and nothing moves (two "Coffee Break" items are common).
 */
export function findItem(w: Workshop, query: string): { item: ProgramItem } | { message: string } {
  const q = query.trim().toLowerCase();
  const byId = w.program.find((i) => i.id === query || i.key === query);
  if (byId) return { item: byId };
  const steps = [
    w.program.filter((i) => i.title.toLowerCase() === q),
    w.program.filter((i) => i.title.toLowerCase().includes(q) || i.speakers.some((s) => s.name.toLowerCase().includes(q))),
  ];
  for (const found of steps) {
    if (found.length === 1) return { item: found[0]! };
    if (found.length > 1) return { message: ambiguous(query, found) };
  }
  const hint = suggest(query, w.program.map((i) => i.key));
  return { message: `no item has the id or title "${query}"${hint ? ` (did you mean ${hint}?)` : ''}; expected an id from program, or words from a title or speaker` };
}

function ambiguous(query: string, found: readonly ProgramItem[]): string {
  const shown = found.slice(0, 8).map((i) => `  ${i.key}  ${i.date} ${clock(i.start)}-${clock(i.end)}  ${i.title.length > 40 ? `${i.title.slice(0, 39)}…` : i.title}`);
  const more = found.length > 8 ? `\n  ... and ${found.length - 8} more` : '';
  return `"${query}" matches ${found.length} items; nothing was changed. Give the id of one:\n${shown.join('\n')}${more}`;
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
  const doc = parseDocument(text, WHOLE_FILE);
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
