import type { ProgramItem, Session, Workshop } from '../../model.js';
import { zoneLabel } from '../../time.js';
import { escapeInline, escapeUrl, link } from './escape.js';
import { formatClock, formatDay, weekdayOf } from './format-time.js';
import { chairsCell, roomCell } from './item-cells.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { programOutline, type ProgramDay } from './program.js';
import { programTable } from './program-table.js';
import { speakerCell, titleCell } from './item-cells.js';
import { timeCell } from './time-cells.js';

/**
 * The data of the `program` section template: the parts of {@link programOutline}
 * and, per day, the table as columns and rows of escaped cells, in the order and
 * with the columns the built-in table writer uses (a Room column only when some
 * item is elsewhere, a second Time column with `page.second_zone`, a heading row
 * per session). `templates/builtin/program.md.liquid` prints it byte for byte as
 * the code writer does; test/markdown/builtin-templates.test.ts holds them equal.
 */
export function programData(workshop: Workshop, options: MarkdownOptions): Record<string, unknown> {
  const { status, heading, days } = programOutline(workshop, options);
  return { status: status.replace(/\n\n$/, ''), heading, days: days.map((d) => dayData(d, workshop, options)) };
}

function dayData(day: ProgramDay, workshop: Workshop, options: MarkdownOptions) {
  const { items } = day;
  const first = items[0]!;
  const label = zoneLabel(first.startMs, workshop.timezone);
  const second = options.secondZone;
  const rows: Record<string, unknown>[] = [];
  let session: Session | undefined;
  for (const item of items) {
    const own = workshop.sessions.find((s) => s.id === item.session);
    if (own && own !== session) rows.push({ session: sessionData(own, options) });
    session = own;
    rows.push({ item: itemData(item, workshop, options, first) });
  }
  return {
    date: formatDay(day.date, false, options),
    weekday: weekdayOf(day.date),
    zone: day.zone,
    window: day.window,
    heading: day.heading,
    table: programTable(items, workshop, options),
    columns: {
      time: options.zoneLabel === 'header' || options.zoneLabel === 'both' ? `${options.timeHeader} (${label})` : options.timeHeader,
      second_time: second ? `${options.timeHeader} (${zoneLabel(first.startMs, second)})` : '',
      room: items.some((i) => i.room !== workshop.room || i.location !== undefined || i.mode !== workshop.mode),
      title: options.titleHeader,
      speaker: options.speakerHeader,
    },
    rows,
    items: rows.flatMap((r) => (r.item ? [r.item] : [])),
  };
}

/** A session's heading row: its window, its title (escaped; the template sets it in bold), its chairs. */
function sessionData(s: Session, options: MarkdownOptions) {
  const clock = (time: string) => formatClock(time, options.clock === '12');
  return { window: s.start && s.end ? `${clock(s.start)}${SEPARATORS[options.separator]}${clock(s.end)}` : '', title: escapeInline(s.title), chairs: chairsCell(s) };
}

function itemData(i: ProgramItem, workshop: Workshop, options: MarkdownOptions, first: ProgramItem) {
  const second = options.secondZone;
  return {
    time: timeCell(i, workshop, options, first),
    // The second zone's column shows its label in the header, so its cells are Time cells there with the label shown.
    second_time: second && !Number.isNaN(i.startMs) && !Number.isNaN(i.endMs) ? timeCell(i, { ...workshop, timezone: second }, { ...options, zoneLabel: 'header' }, first) : '',
    title: escapeInline(i.title),
    title_cell: titleCell(i, options),
    slides: i.slides ? escapeUrl(i.slides) : '',
    kind: i.kind,
    speakers: speakerCell(i, options),
    speaker_list: i.speakers.map((p) => ({ name: escapeInline(p.name), affiliation: escapeInline(p.affiliation ?? '') })),
    room: i.room ? link(i.room, i.roomUrl) : '',
    room_cell: roomCell(i),
  };
}
