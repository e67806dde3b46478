import type { ImportantDate, Workshop } from '../../model.js';
import { slugify } from '../../parse/resolve.js';
import { resolveWallTime } from '../../time.js';
import { conferenceLine, eventStatus, eventUid, linkResolver, locationOf, statusLine, workshopLine, type CalEvent, type LinkResolver } from './events.js';
import { escapeText, formatDate, formatUtc } from './text.js';
import { monthName } from '../words.js';
import { addDays } from '../../parse/formats.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Anywhere on Earth is UTC-12: a day ends there last. */
const AOE_OFFSET_MS = -12 * HOUR;

/** The instant of 23:59 on `day`, in the workshop's zone or Anywhere on Earth. */
export function deadlineInstant(workshop: Workshop, day: string, aoe = workshop.deadlineTimezone === 'AoE'): number {
  if (aoe) return Date.parse(`${day}T23:59:00Z`) - AOE_OFFSET_MS;
  return resolveWallTime(day, '23:59', workshop.timezone).ms;
}

/** The day after `day`: the exclusive end of an all-day event. */
export const nextDay = (day: string): string => addDays(day, 1);

/** The first day of the month after `2021-05`: the exclusive end of a month-long event. */
const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};


const isWorkshopDay = (workshop: Workshop, d: ImportantDate): boolean => d.precision === 'day' && d.date >= workshop.date && d.date <= workshop.endDate;

function deadlineDescription(workshop: Workshop, d: ImportantDate): string {
  const zone = d.aoe ? 'Anywhere on Earth (AoE, UTC-12)' : workshop.timezone;
  const parts = [...statusLine(workshop)];
  parts.push(d.precision === 'month' ? `Due in ${monthName(d.date)}; the exact day is to be announced.` : `Due ${d.date} at 23:59, ${zone}.`);
  if (d.was.length > 0) parts.push(`Extended; earlier deadline${d.was.length > 1 ? 's' : ''}: ${d.was.join(', ')}.`);
  if (d.note) parts.push(d.note);
  parts.push(workshopLine(workshop));
  return parts.join('\n\n');
}

/** The calendar name of the workshop: `short_title` when given, else the title. */
export const shortName = (workshop: Workshop): string => workshop.shortTitle ?? workshop.title;

/** The lines that place one important date in time, and its description. */
function whenLines(workshop: Workshop, d: ImportantDate, href: LinkResolver): string[] {
  if (isWorkshopDay(workshop, d)) {
    const lines = [`DTSTART;VALUE=DATE:${formatDate(workshop.date)}`, `DTEND;VALUE=DATE:${formatDate(nextDay(workshop.endDate))}`];
    const description = [...statusLine(workshop), ...(d.note ? [d.note] : []), workshopLine(workshop)].join('\n\n');
    lines.push(`DESCRIPTION:${escapeText(description)}`);
    const location = locationOf(workshop, workshop.room);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    const join = workshop.mode === 'in-person' ? undefined : href(workshop.joinUrl);
    if (join) lines.push(conferenceLine(join));
    return lines;
  }
  if (d.precision === 'month') {
    return [`DTSTART;VALUE=DATE:${formatDate(`${d.date}-01`)}`, `DTEND;VALUE=DATE:${formatDate(nextMonth(d.date))}`, `DESCRIPTION:${escapeText(deadlineDescription(workshop, d))}`];
  }
  const due = deadlineInstant(workshop, d.date, d.aoe);
  return [`DTSTART:${formatUtc(due)}`, `DTEND:${formatUtc(due + MINUTE)}`, `DESCRIPTION:${escapeText(deadlineDescription(workshop, d))}`];
}

/**
 * The VEVENTs of the important dates. A deadline is a one-minute event at 23:59 of
 * its day (workshop zone, or AoE for the dates that are), so each attendee sees the
 * true moment in their own zone. An important date that falls on the workshop's own
 * days is the workshop itself: an all-day event over those days. A month
 * (`2021-05`) is an all-day event over the whole month, free time; a TBA date has
 * no event until it is known (its UID is kept for when it is).
 */
export function deadlineEvents(workshop: Workshop, href: LinkResolver = linkResolver(workshop, () => undefined)): CalEvent[] {
  const used = new Set<string>();
  const events: CalEvent[] = [];
  for (const d of workshop.importantDates) {
    let key = `date-${slugify(d.label)}`;
    for (let n = 2; used.has(key); n++) key = `date-${slugify(d.label)}-${n}`;
    used.add(key);
    if (d.precision === 'tba') continue;
    const summary = `${d.label}: ${shortName(workshop)}`;
    const [start, end, ...rest] = whenLines(workshop, d, href);
    const lines = [start!, end!, `SUMMARY:${escapeText(summary)}`, ...rest];
    const url = (!isWorkshopDay(workshop, d) ? href(workshop.submission?.url) : undefined) ?? workshop.url;
    if (url) lines.push(`URL:${url}`);
    lines.push(`CATEGORIES:${isWorkshopDay(workshop, d) ? 'Workshop' : 'Deadline'}`, eventStatus(workshop), 'TRANSP:TRANSPARENT');
    events.push({ uid: eventUid(workshop, key), lines });
  }
  return events;
}
