import type { ProgramItem, Session, Workshop } from '../../model.js';
import { escapeInline } from './escape.js';
import { formatClock } from './format-time.js';
import { chairsCell, roomCell, speakerCell, titleCell } from './item-cells.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { dayShift, labelRange, rangeEnd } from './zoned-range.js';
import { zoneLabel } from '../../time.js';

/**
 * One day's table: `| Time | Title | Speaker |`, with an extra `Time (CET)` column
 * when a second zone is asked for, and a `Room` column when items are in rooms
 * other than the workshop's. A title links to its slides when set. Every cell
 * is escaped, so no title can add or remove a column.
 */
export function programTable(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): string {
  const first = items[0]!;
  const label = zoneLabel(first.startMs, workshop.timezone);
  const header = [options.zoneLabel ? `Time (${label})` : 'Time'];
  const second = options.secondZone;
  const secondLabel = second ? zoneLabel(first.startMs, second) : '';
  if (second) header.push(`Time (${secondLabel})`);
  // A Room column only when some item is elsewhere than the heading's room.
  const rooms = items.some((i) => i.room !== workshop.room || i.location !== undefined || i.mode !== workshop.mode);
  header.push(...(rooms ? ['Room'] : []), 'Title', 'Speaker');
  const rows: string[][] = [];
  let session: Session | undefined;
  for (const item of items) {
    const own = workshop.sessions.find((s) => s.id === item.session);
    if (own && own !== session) rows.push(sessionRow(own, workshop, options, header.length - 2));
    session = own;
    const cells = [timeRange(item, workshop.timezone, options, options.zoneLabel ? label : undefined)];
    if (second) cells.push(Number.isNaN(item.startMs) || Number.isNaN(item.endMs) ? '' : timeRange(item, second, options, secondLabel));
    if (rooms) cells.push(roomCell(item));
    cells.push(titleCell(item), speakerCell(item));
    rows.push(cells);
  }
  return [header, header.map(() => '---'), ...rows].map(row).join('\n') + '\n';
}

/** A session's heading row: its window, its title in bold, its chairs in the speaker column. */
function sessionRow(s: Session, workshop: Workshop, options: MarkdownOptions, before: number): string[] {
  const clock = (time: string) => formatClock(time, options.clock === '12');
  const window = s.start && s.end ? `${clock(s.start)}${SEPARATORS[options.separator]}${clock(s.end)}` : '';
  return [window, ...Array<string>(before - 1).fill(''), `**${escapeInline(s.title)}**`, chairsCell(s)];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * The item's time in `zone`, read from its instants. With `shown` (the header's
 * label), a row whose ends have another label (after a daylight-saving change) says
 * so; in another zone than the item's, `(+1)` and the like mark other days there.
 * Without `shown`, no labels: the wall clock the organizer wrote.
 */
function timeRange(item: ProgramItem, zone: string, options: MarkdownOptions, shown: string | undefined): string {
  const clock = (time: string) => formatClock(time, options.clock === '12');
  const start = rangeEnd(item.startMs, zone, { time: item.start, date: item.date });
  if (item.point) return clock(start.time) + (shown !== undefined && start.label !== shown ? ` ${start.label}` : '') + (shown === undefined ? '' : dayShift(start, start, item.date));
  const end = rangeEnd(item.endMs, zone, { time: item.end, date: item.date });
  if (shown === undefined) return labelRange({ ...start, label: '' }, { ...end, label: '' }, clock, SEPARATORS[options.separator]);
  return labelRange(start, end, clock, SEPARATORS[options.separator], shown) + dayShift(start, end, item.date);
}
