import { compareCodeUnits } from '../../compare.js';
import { statusWord } from '../words.js';
import type { ProgramItem, Workshop } from '../../model.js';
import { link } from './escape.js';
import { formatClock, formatDay, formatWeekdayDay } from './format-time.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { programTable } from './program-table.js';
import { labelRange, rangeEnd } from './zoned-range.js';

/**
 * The `program` section: `### Program (Nov 17th, 9AM--5:30PM, Location: [room](url))`
 * and the table `| Time | Title | Speaker |`. A program over several days gets one
 * table per day under `#### Sunday, Nov 17th (9AM--5:30PM)` headings.
 */
export function writeProgram(workshop: Workshop, options: MarkdownOptions): string {
  return statusParagraph(workshop) + programBody(workshop, options);
}

/** `**Cancelled.** note`: what a cancelled or postponed edition tells first. */
function statusParagraph(workshop: Workshop): string {
  if (!workshop.status) return '';
  const what = `**${statusWord(workshop.status)}.**`;
  const note = workshop.statusNote ? ` ${workshop.statusNote.trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')).join('\n\n')}` : '';
  return `${what}${note}\n\n`;
}

/** Where the program happens: `Location: [room](map)`, `Online`, or both for a hybrid event. */
function placeOf(workshop: Workshop): string {
  const room = workshop.room ? `Location: ${link(workshop.room, workshop.roomUrl)}` : '';
  if (workshop.mode === 'virtual') return 'Online';
  if (workshop.mode === 'hybrid') return room ? `${room} and online` : 'Online';
  return room;
}

function programBody(workshop: Workshop, options: MarkdownOptions): string {
  const days = groupByDay(workshop.program);
  const location = placeOf(workshop);
  if (days.length === 0) {
    // A new workshop (`dls init`) has no items yet: name its days, not an empty range.
    const span = workshop.endDate === workshop.date ? formatDay(workshop.date) : `${formatDay(workshop.date)}${SEPARATORS[options.separator]}${formatDay(workshop.endDate)}`;
    const body = workshop.status ? '' : '\nThe program will be announced here.\n';
    return `### Program (${[span, location].filter(Boolean).join(', ')})\n${body}`;
  }
  if (days.length === 1) {
    const [date, items] = days[0]!;
    const parts = [formatDay(date), dayRange(items, workshop, options), location].filter(Boolean);
    return `### Program (${parts.join(', ')})\n\n${programTable(items, workshop, options)}`;
  }
  const span = `${formatDay(days[0]![0])}${SEPARATORS[options.separator]}${formatDay(days.at(-1)![0])}`;
  const heading = `### Program (${[span, location].filter(Boolean).join(', ')})`;
  const tables = days.map(([date, items]) => `\n#### ${formatWeekdayDay(date)} (${dayRange(items, workshop, options)})\n\n${programTable(items, workshop, options)}`);
  return `${heading}\n${tables.join('')}`;
}

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
  const clock = (time: string) => formatClock(time, options.clock !== '24', true);
  const labels = options.zoneLabel ? {} : { label: '' };
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
