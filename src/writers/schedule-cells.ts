import { plain, type Paint } from '../diagnostics.js';
import type { ItemKind, ProgramItem } from '../model.js';
import { span } from './schedule-grid.js';
import { displayWidth, padEnd, truncate, wrap } from './text-width.js';

/** Painters for `dls schedule show`: the diagnostics colours plus one colour per kind. */
export interface SchedulePaint extends Paint {
  kind(kind: ItemKind, s: string): string;
}

/** No colour at all: what a pipe or NO_COLOR gets. */
export const plainSchedulePaint: SchedulePaint = { ...plain, kind: (_k, s) => s };

/** What check said about an item, as the view marks it. */
export type Flag = 'overlap' | undefined;

const BAR = '▌';
const BREAK_BAR = '┊';

/**
 * The lines an item draws in its lane: exactly `rows` lines of `width` cells. The
 * title wraps over the first rows; the last row says who, what kind and how long.
 * A one-row item gets title and length on one line. Breaks are dimmed; an item
 * check reports as overlapping is marked in red, in words as well as colour.
 */
export function itemLines(item: ProgramItem, rows: number, width: number, flag: Flag, paint: SchedulePaint): string[] {
  const [s, e] = span(item);
  // Bar, space, text, and one space so that side-by-side lanes never touch.
  const text = width - 3;
  const who = item.speakers.map((p) => p.name).join(', ');
  const meta = [flag === 'overlap' ? '! overlaps' : '', who, `${item.kind} ${e - s} min`].filter(Boolean).join(' · ');
  const body: string[] =
    rows === 1
      ? [oneLine(item.title, who, `${flag === 'overlap' ? '! overlaps · ' : ''}${item.kind} ${e - s} min`, text)]
      : [...wrap(item.title, text, rows - 1), truncate(meta, text)];
  while (body.length < rows) body.splice(body.length - 1, 0, '');
  const isBreak = item.kind === 'break';
  const bar = flag === 'overlap' ? paint.red(BAR) : isBreak ? paint.dim(BREAK_BAR) : paint.kind(item.kind, BAR);
  return body.map((line, k) => {
    const cell = padEnd(line, text);
    const isMeta = rows > 1 && k === rows - 1;
    const painted = isBreak ? paint.dim(cell) : isMeta ? (flag === 'overlap' ? paint.red(cell) : paint.kind(item.kind, cell)) : k === 0 ? paint.bold(cell) : cell;
    return `${bar} ${painted} `;
  });
}

/** Title, speakers if they fit whole, and the kind and length at the right. */
function oneLine(title: string, who: string, meta: string, width: number): string {
  const room = width - displayWidth(meta) - 2;
  if (room < 8) return truncate(title, width);
  const withWho = who && displayWidth(`${title} · ${who}`) <= room ? `${title} · ${who}` : title;
  return `${padEnd(withWho, room)}  ${meta}`;
}

/**
 * Lines of an empty stretch: blank, or marked in yellow where check reports a gap;
 * `label` puts the gap's length on the first line (the first slice of the gap).
 */
export function gapLines(rows: number, width: number, gap: { minutes: number; label: boolean } | undefined, paint: SchedulePaint): string[] {
  if (!gap) return Array.from({ length: rows }, () => ' '.repeat(width));
  return Array.from({ length: rows }, (_, k) => paint.yellow(padEnd(k === 0 && gap.label ? `┆ gap: ${gap.minutes} min with no item` : '┆', width)));
}
