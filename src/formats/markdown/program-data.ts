import type { ProgramItem, Session, Workshop } from '../../model.js';
import { escapeInline, escapeUrl, link } from './escape.js';
import { formatDay, weekdayOf } from './format-time.js';
import { chairsCell, kindCell, roomCell } from './item-cells.js';
import type { MarkdownOptions } from './options.js';
import { programOutline, type ProgramDay } from './program.js';
import { programColumns, programRows, sessionCells, sessionWindow, type ProgramColumn } from './program-columns.js';
import { delimiterCells } from './table-align.js';
import { programTable } from './program-table.js';

/**
 * The data of the `program` section template: the parts of {@link programOutline}
 * and, per day, the table as columns and rows of escaped cells. The columns and
 * every cell come from {@link programColumns} and {@link sessionCells}, which the
 * built-in table writer prints too, so `templates/builtin/program.md.liquid` prints
 * it byte for byte as the code writer does under every page style;
 * test/markdown/builtin-templates.test.ts holds them equal.
 */
export function programData(workshop: Workshop, options: MarkdownOptions): Record<string, unknown> {
  const { status, heading, intro, days } = programOutline(workshop, options);
  return { status: status.replace(/\n\n$/, ''), heading, intro, session_headings: options.sessionHeading !== undefined, days: days.map((d) => dayData(d, workshop, options)) };
}

function dayData(day: ProgramDay, workshop: Workshop, options: MarkdownOptions) {
  const columns = programColumns(day.items, workshop, options);
  const header = (key: ProgramColumn['key']) => columns.find((c) => c.key === key)?.header;
  // Both keys on every row (one of them nil): templates run with strict variables, and `{% if row.session %}` must not be an error.
  const rows = programRows(day.items, workshop).map((r) => ('session' in r ? { session: sessionData(r.session, options, columns.length), item: null } : { session: null, item: itemData(r.item, columns, options) }));
  return {
    date: formatDay(day.date, false, options),
    weekday: weekdayOf(day.date),
    zone: day.zone,
    window: day.window,
    heading: day.heading,
    table: programTable(day.items, workshop, options),
    columns: {
      time: header('time'),
      second_time: header('second_time') ?? '',
      room: header('room') !== undefined,
      kind: header('kind') !== undefined,
      kind_header: header('kind') ?? '',
      title: header('title'),
      speaker: header('speaker'),
    },
    delimiters: delimiterCells(columns.length, options.programAlign),
    rows,
    items: rows.flatMap((r) => (r.item ? [r.item] : [])),
  };
}

/** A session's heading row: its cells as the table prints them (`time`, `title_cell`, `chairs_cell`), and its parts (window, title, chairs), escaped. */
function sessionData(s: Session, options: MarkdownOptions, count: number) {
  const cells = sessionCells(s, options, count);
  return { window: sessionWindow(s, options), time: cells[0], title: escapeInline(s.title), chairs: chairsCell(s, options), title_cell: cells.at(-2), chairs_cell: cells.at(-1) };
}

/** An item: the cells of the day's columns as the table prints them ('' for a column the day has not), and its parts, escaped. */
function itemData(i: ProgramItem, columns: readonly ProgramColumn[], options: MarkdownOptions) {
  const cell = (key: ProgramColumn['key']) => columns.find((c) => c.key === key)?.cell(i) ?? '';
  return {
    time: cell('time'),
    second_time: cell('second_time'),
    title: escapeInline(i.title),
    title_cell: cell('title'),
    slides: i.slides ? escapeUrl(i.slides) : '',
    kind: i.kind,
    kind_cell: kindCell(i, options),
    speakers: cell('speaker'),
    speaker_list: i.speakers.map((p) => ({ name: escapeInline(p.name), affiliation: escapeInline(p.affiliation ?? '') })),
    room: i.room ? link(i.room, i.roomUrl) : '',
    room_cell: roomCell(i),
  };
}
