import type { ProgramItem, Session, Workshop } from '../../model.js';
import { sessionOf } from '../../session-of.js';
import { zoneLabel } from '../../time.js';
import { escapeInline } from './escape.js';
import { formatClock } from './format-time.js';
import { chairsCell, kindCell, roomCell, speakerCell, titleCell } from './item-cells.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { timeCell, timeRange } from './time-cells.js';

/** A column of a day's program table: what it holds, its header as printed, and its cell for an item. */
export interface ProgramColumn {
  key: 'time' | 'second_time' | 'room' | 'kind' | 'title' | 'speaker';
  header: string;
  cell: (item: ProgramItem) => string;
}

/**
 * The columns of one day's table, in order: Time (`Time (MST)` with the zone label in
 * the header); a second Time with `page.second_zone`; Room when some item is elsewhere
 * than the workshop's room; the kind column with `page.keynote: cell`; Title; Speaker.
 * The one place that decides them: the table writer and the program template's data
 * both read it, so the two cannot disagree on a column.
 */
export function programColumns(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): ProgramColumn[] {
  const first = items[0]!;
  const label = zoneLabel(first.startMs, workshop.timezone);
  const time = options.zoneLabel === 'header' || options.zoneLabel === 'both' ? `${options.timeHeader} (${label})` : options.timeHeader;
  const columns: ProgramColumn[] = [{ key: 'time', header: time, cell: (i) => timeCell(i, workshop, options, first) }];
  const second = options.secondZone;
  if (second) {
    const shown = zoneLabel(first.startMs, second);
    columns.push({ key: 'second_time', header: `${options.timeHeader} (${shown})`, cell: (i) => (Number.isNaN(i.startMs) || Number.isNaN(i.endMs) ? '' : timeRange(i, second, options, shown)) });
  }
  if (items.some((i) => i.room !== workshop.room || i.location !== undefined || i.mode !== workshop.mode)) columns.push({ key: 'room', header: 'Room', cell: roomCell });
  if (options.keynote === 'cell') columns.push({ key: 'kind', header: escapeInline(options.kindHeader), cell: (i) => kindCell(i, options) });
  columns.push({ key: 'title', header: options.titleHeader, cell: (i) => titleCell(i, options) }, { key: 'speaker', header: options.speakerHeader, cell: (i) => speakerCell(i, options) });
  return columns;
}

/** A day's items in runs of one session (or of none), in order. */
export function sessionRuns(items: readonly ProgramItem[], workshop: Workshop): { session?: Session; items: ProgramItem[] }[] {
  const runs: { session?: Session; items: ProgramItem[] }[] = [];
  for (const item of items) {
    const session = sessionOf(workshop, item);
    const last = runs.at(-1);
    if (last && last.session === session) last.items.push(item);
    else runs.push({ session, items: [item] });
  }
  return runs;
}

/** A day's rows in order: a session's heading row before the first of its items, then each item. */
export function programRows(items: readonly ProgramItem[], workshop: Workshop): ({ session: Session } | { item: ProgramItem })[] {
  return sessionRuns(items, workshop).flatMap((run) => [...(run.session ? [{ session: run.session }] : []), ...run.items.map((item) => ({ item }))]);
}

/**
 * A session's heading row, one cell per column (`count`): its window (or, with
 * `page.session_time: empty`, nothing), its title in bold in the Title column, its
 * chairs in the Speaker column or, with `page.session_chair: title`, after the title:
 * `**Session 1** (Chair: Lena Weber)`.
 */
export function sessionCells(s: Session, options: MarkdownOptions, count: number): string[] {
  const window = options.sessionTime === 'window' ? sessionWindow(s, options) : '';
  const title = `**${escapeInline(s.title)}**`;
  const chairs = chairsCell(s, options);
  const between = Array<string>(count - 3).fill('');
  if (options.sessionChair === 'title') return [window, ...between, chairs ? `${title} (${chairs})` : title, ''];
  return [window, ...between, title, chairs];
}

/** A session's own window, `11:00--12:00`, as its row prints it; empty when the session gives no start and end. */
export function sessionWindow(s: Session, options: MarkdownOptions): string {
  const clock = (time: string) => formatClock(time, options.clock === '12', options.compactTimes, options);
  return s.start && s.end ? `${clock(s.start)}${SEPARATORS[options.separator]}${clock(s.end)}` : '';
}
