import type { Heading } from 'mdast';
import type { DayStyle } from '../markdown/format-time.js';
import type { ReadHeading, ReadProgram } from './program.js';
import type { ReadDate } from './lists.js';
import { readRoom, roomIn } from './room.js';
import { plain, source, type Page } from './tree.js';
import { findAll } from './tree.js';
import { findDate, findRange, isoOf, type FoundDate, type FoundRange } from './when.js';
import { rowStyle } from './row-style.js';
import { alignOf } from './table-align.js';

/** `page:` as workshop.yaml writes it (snake_case), only the keys that differ from the defaults. */
export type PageStyleFile = Record<string, string | boolean | string[] | Record<string, string>>;

const SEPARATOR_NAMES: Record<string, string> = { '--': '--', '\u2013': 'en-dash', '-': '-' };
const SPACED_SEPARATOR_NAMES: Record<string, string> = { '\u2013': 'spaced-en-dash', '-': 'spaced-hyphen' };

/** Infers the page style from the program as printed and the first date the page shows. */
export function inferStyle(page: Page, program: ReadProgram | undefined, day: DayStyle | undefined, signup: { template: string } | undefined, series: string | undefined): PageStyleFile {
  const style: PageStyleFile = {};
  if (day && day.month !== 'short') style.month = day.month;
  if (day?.dayFirst) style.day_first = true;
  if (day && !day.ordinals) style.ordinals = false;
  // `November 16-17, 2025`: the program's days with their month named once.
  if (program?.heading.date?.endDay !== undefined) style.date_span = 'compact';
  if (signup && signup.template !== `### Please sign up [the ${series ?? 'DLS'} mail list]({url})`) style.signup = signup.template;
  if (!program) return style;
  Object.assign(style, programStyle(page, program));
  return style;
}

function programStyle(page: Page, program: ReadProgram): PageStyleFile {
  const style: PageStyleFile = {};
  const { cells } = program;
  const first = cells.ranges.find((r) => r.separator) ?? cells.ranges[0];
  const window = (program.days.find((d) => d.window) ?? program.heading).window?.range;
  if (cells.ranges.some((r) => r.twelve)) style.clock = '12';
  else if (window && !window.twelve) style.clock = '24';
  // Start-only cells (`| 9:00 | Welcome |`) show no separator: the heading's window does.
  const separator = first?.separator ?? window?.separator;
  const spaced = (first?.separator ? first : window)?.spaced === true;
  if (separator && SEPARATOR_NAMES[separator] !== '--') style.separator = (spaced ? SPACED_SEPARATOR_NAMES[separator] : undefined) ?? SEPARATOR_NAMES[separator] ?? '--';
  // `9:00 AM`, `9:00am`: the cells' AM/PM where they have one, else the heading window's; `09:00` pads every 24-hour time.
  const meridiem = (cells.ranges.find((r) => r.meridiem) ?? window)?.meridiem;
  if (meridiem && meridiem !== 'attached') style.meridiem = meridiem;
  if (cells.ranges.some((r) => r.padded) || window?.padded) style.pad_hours = true;
  const align = program.tables[0] && alignOf(program.tables[0]);
  if (align) style.program_align = align;
  if (window && window.twelve && !window.compact) style.compact_window = false;
  // `9 AM - 9:30 AM`: most 12-hour cells with a full hour write it without its minutes.
  const onHour = cells.ranges.filter((r) => r.twelve && [r.start, r.end].some((t) => t?.endsWith(':00')));
  if (onHour.filter((r) => r.compact).length * 2 > onHour.length) style.compact_times = true;
  const headingZone = (program.days.find((d) => d.window) ?? program.heading).zone;
  const zone = cells.headerZone ? (headingZone ? 'both' : 'header') : cells.ranges.some((r) => r.zone) ? 'cell' : headingZone ? 'heading' : undefined;
  if (zone) style.zone_label = zone;
  if (cells.header !== 'Time') style.time_header = cells.header;
  if (cells.titleHeader !== 'Title') style.title_header = cells.titleHeader;
  if (cells.speakerHeader !== 'Speaker') style.speaker_header = cells.speakerHeader;
  if (cells.italic) style.affiliation = 'italic';
  if (cells.keynotePrefix) style.keynote = 'bold-prefix';
  if (cells.titleLinks) style.title_links = cells.titleLinks;
  if (cells.panelists) style.panel = 'panelists';
  Object.assign(style, rowStyle(program));
  if (program.sessionHeading) style.session_heading = program.sessionHeading;
  const multi = program.days.length > 0;
  const heading = headingTemplate(page, program.heading, !multi && announced(program));
  const defaultHeading = multi ? '### Program ({date}, Location: {room})' : '### Program ({date}, {window}, Location: {room})';
  if (heading !== defaultHeading && heading !== defaultHeading.replace(', Location: {room}', '')) style.program_heading = heading;
  const room = readRoom(page, program.heading.node);
  const plainIntro = room ? introOf(page, program.heading.node).replace(room.text, '{room}') : introOf(page, program.heading.node);
  const intro = introTemplate(plainIntro, program, !multi, style);
  // Only above a table: without one, the program part is the heading alone and the paragraph is the page's own.
  if (intro && program.tables.length > 0) style.program_intro = intro;
  // `### Day 1: ...` numbers the days: the number is a placeholder, or day 2 would read Day 1.
  const day = program.days[0] && headingTemplate(page, program.days[0]).replace(/\b(day\s+)1\b/i, '$1{day}');
  if (day && day !== '#### {weekday}, {date} ({window})') style.day_heading = day;
  return style;
}

/**
 * The paragraphs and quotes between the program heading and its first table or day
 * heading (`> All times are in CET.`), as the page has them, a blank line between
 * them: `page.program_intro`, so the generated program keeps them.
 */
function introOf(page: Page, heading: Heading): string {
  const nodes = page.root.children;
  const intro: string[] = [];
  for (let i = nodes.indexOf(heading) + 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type !== 'paragraph' && n.type !== 'blockquote') break;
    intro.push(source(page, n));
  }
  return intro.join('\n\n');
}

/**
 * An intro under a heading that names neither day nor hours, announcing them itself
 * (`**Thursday, May 16, 2024, 9:00 AM – 1:00 PM, Room: Hall Y9**`): its date, weekday and
 * window become `{date}`, `{weekday}` and `{window}` of a one-day program, so a shifted
 * program keeps it true; a window other than the items' own is kept as written. Its
 * window's full hours set `compact_window`, as a heading's do.
 */
function introTemplate(intro: string, program: ReadProgram, oneDay: boolean, style: PageStyleFile): string {
  const firstLine = intro.split('\n')[0] ?? '';
  if (!oneDay || program.heading.date || program.heading.window || !firstLine) return intro;
  const window = findRange(firstLine);
  const date = findDate(firstLine);
  let line = firstLine;
  if (date && program.items[0] && isoOf(date, date.year ?? NaN) === program.items[0].date) {
    line = putIn(line, date.text, dateHolder(date));
    line = putIn(line, WEEKDAY.exec(line)?.[0], '{weekday}');
  }
  if (window && !announcedWindow(window.range, program)) {
    line = putIn(line, window.text, '{window}');
    if (window.range.twelve && !window.range.compact) style.compact_window = false;
  }
  return [line, ...intro.split('\n').slice(1)].join('\n');
}

/** True when the heading announces a window other than the items' own first start to last end (`9AM--6PM`): it is kept as written. */
function announced(program: ReadProgram): boolean {
  const w = program.heading.window?.range;
  return w !== undefined && announcedWindow(w, program);
}

/** True when `w` is not the items' own first start to last end. */
function announcedWindow(w: FoundRange, program: ReadProgram): boolean {
  if (program.items.length === 0) return false;
  const starts = program.items.map((i) => i.start).sort();
  const ends = program.items.map((i) => i.end ?? i.start).sort();
  return w.start !== starts[0] || w.end !== ends.at(-1);
}

/** `Nov 17th--Nov 18th` when the date starts a span of days (the heading of a program over several days), else the date. */
function spanOf(line: string, date: string): string {
  const at = line.indexOf(date);
  const rest = at < 0 ? '' : line.slice(at + date.length);
  const sep = /^(--|\u2013|-)/.exec(rest)?.[0];
  const next = sep ? findDate(rest.slice(sep.length)) : undefined;
  return next && next.index === 0 ? date + sep + next.text : date;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The heading's source line with its date, window, zone, weekday and room link as `{placeholders}`. */
export function headingTemplate(page: Page, h: ReadHeading, keepWindow = false): string {
  let line = source(page, h.node);
  const put = (text: string | undefined, placeholder: string) => (line = putIn(line, text, placeholder));
  const link = findAll(h.node, 'link')[0];
  if (link) put(source(page, link), '{room}');
  else put(roomIn(plain(h.node)), '{room}');
  if (h.date) put(spanOf(line, h.date.text), dateHolder(h.date));
  if (h.window && !keepWindow) {
    put(h.window.text, '{window}');
    if (h.zone) put(`{window} ${h.zone}`, '{window}');
  }
  put(WEEKDAY.exec(line)?.[0], '{weekday}');
  return line;
}

/** `line` with the first `text` in it replaced by `placeholder`; as it is without one. */
function putIn(line: string, text: string | undefined, placeholder: string): string {
  const at = text ? line.indexOf(text) : -1;
  return at < 0 ? line : line.slice(0, at) + placeholder + line.slice(at + text!.length);
}

/** The placeholders a written date becomes: `{date}, {year}`, `{date} {year}` (day first), or `{date}`. */
const dateHolder = (date: FoundDate): string => (date.withYear ? (date.style.dayFirst ? '{date} {year}' : '{date}, {year}') : '{date}');

/** `page.was_year: omit` when the page strikes an earlier deadline through without its year: `~~May 1~~ May 15, 2026`. */
export function inferWasYear(dates: readonly ReadDate[] | undefined): PageStyleFile {
  return dates?.some((d) => d.found.withYear && d.wasFound.some((w) => !w.withYear)) ? { was_year: 'omit' } : {};
}

/** `page.was_ordinals` when the page's struck-through dates differ in ordinals from the page's days (`ordinals`): `~~Aug 1~~ Aug 8th`. */
export function inferWasOrdinals(dates: readonly ReadDate[] | undefined, ordinals: boolean): PageStyleFile {
  // ISO dates (`2026-08-01`) say nothing about ordinals.
  const struck = dates?.flatMap((d) => d.wasFound).filter((w) => !/^\d{4}-/.test(w.text)) ?? [];
  if (struck.length === 0) return {};
  const was = struck.filter((w) => w.style.ordinals).length * 2 > struck.length;
  return was === ordinals ? {} : { was_ordinals: was };
}
