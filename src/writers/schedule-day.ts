import { DateTime } from 'luxon';
import type { ProgramItem, Workshop } from '../model.js';
import { resolveWallTime, zoneLabel } from '../time.js';
import { gapLines, itemLines, type Flag, type SchedulePaint } from './schedule-cells.js';
import { rowsOf, slicesOf, span, type RoomColumn, type Slice } from './schedule-grid.js';
import type { ScheduleViewOptions } from './schedule-view.js';
import { padEnd } from './text-width.js';

/** What check reported, by program index: overlapping items and items after an unexplained gap. */
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
  /** Cells of the time column(s), including their trailing spaces. */
  timeW: number;
}

/**
 * Draws rooms side by side in `bodyW` cells after the time column: a header row, one
 * row per grid row, and a last row with the end time. `title` replaces room names.
 */
export function drawRooms(day: DayView, columns: RoomColumn[], bodyW: number, title: string | undefined): string[] {
  const { w, date, f, o, timeW } = day;
  const items = columns.flatMap((c) => c.lanes.flat());
  const slices = slicesOf(items, o.minutesPerRow ?? 15);
  const lanes = columns.reduce((n, c) => n + c.lanes.length, 0);
  const laneW = Math.floor((bodyW - (columns.length - 1)) / Math.max(1, lanes));
  const clockAt = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  const times = (m: number | undefined) => (m === undefined ? ' '.repeat(timeW) : timeCells(w, date, clockAt(m), o.secondZone, o.paint));
  const header = [columnHeader(w, date, items, o.secondZone, timeW), ...columns.map((c) => padEnd(title ?? (columns.length > 1 ? `room ${c.room ?? '(none)'}` : ''), c.lanes.length * laneW))].join(' ').trimEnd();
  const cells = columns.map((c) => c.lanes.map((lane, k) => laneLines(lane, k === 0 ? c : undefined, slices, laneW, f, o.paint)));
  const rows: string[] = [o.paint.dim(header)];
  let row = 0;
  for (const slice of slices) {
    for (let r = 0; r < slice.rows; r++, row++) rows.push(`${times(r === 0 ? slice.from : undefined)}${cells.map((room) => room.map((lane) => lane[row]).join('')).join(' ')}`.trimEnd());
  }
  if (slices.length > 0) rows.push(times(slices[slices.length - 1]!.to).trimEnd());
  return rows;
}

/** Every row of one lane: the items' lines, and blank or marked gaps between them. */
function laneLines(lane: ProgramItem[], room: RoomColumn | undefined, slices: Slice[], width: number, f: Findings, paint: SchedulePaint): string[] {
  const lines: string[] = [];
  const roomItems = room ? room.lanes.flat() : lane;
  for (let k = 0; k < slices.length; ) {
    const slice = slices[k]!;
    const item = lane.find((i) => span(i)[0] === slice.from);
    if (item) {
      const rows = rowsOf(item, slices);
      lines.push(...itemLines(item, rows, width, f.flags.get(item.index), paint));
      while (k < slices.length && slices[k]!.to <= span(item)[1]) k++;
      continue;
    }
    lines.push(...gapLines(slice.rows, width, room && reportedGap(roomItems, slice, f), paint));
    k++;
  }
  return lines;
}

/** The gap check reported around an empty slice of a room, if any. */
function reportedGap(items: ProgramItem[], slice: Slice, f: Findings): { minutes: number; label: boolean } | undefined {
  if (items.some((i) => span(i)[0] < slice.to && span(i)[1] > slice.from)) return undefined;
  const next = items.filter((i) => span(i)[0] >= slice.to).sort((a, b) => span(a)[0] - span(b)[0])[0];
  const prevEnd = Math.max(-1, ...items.filter((i) => span(i)[1] <= slice.from).map((i) => span(i)[1]));
  if (!next || prevEnd < 0 || !f.gapBefore.has(next.index)) return undefined;
  return { minutes: span(next)[0] - prevEnd, label: prevEnd === slice.from };
}

function timeCells(w: Workshop, date: string, clock: string, zone: string | undefined, paint: SchedulePaint): string {
  const main = `${clock.padStart(5)}  `;
  if (!zone) return main;
  const ms = resolveWallTime(date, clock, w.timezone).ms;
  const there = DateTime.fromMillis(ms, { zone });
  const day = there.toISODate()! > date ? '+1' : there.toISODate()! < date ? '-1' : '';
  return `${main}${paint.dim(`${there.toFormat('H:mm')}${day}`.padStart(7))}  `;
}

function columnHeader(w: Workshop, date: string, items: ProgramItem[], zone: string | undefined, timeW: number): string {
  const first = items.map((i) => i.startMs).find((ms) => Number.isFinite(ms)) ?? resolveWallTime(date, '12:00', w.timezone).ms;
  const main = zoneLabel(first, w.timezone).padStart(5);
  return padEnd(zone ? `${main}  ${zoneLabel(first, zone).padStart(7)}` : main, timeW - 1);
}
