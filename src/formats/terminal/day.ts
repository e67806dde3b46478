import type { ProgramItem, Workshop } from '../../model.js';
import { gapLines, itemLines, type Flag, type SchedulePaint } from './cells.js';
import { clockHeader, span, timeCells, type Clock } from './clock.js';
import { rowsOf, slicesOf, type RoomColumn, type Slice } from './grid.js';
import type { SessionRule } from './notes.js';
import type { ScheduleViewOptions } from './view.js';
import { padEnd } from './text-width.js';

/** What check reported, by program index: marked items (overlaps, times the clocks skip) and items after an unexplained gap. */
export interface Findings {
  flags: Map<number, Flag>;
  gapBefore: Set<number>;
}

/** Everything drawing one day needs. */
export interface DayView {
  w: Workshop;
  date: string;
  f: Findings;
  o: ScheduleViewOptions & { paint: SchedulePaint };
  clock: Clock;
  /** Cells of the time column(s), including their trailing spaces. */
  timeW: number;
}

/**
 * Draws tracks side by side in `bodyW` cells after the time column: a header row, one
 * row per grid row, and a last row with the end time. `title` replaces room names.
 * Each session's rule line goes right before the row where its first item here starts;
 * a session with no item in these columns draws no rule.
 */
export function drawRooms(day: DayView, columns: RoomColumn[], bodyW: number, title: string | undefined, rules: readonly SessionRule[] = []): string[] {
  const { w, f, o, timeW, clock } = day;
  const items = columns.flatMap((c) => c.lanes.flat());
  const slices = slicesOf(items, o.minutesPerRow ?? 15, w.timezone);
  const lanes = columns.reduce((n, c) => n + c.lanes.length, 0);
  const laneW = Math.floor((bodyW - (columns.length - 1)) / Math.max(1, lanes));
  let previous: number | undefined;
  const times = (m: number | undefined) => {
    if (m === undefined) return ' '.repeat(timeW);
    const cells = timeCells(clock, m, previous, o.paint);
    previous = m;
    return cells;
  };
  const header = [padEnd(clockHeader(clock, slices[0]?.from), timeW - 1), ...columns.map((c) => padEnd(title ?? (columns.length > 1 ? c.label || '(no track)' : ''), c.lanes.length * laneW))].join(' ').trimEnd();
  const cells = columns.map((c) => c.lanes.map((lane, k) => laneLines(lane, k === 0 ? c : undefined, slices, laneW, day)));
  const rows: string[] = [o.paint.dim(header)];
  const rulesAt = rulesByMinute(items, rules, w.timezone);
  let row = 0;
  for (const slice of slices) {
    rows.push(...(rulesAt.get(slice.from) ?? []));
    for (let r = 0; r < slice.rows; r++, row++) rows.push(`${times(r === 0 ? slice.from : undefined)}${cells.map((room) => room.map((lane) => lane[row]).join('')).join(' ')}`.trimEnd());
  }
  if (slices.length > 0) rows.push(times(slices[slices.length - 1]!.to).trimEnd());
  return rows;
}

/** Rule lines by the minute of their session's earliest start among `items`. */
function rulesByMinute(items: readonly ProgramItem[], rules: readonly SessionRule[], zone: string): Map<number, string[]> {
  const at = new Map<number, string[]>();
  for (const rule of rules) {
    const starts = items.filter((i) => i.session === rule.session).map((i) => span(i, zone)[0]);
    if (starts.length === 0) continue;
    const minute = Math.min(...starts);
    at.set(minute, [...(at.get(minute) ?? []), rule.line]);
  }
  return at;
}

/** Every row of one lane: the items' lines, and blank or marked gaps between them. */
function laneLines(lane: ProgramItem[], room: RoomColumn | undefined, slices: Slice[], width: number, day: DayView): string[] {
  const { f, o, w } = day;
  const zone = w.timezone;
  const lines: string[] = [];
  const roomItems = room ? room.lanes.flat() : lane;
  for (let k = 0; k < slices.length; ) {
    const slice = slices[k]!;
    const item = lane.find((i) => span(i, zone)[0] === slice.from);
    if (item) {
      const [s, e] = span(item, zone);
      lines.push(...itemLines(item, e - s, rowsOf(item, slices, zone), width, f.flags.get(item.index), o.paint));
      while (k < slices.length && slices[k]!.to <= e) k++;
      continue;
    }
    lines.push(...gapLines(slice.rows, width, room && reportedGap(roomItems, slice, f, zone), o.paint));
    k++;
  }
  return lines;
}

/** The gap check reported around an empty slice of a room, if any. */
function reportedGap(items: ProgramItem[], slice: Slice, f: Findings, zone: string): { minutes: number; label: boolean } | undefined {
  const at = (i: ProgramItem) => span(i, zone);
  if (items.some((i) => at(i)[0] < slice.to && at(i)[1] > slice.from)) return undefined;
  const next = items.filter((i) => at(i)[0] >= slice.to).sort((a, b) => at(a)[0] - at(b)[0])[0];
  const prevEnd = Math.max(-1, ...items.filter((i) => at(i)[1] <= slice.from).map((i) => at(i)[1]));
  if (!next || prevEnd < 0 || !f.gapBefore.has(next.index)) return undefined;
  return { minutes: at(next)[0] - prevEnd, label: prevEnd === slice.from };
}
