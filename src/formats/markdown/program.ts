import { compareCodeUnits } from '../../compare.js';
import type { ProgramItem, Workshop } from '../../model.js';
import { zoneLabel } from '../../time.js';
import { statusWord } from '../words.js';
import { link } from './escape.js';
import { formatClock, formatDay, formatDaySpan, weekdayOf } from './format-time.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { programTable } from './program-table.js';
import { labelRange, rangeEnd } from './zoned-range.js';

/**
 * The `program` section: `### Program (Nov 17th, 9AM--5:30PM, Location: [room](url))`
 * and the table `| Time | Title | Speaker |`. A program over several days gets one
 * table per day under `#### Sunday, Nov 17th (9AM--5:30PM)` headings. The page style
 * may give both heading lines as templates (`page.program_heading`, `page.day_heading`).
 */
export function writeProgram(workshop: Workshop, options: MarkdownOptions): string {
  const { status, heading: line, intro, days } = programOutline(workshop, options);
  const heading = intro === '' ? line : `${line}\n\n${intro}`;
  if (days.length === 0) return `${status}${heading}\n${workshop.status ? '' : '\nThe program will be announced here.\n'}`;
  const tables = days.map((d) => `${days.length > 1 ? `\n${d.heading}\n` : ''}\n${programTable(d.items, workshop, options)}`);
  return `${status}${heading}\n${tables.join('')}`;
}

/** One day of the program: its items in order and its heading line (printed when the program has several days). */
export interface ProgramDay {
  date: string;
  items: ProgramItem[];
  heading: string;
  /** The day's window (`9AM--5:30PM`) and zone label (`MST`), as the headings use them. */
  window: string;
  zone: string;
}

/**
 * The parts of the program section other than the tables: the status paragraph
 * (`**Cancelled.** note`, or empty), the heading line, the intro lines under it
 * (`page.program_intro` filled in, or empty), and the days. The code writer and the
 * shipped Liquid template both print these.
 */
export function programOutline(workshop: Workshop, options: MarkdownOptions): { status: string; heading: string; intro: string; days: ProgramDay[] } {
  const grouped = groupByDay(workshop.program);
  const room = workshop.room ? link(workshop.room, workshop.roomUrl) : '';
  const base = { location: placeOf(workshop, room), room, year: workshop.date.slice(0, 4), zone: '' };
  const day = (date: string) => formatDay(date, false, options);
  const status = statusParagraph(workshop);
  if (grouped.length === 0) {
    // A new workshop (`dls init`) has no items yet: name its days, not an empty range.
    const span = workshop.endDate === workshop.date ? day(workshop.date) : daySpan(workshop.date, workshop.endDate, options);
    return { status, ...programHeading(options, { ...base, date: span, window: '' }), days: [] };
  }
  const days = grouped.map(([date, items], index): ProgramDay => {
    // A day's announced window (page.day_windows) is a day heading's, over several days.
    const window = (grouped.length > 1 ? options.dayWindows?.get(date) : undefined) ?? dayRange(items, workshop, options);
    const vars = { ...base, day: String(index + 1), weekday: weekdayOf(date), date: day(date), year: date.slice(0, 4), window, zone: zoneOf(items, workshop) };
    return { date, items, heading: fillHeading(options.dayHeading ?? '#### {weekday}, {date} ({window})', vars), window: vars.window, zone: vars.zone };
  });
  if (days.length === 1) return { status, ...programHeading(options, { ...base, weekday: weekdayOf(days[0]!.date), date: day(days[0]!.date), window: days[0]!.window, zone: days[0]!.zone }), days };
  const span = daySpan(days[0]!.date, days.at(-1)!.date, options);
  return { status, ...programHeading(options, { ...base, date: span, window: '', zone: days[0]!.zone }), days };
}

/** `**Cancelled.** note`: what a cancelled or postponed edition tells first. */
function statusParagraph(workshop: Workshop): string {
  if (!workshop.status) return '';
  const what = `**${statusWord(workshop.status)}.**`;
  const note = workshop.statusNote ? ` ${workshop.statusNote.trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')).join('\n\n')}` : '';
  return `${what}${note}\n\n`;
}

/** Where the program happens: `Location: [room](map)`, `Online`, or both for a hybrid event. */
function placeOf(workshop: Workshop, room: string): string {
  const located = room ? `Location: ${room}` : '';
  if (workshop.mode === 'virtual') return 'Online';
  if (workshop.mode === 'hybrid') return located ? `${located} and online` : 'Online';
  return located;
}

/** The program heading: the page's own template, or `### Program (date, window, location)` leaving out empty parts; and `page.program_intro` filled in. */
function programHeading(options: MarkdownOptions, vars: Record<string, string>): { heading: string; intro: string } {
  const intro = options.programIntro === undefined ? '' : fillHeading(options.programIntro.replace(/\n+$/, ''), vars);
  if (options.programHeading !== undefined) return { heading: fillHeading(options.programHeading, vars), intro };
  return { heading: `### Program (${[vars.date, vars.window, vars.location].filter(Boolean).join(', ')})`, intro };
}

/** Replaces `{name}` by its (already escaped) value; unknown names stay as written. */
export function fillHeading(template: string, vars: Record<string, string | undefined>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

const daySpan = (first: string, last: string, options: MarkdownOptions) => formatDaySpan(first, last, SEPARATORS[options.separator], options, options.dateSpan === 'compact');

const zoneOf = (items: readonly ProgramItem[], workshop: Workshop) => (Number.isNaN(items[0]!.startMs) ? '' : zoneLabel(items[0]!.startMs, workshop.timezone));

/**
 * `9AM--5:30PM` from the earliest start to the latest end (instants, so a
 * daylight-saving change cannot reorder them), plus ` MST` with the zone label, or
 * `1AM MST--4AM MDT` when the label changes during the day.
 */
function dayRange(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): string {
  const first = items.reduce((a, i) => (i.startMs < a.startMs ? i : a));
  const last = items.reduce((a, i) => (i.endMs > a.endMs ? i : a));
  const start = rangeEnd(first.startMs, workshop.timezone, { time: first.start, date: first.date });
  const end = rangeEnd(last.endMs, workshop.timezone, { time: last.end, date: last.date });
  const clock = (time: string) => formatClock(time, options.clock !== '24', options.compactWindow, options);
  const labels = options.zoneLabel === 'heading' || options.zoneLabel === 'both' ? {} : { label: '' };
  return labelRange({ ...start, ...labels }, { ...end, ...labels }, clock, SEPARATORS[options.separator]);
}

/** Items grouped by day, days in date order, items by start instant (wall clock if NaN; stable). */
function groupByDay(program: readonly ProgramItem[]): [string, ProgramItem[]][] {
  const days = new Map<string, ProgramItem[]>();
  // NaN (a time that does not exist) is falsy, so such items fall back to the wall clock.
  const sorted = [...program].sort((a, b) => compareCodeUnits(a.date, b.date) || a.startMs - b.startMs || compareCodeUnits(a.start, b.start));
  for (const item of sorted) {
    const day = days.get(item.date);
    if (day) day.push(item);
    else days.set(item.date, [item]);
  }
  return [...days];
}
