import { DateTime } from 'luxon';
import type { Diagnostic } from '../diagnostics.js';
import type { ProgramItem, Workshop } from '../model.js';
import { resolveWallTime, zoneAbbreviation } from '../time.js';
import { gapLines, itemLines, plainSchedulePaint, type Flag, type SchedulePaint } from './schedule-cells.js';
import { roomColumns, rowsOf, slicesOf, span, type RoomColumn, type Slice } from './schedule-grid.js';
import { padEnd } from './text-width.js';

/** How to draw: the width to fit, the painter (plain when piped) and an optional second zone. */
export interface ScheduleViewOptions {
  width: number;
  paint?: SchedulePaint;
  /** IANA zone of a second time column, for remote attendees. */
  secondZone?: string;
  /** Minutes one row stands for; 15 by default. */
  minutesPerRow?: number;
}

/** Below this many cells a lane is unreadable: rooms go one after another instead. */
const MIN_LANE = 24;

/** What check reported, by program index: overlapping items and items after an unexplained gap. */
interface Findings {
  flags: Map<number, Flag>;
  gapBefore: Set<number>;
}

/**
 * `dls schedule show`: each day as a time grid, item lengths to scale, rooms side by
 * side (or one after another when too narrow), overlaps and gaps marked where the
 * diagnostics report them. Pure: the caller passes width, colours and zone.
 */
export function formatScheduleView(w: Workshop, diagnostics: readonly Diagnostic[], o: ScheduleViewOptions): string {
  const paint = o.paint ?? plainSchedulePaint;
  const findings: Findings = { flags: new Map(), gapBefore: new Set() };
  for (const d of diagnostics) {
    const index = d.path?.[0] === 'program' && typeof d.path[1] === 'number' ? d.path[1] : undefined;
    if (index === undefined) continue;
    if (d.ruleId === 'no-overlap-in-room') findings.flags.set(index, 'overlap');
    if (d.ruleId === 'no-unaccounted-gap') findings.gapBefore.add(index);
  }
  const days = [...new Set(w.program.map((i) => i.date))].sort();
  const out = [paint.bold(w.title), ''];
  if (days.length === 0) out.push('No program items yet; add one with `dls add talk`.', '');
  for (const day of days) out.push(...formatDay(w, day, w.program.filter((i) => i.date === day), findings, { ...o, paint }), '');
  out.push(summary(diagnostics, findings, paint, o.width));
  return `${out.join('\n')}\n`;
}

function formatDay(w: Workshop, date: string, items: ProgramItem[], f: Findings, o: ScheduleViewOptions & { paint: SchedulePaint }): string[] {
  const drawable = items.filter((i) => span(i)[1] > span(i)[0]);
  const columns = roomColumns(drawable);
  const timeW = o.secondZone ? 5 + 2 + 7 + 2 : 5 + 2;
  const lanes = columns.reduce((n, c) => n + c.lanes.length, 0);
  const laneW = Math.floor((o.width - timeW - (columns.length - 1)) / Math.max(1, lanes));
  const heading = o.paint.bold(DateTime.fromISO(date, { zone: 'UTC' }).toFormat('cccc d LLLL yyyy', { locale: 'en' }));
  if (columns.length > 1 && laneW < MIN_LANE) {
    return [heading, ...columns.flatMap((c) => ['', ...formatColumns(w, date, [c], f, o, timeW, o.width - timeW, `room ${c.room ?? '(none)'}`)])];
  }
  const single = columns.length === 1 && columns[0]!.room ? ` · room ${columns[0]!.room}` : '';
  const undrawn = items.filter((i) => !drawable.includes(i)).map((i) => o.paint.red(`  not drawn: "${i.title}" ends at ${i.end}, not after its start ${i.start}`));
  return [heading + single, ...formatColumns(w, date, columns, f, o, timeW, laneW * lanes + columns.length - 1, undefined), ...undrawn];
}

function formatColumns(w: Workshop, date: string, columns: RoomColumn[], f: Findings, o: ScheduleViewOptions & { paint: SchedulePaint }, timeW: number, bodyW: number, title: string | undefined): string[] {
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
  const main = zoneAbbreviation(first, w.timezone).padStart(5);
  return padEnd(zone ? `${main}  ${zoneAbbreviation(first, zone).padStart(7)}` : main, timeW - 1);
}

function summary(diagnostics: readonly Diagnostic[], f: Findings, paint: SchedulePaint, width: number): string {
  const overlaps = f.flags.size;
  const gaps = f.gapBefore.size;
  const other = diagnostics.length - diagnostics.filter((d) => d.ruleId === 'no-overlap-in-room' || d.ruleId === 'no-unaccounted-gap').length;
  if (overlaps + gaps + other === 0) return paint.green('check: no overlaps, gaps or other findings');
  const parts = [overlaps && paint.red(`${overlaps} overlap${overlaps === 1 ? '' : 's'}`), gaps && paint.yellow(`${gaps} gap${gaps === 1 ? '' : 's'}`), other && `${other} other finding${other === 1 ? '' : 's'}`].filter(Boolean);
  const counts = `check: ${[overlaps && `${overlaps} overlap${overlaps === 1 ? '' : 's'}`, gaps && `${gaps} gap${gaps === 1 ? '' : 's'}`, other && `${other} other finding${other === 1 ? '' : 's'}`].filter(Boolean).join(', ')}`;
  const hint = '`dls schedule check` explains each';
  return `check: ${parts.join(', ')}${counts.length + hint.length + 2 <= width ? '; ' : '\n'}${hint}`;
}
