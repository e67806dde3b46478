import type { ProgramItem, Session, Workshop } from '../../model.js';
import { escapeInline } from './escape.js';
import { formatClock } from './format-time.js';
import { chairsCell, kindCell, roomCell, speakerCell, titleCell } from './item-cells.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { dayShift, labelRange, rangeEnd } from './zoned-range.js';
import { zoneLabel } from '../../time.js';

export { speakerCell, titleCell } from './item-cells.js';

/**
 * One day's table: `| Time | Title | Speaker |`, with an extra `Time (CET)` column
 * when a second zone is asked for, a `Room` column when items are elsewhere than the
 * workshop's room, and a heading row per session. A title links to its slides when
 * set. Every cell is escaped, so no title can add or remove a column.
 */
export function programTable(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): string {
  const first = items[0]!;
  const label = zoneLabel(first.startMs, workshop.timezone);
  const header = [options.zoneLabel === 'header' || options.zoneLabel === 'both' ? `${options.timeHeader} (${label})` : options.timeHeader];
  const second = options.secondZone;
  const secondLabel = second ? zoneLabel(first.startMs, second) : '';
  if (second) header.push(`${options.timeHeader} (${secondLabel})`);
  // A Room column only when some item is elsewhere than the heading's room.
  const rooms = items.some((i) => i.room !== workshop.room || i.location !== undefined || i.mode !== workshop.mode);
  const kinds = options.keynote === 'cell';
  header.push(...(rooms ? ['Room'] : []), ...(kinds ? [escapeInline(options.kindHeader)] : []), options.titleHeader, options.speakerHeader);
  const rows: string[][] = [];
  let session: Session | undefined;
  for (const item of items) {
    const own = workshop.sessions.find((s) => s.id === item.session);
    if (own && own !== session) rows.push(sessionRow(own, options, header.length - 2));
    session = own;
    const cells = [timeCell(item, workshop, options, first)];
    if (second) cells.push(Number.isNaN(item.startMs) || Number.isNaN(item.endMs) ? '' : timeRange(item, second, options, secondLabel));
    if (rooms) cells.push(roomCell(item));
    if (kinds) cells.push(kindCell(item, options));
    cells.push(titleCell(item, options), speakerCell(item, options));
    rows.push(cells);
  }
  return [header, header.map(() => '---'), ...rows].map(row).join('\n') + '\n';
}

/**
 * A session's heading row: its window (or, with `page.session_time: empty`, nothing),
 * its title in bold, its chairs in the speaker column or, with `page.session_chair:
 * title`, after the title: `**Session 1** (Chair: Lena Weber)`.
 */
function sessionRow(s: Session, options: MarkdownOptions, before: number): string[] {
  const clock = (time: string) => formatClock(time, options.clock === '12');
  const window = s.start && s.end && options.sessionTime === 'window' ? `${clock(s.start)}${SEPARATORS[options.separator]}${clock(s.end)}` : '';
  const title = `**${escapeInline(s.title)}**`;
  const chairs = chairsCell(s);
  if (options.sessionChair === 'title') return [window, ...Array<string>(before - 1).fill(''), chairs ? `${title} (${chairs})` : title, ''];
  return [window, ...Array<string>(before - 1).fill(''), title, chairs];
}

/** The Time cell of an item, as the built-in table writes it: labelled where its zone label differs from that of the day's `first` item. */
export function timeCell(item: ProgramItem, workshop: Workshop, options: MarkdownOptions, first: ProgramItem): string {
  return timeRange(item, workshop.timezone, options, shownLabel(options, zoneLabel(first.startMs, workshop.timezone)));
}

/** The label a cell may leave out: the header's; `undefined` labels each cell; `''` none. */
const shownLabel = (options: MarkdownOptions, label: string) => (options.zoneLabel === 'header' || options.zoneLabel === 'both' ? label : options.zoneLabel === 'cell' ? undefined : '');

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * The item's time in `zone`, read from its instants. With `shown` (the header's
 * label), a row whose ends have another label (after a daylight-saving change) says
 * so; in another zone than the item's, `(+1)` and the like mark other days there.
 * With `shown` undefined, every range is labelled (`page.zone_label: cell`); with
 * `''`, no labels: the wall clock the organizer wrote. A point in time is one time.
 */
function timeRange(item: ProgramItem, zone: string, options: MarkdownOptions, shown: string | undefined): string {
  const clock = (time: string) => formatClock(time, options.clock === '12');
  const start = rangeEnd(item.startMs, zone, { time: item.start, date: item.date });
  // `page.times: start` prints an item as a point in time: the start alone, labelled as a point is.
  if (item.point || options.times === 'start') return clock(start.time) + (shown === '' || start.label === shown ? '' : ` ${start.label}`) + (shown === '' ? '' : dayShift(start, start, item.date));
  const end = rangeEnd(item.endMs, zone, { time: item.end, date: item.date });
  if (shown === '') return labelRange({ ...start, label: '' }, { ...end, label: '' }, clock, SEPARATORS[options.separator]);
  return labelRange(start, end, clock, SEPARATORS[options.separator], shown) + dayShift(start, end, item.date);
}
