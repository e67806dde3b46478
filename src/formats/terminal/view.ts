import { DateTime } from 'luxon';
import { statusWord } from '../words.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { ProgramItem, Workshop } from '../../model.js';
import { resolveWallTime } from '../../time.js';
import { plainSchedulePaint, type SchedulePaint } from './cells.js';
import { clockOf, clockWidth, span } from './clock.js';
import { drawRooms, type DayView, type Findings } from './day.js';
import { roomColumns } from './grid.js';
import { dayNotes, sessionRules } from './notes.js';
import { displayWidth, truncate, wrap } from './text-width.js';
import { shownWorkshop } from './shown-workshop.js';


/** How to draw: the width to fit, the painter (plain when piped) and an optional second zone. */
export interface ScheduleViewOptions {
  width: number;
  paint?: SchedulePaint;
  /** IANA zone of a second time column, for remote attendees. */
  secondZone?: string;
  /** Minutes one row stands for; 15 by default. */
  minutesPerRow?: number;
}

/** Findings drawn as an overlap: the item that runs over is marked. */
const OVERLAP_RULES: ReadonlySet<string> = new Set(['no-overlap-in-room', 'no-overlap-in-track']);

/** Below this many cells a lane is unreadable: rooms go one after another instead. */
const MIN_LANE = 24;


/**
 * `dls schedule show`: each day as a time grid, item lengths to scale, rooms side by
 * side (or one after another when too narrow), overlaps and gaps marked where the
 * diagnostics report them. Texts from the file show control and bidi characters
 * escaped. Pure: the caller passes width, colours and zone.
 */
export function formatScheduleView(workshop: Workshop, diagnostics: readonly Diagnostic[], o: ScheduleViewOptions): string {
  const w = shownWorkshop(workshop);
  const paint = o.paint ?? plainSchedulePaint;
  const findings = findingsOf(w, diagnostics);
  const days = [...new Set(w.program.map((i) => i.date))].sort();
  // Down to `--width 20`: the title wraps, a long heading is cut, rather than overflow.
  const out = [...wrap(w.title, o.width, 3).map(paint.bold), ''];
  if (w.status) out.push(...wrap(`${statusWord(w.status)}${w.statusNote ? `: ${w.statusNote.trim().replace(/\s+/g, ' ')}` : ''}`, o.width, 4).map(paint.red), '');
  if (days.length === 0 && !w.status) out.push('No program items yet; add one with `dls add talk`.', '');
  for (const day of days) out.push(...formatDay(w, day, w.program.filter((i) => i.date === day), findings, { ...o, paint }), '');
  out.push(summary(diagnostics, findings, paint, o.width));
  return `${out.join('\n')}\n`;
}

/** What the view marks: overlaps and times the clocks skip or repeat (in words), and gaps check warns about. */
function findingsOf(w: Workshop, diagnostics: readonly Diagnostic[]): Findings {
  const findings: Findings = { flags: new Map(), gapBefore: new Set() };
  const byIndex = new Map(w.program.map((i) => [i.index, i]));
  const mark = (index: number, words: string) => findings.flags.set(index, [...(findings.flags.get(index) ?? []), words]);
  for (const d of diagnostics) {
    const index = d.path?.[0] === 'program' && typeof d.path[1] === 'number' ? d.path[1] : undefined;
    const item = index === undefined ? undefined : byIndex.get(index);
    if (index === undefined || !item) continue;
    if (OVERLAP_RULES.has(d.ruleId)) mark(index, 'overlaps');
    if (d.ruleId === 'no-unaccounted-gap') findings.gapBefore.add(index);
    if (d.ruleId === 'time-exists' && (d.path?.[2] === 'start' || d.path?.[2] === 'end')) {
      const time = item[d.path[2]];
      const status = resolveWallTime(item.date, time, w.timezone).status;
      mark(index, `${time.replace(/^0/, '')} ${status === 'nonexistent' ? 'does not exist' : 'happens twice'}`);
    }
  }
  return findings;
}

function formatDay(w: Workshop, date: string, items: ProgramItem[], f: Findings, o: ScheduleViewOptions & { paint: SchedulePaint }): string[] {
  const zone = w.timezone;
  const drawable = items.filter((i) => span(i, zone)[1] > span(i, zone)[0]);
  const drawn = new Set(drawable);
  const columns = roomColumns(drawable, zone);
  const clock = clockOf(date, zone, o.secondZone, drawable.flatMap((i) => span(i, zone)));
  const timeW = clockWidth(clock);
  const lanes = columns.reduce((n, c) => n + c.lanes.length, 0);
  const laneW = Math.floor((o.width - timeW - (columns.length - 1)) / Math.max(1, lanes));
  const day: DayView = { w, date, f, o, clock, timeW };
  const plainHeading = DateTime.fromISO(date, { zone: 'UTC' }).toFormat('cccc d LLLL yyyy', { locale: 'en' });
  const heading = o.paint.bold(truncate(plainHeading, o.width));
  // A session none of whose items is drawn (points in time only) keeps its rule under the heading.
  const rules = sessionRules(w, date, o.width, o.paint);
  const drawnSessions = new Set(drawable.map((i) => i.session));
  const unplaced = rules.filter((r) => !drawnSessions.has(r.session)).map((r) => r.line);
  if (columns.length > 1 && laneW < MIN_LANE) {
    return [heading, ...unplaced, ...columns.flatMap((c) => ['', ...drawRooms(day, [c], o.width - timeW, c.label || '(no track)', rules)])];
  }
  const single = w.mode === 'virtual' ? ' · online' : columns.length === 1 && columns[0]!.label ? ` · ${columns[0]!.label}` : '';
  const undrawn = items.filter((i) => !drawn.has(i) && !i.point).map((i) => o.paint.red(`  not drawn: "${i.title}" ends at ${i.end}, not after its start ${i.start}`));
  // A narrow terminal gets the room on a line of its own rather than a line too long.
  const head = single && displayWidth(`${plainHeading}${single}`) > o.width ? [heading, single.slice(3)] : [heading + single];
  return [...head, ...unplaced, ...drawRooms(day, columns, laneW * lanes + columns.length - 1, undefined, rules), ...undrawn, ...dayNotes(items, o.width, o.paint)];
}

function summary(diagnostics: readonly Diagnostic[], f: Findings, paint: SchedulePaint, width: number): string {
  const overlaps = diagnostics.filter((d) => OVERLAP_RULES.has(d.ruleId)).length;
  const gaps = f.gapBefore.size;
  const other = diagnostics.length - overlaps - diagnostics.filter((d) => d.ruleId === 'no-unaccounted-gap').length;
  if (overlaps + gaps + other === 0) return paint.green(width >= 42 ? 'check: no overlaps, gaps or other findings' : 'check: no findings');
  const parts = [overlaps && paint.red(`${overlaps} overlap${overlaps === 1 ? '' : 's'}`), gaps && paint.yellow(`${gaps} gap${gaps === 1 ? '' : 's'}`), other && `${other} other finding${other === 1 ? '' : 's'}`].filter(Boolean);
  const counts = `check: ${[overlaps && `${overlaps} overlap${overlaps === 1 ? '' : 's'}`, gaps && `${gaps} gap${gaps === 1 ? '' : 's'}`, other && `${other} other finding${other === 1 ? '' : 's'}`].filter(Boolean).join(', ')}`;
  const hint = '`dls schedule check` explains each';
  return `check: ${parts.join(', ')}${counts.length + hint.length + 2 <= width ? '; ' : '\n'}${hint}`;
}
