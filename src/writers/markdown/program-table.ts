import type { ProgramItem, Workshop } from '../../model.js';
import { link } from './escape.js';
import { formatTimeRange, wallClockIn } from './format-time.js';
import type { MarkdownOptions } from './options.js';
import { formatSpeakers } from './speakers.js';
import { zoneLabel } from '../../time.js';

/**
 * One day's table: `| Time | Title | Speaker |`, with an extra `Time (CET)` column
 * when a second zone is asked for, and a `Room` column when items are in rooms
 * other than the workshop's. A title links to its slides when set. Every cell
 * is escaped, so no title can add or remove a column.
 */
export function programTable(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): string {
  const first = items[0]!;
  const header = [options.zoneLabel ? `Time (${zoneLabel(first.startMs, workshop.timezone)})` : 'Time'];
  if (options.secondZone) header.push(`Time (${zoneLabel(first.startMs, options.secondZone)})`);
  // A Room column only when some item is elsewhere than the heading's room.
  const rooms = items.some((i) => i.room !== workshop.room);
  header.push(...(rooms ? ['Room'] : []), 'Title', 'Speaker');
  const rows = items.map((item) => {
    const cells = [formatTimeRange(item.start, item.end, options)];
    if (options.secondZone) cells.push(secondZoneRange(item, options.secondZone, options));
    if (rooms) cells.push(item.room ? link(item.room, item.roomUrl) : '');
    cells.push(link(item.title, item.slides), formatSpeakers(item.speakers));
    return cells;
  });
  return [header, header.map(() => '---'), ...rows].map(row).join('\n') + '\n';
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The item's time in another zone, with `(+1)` when that falls on the next day there. */
function secondZoneRange(item: ProgramItem, zone: string, options: MarkdownOptions): string {
  if (Number.isNaN(item.startMs) || Number.isNaN(item.endMs)) return '';
  const start = wallClockIn(item.startMs, zone);
  const end = wallClockIn(item.endMs, zone);
  const shift = Math.round((Date.parse(start.date) - Date.parse(item.date)) / 86_400_000);
  const range = formatTimeRange(start.time, end.time, options);
  return shift === 0 ? range : `${range} (${shift > 0 ? '+' : ''}${shift})`;
}
