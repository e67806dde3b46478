import { plain, type Paint } from '../../diagnostics.js';
import type { ItemKind, ProgramItem } from '../../model.js';
import { displayWidth, padEnd, truncate, wrap } from './text-width.js';

/** Painters for `dls schedule show`: the diagnostics colours plus one colour per kind. */
export interface SchedulePaint extends Paint {
  kind(kind: ItemKind, s: string): string;
}

/** No colour at all: what a pipe or NO_COLOR gets. */
export const plainSchedulePaint: SchedulePaint = { ...plain, kind: (_k, s) => s };

/** What check said about an item, in words (`overlaps`, `2:30 does not exist`); marked items are red. */
export type Flag = readonly string[] | undefined;

const BAR = '▌';
const BREAK_BAR = '┊';
/** A title is never cut shorter than this to make room for its speakers. */
const MIN_TITLE = 6;

const join = (parts: readonly string[]) => parts.filter(Boolean).join(' · ');

/**
 * The lines an item draws in its lane: exactly `rows` lines of `width` cells. The
 * title wraps over the first rows; the last row says who, what kind and how long
 * (`minutes`, measured on the instants). A one-row item gets it all on one line.
 * The speakers are never dropped: the title is cut, the kind left out, or the
 * speakers given a row of their own first. Breaks are dimmed; an item check flags
 * (an overlap, a time the clocks skip or repeat) is red and says so in words.
 */
export function itemLines(item: ProgramItem, minutes: number, rows: number, width: number, flag: Flag, paint: SchedulePaint): string[] {
  // Bar, space, text, and one space so that side-by-side lanes never touch.
  const text = width - 3;
  const who = item.speakers.map((p) => p.name).join(', ');
  const marks = flag && flag.length > 0 ? `! ${flag.join(', ')}` : '';
  const meta = { marks, who, long: `${item.kind} ${minutes} min`, short: `${minutes} min` };
  const tail = rows === 1 ? [] : metaLines(meta, text, rows);
  const body = rows === 1 ? [oneLine(item.title, meta, text)] : [...wrap(item.title, text, rows - tail.length), ...tail];
  while (body.length < rows) body.splice(body.length - tail.length, 0, '');
  const isBreak = item.kind === 'break';
  const bar = marks ? paint.red(BAR) : isBreak ? paint.dim(BREAK_BAR) : paint.kind(item.kind, BAR);
  return body.map((line, k) => {
    const cell = padEnd(line, text);
    const isMeta = rows > 1 && k >= rows - tail.length;
    const painted = isBreak ? paint.dim(cell) : isMeta ? (marks ? paint.red(cell) : paint.kind(item.kind, cell)) : k === 0 ? paint.bold(cell) : cell;
    return `${bar} ${painted} `;
  });
}

type Meta = { marks: string; who: string; long: string; short: string };

/** The last rows of a multi-row item: who, what kind and how long; the speakers get a row of their own when the line is tight. */
function metaLines(m: Meta, width: number, rows: number): string[] {
  const fits = (s: string) => displayWidth(s) <= width;
  if (fits(join([m.marks, m.who, m.long]))) return [join([m.marks, m.who, m.long])];
  if (m.who && rows >= 3) return [...wrap(m.who, width, rows - 2), truncate(join([m.marks, m.long]), width)].slice(-(rows - 1));
  if (fits(join([m.marks, m.who, m.short]))) return [join([m.marks, m.who, m.short])];
  const tight = [join([m.who, m.marks, m.short]), join([m.who, m.marks])].find(fits);
  return [tight ?? truncate(join([m.who, m.marks]), width)];
}

/** Title, speakers and, at the right, the kind and length; the title is cut first, then the kind left out. */
function oneLine(title: string, m: Meta, width: number): string {
  for (const right of [join([m.marks, m.long]), join([m.marks, m.short]), m.short]) {
    const room = width - displayWidth(right) - 2;
    const left = m.who ? titleAndWho(title, m.who, room) : truncate(title, room);
    if (left !== undefined && room >= MIN_TITLE) return `${padEnd(left, room)}  ${right}`;
  }
  if (m.who && !m.marks && displayWidth(`${title} · ${m.who}`) <= width) return `${title} · ${m.who}`;
  if (!m.who) return truncate(title, width);
  // Narrower than any title: the speakers still show, after what is left of the title.
  return truncate(`${truncate(title, Math.max(2, width - displayWidth(m.who) - 3))} · ${m.who}`, width);
}

/** `title · who` in `room` cells, the title cut to fit; undefined when the title would get fewer than {@link MIN_TITLE} cells. */
function titleAndWho(title: string, who: string, room: number): string | undefined {
  const whole = `${title} · ${who}`;
  if (displayWidth(whole) <= room) return whole;
  const forTitle = room - displayWidth(who) - 3;
  return forTitle >= MIN_TITLE ? `${truncate(title, forTitle)} · ${who}` : undefined;
}

/**
 * Lines of an empty stretch: blank, or marked in yellow where check reports a gap;
 * `label` puts the gap's length on the first line (the first slice of the gap).
 */
export function gapLines(rows: number, width: number, gap: { minutes: number; label: boolean } | undefined, paint: SchedulePaint): string[] {
  if (!gap) return Array.from({ length: rows }, () => ' '.repeat(width));
  return Array.from({ length: rows }, (_, k) => paint.yellow(padEnd(k === 0 && gap.label ? `┆ gap: ${gap.minutes} min with no item` : '┆', width)));
}
