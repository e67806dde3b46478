import { DateTime } from 'luxon';
import type { Diagnostic } from '../diagnostics.js';
import type { ProgramItem, Workshop } from '../model.js';
import { plainSchedulePaint, type SchedulePaint } from './schedule-cells.js';
import { drawRooms, type DayView, type Findings } from './schedule-day.js';
import { roomColumns, span } from './schedule-grid.js';

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
  const day: DayView = { w, date, f, o, timeW };
  const heading = o.paint.bold(DateTime.fromISO(date, { zone: 'UTC' }).toFormat('cccc d LLLL yyyy', { locale: 'en' }));
  if (columns.length > 1 && laneW < MIN_LANE) {
    return [heading, ...columns.flatMap((c) => ['', ...drawRooms(day, [c], o.width - timeW, `room ${c.room ?? '(none)'}`)])];
  }
  const single = columns.length === 1 && columns[0]!.room ? ` · room ${columns[0]!.room}` : '';
  const undrawn = items.filter((i) => !drawable.includes(i)).map((i) => o.paint.red(`  not drawn: "${i.title}" ends at ${i.end}, not after its start ${i.start}`));
  return [heading + single, ...drawRooms(day, columns, laneW * lanes + columns.length - 1, undefined), ...undrawn];
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
