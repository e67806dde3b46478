import type { ImportantDate, Workshop } from '../../model.js';
import { slugify } from '../../parse/resolve.js';
import { resolveWallTime } from '../../time.js';
import { eventUid, linkResolver, locationOf, workshopLine, type CalEvent, type LinkResolver } from './events.js';
import { escapeText, formatDate, formatUtc } from './text.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Anywhere on Earth is UTC-12: a day ends there last. */
const AOE_OFFSET_MS = -12 * HOUR;

/** The instant of 23:59 on `day`, in the workshop's zone or Anywhere on Earth. */
export function deadlineInstant(workshop: Workshop, day: string): number {
  if (workshop.deadlineTimezone === 'AoE') return Date.parse(`${day}T23:59:00Z`) - AOE_OFFSET_MS;
  return resolveWallTime(day, '23:59', workshop.timezone).ms;
}

/** The day after `day`: the exclusive end of an all-day event. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
}

const isWorkshopDay = (workshop: Workshop, day: string): boolean => day >= workshop.date && day <= workshop.endDate;

function deadlineDescription(workshop: Workshop, d: ImportantDate): string {
  const zone = workshop.deadlineTimezone === 'AoE' ? 'Anywhere on Earth (AoE, UTC-12)' : workshop.timezone;
  const parts = [`Due ${d.date} at 23:59, ${zone}.`];
  if (d.was.length > 0) parts.push(`Extended; earlier deadline${d.was.length > 1 ? 's' : ''}: ${d.was.join(', ')}.`);
  parts.push(workshopLine(workshop));
  return parts.join('\n\n');
}

/**
 * The VEVENTs of the important dates. A deadline is a one-minute event at 23:59 of
 * its day (workshop zone or AoE), so each attendee sees the true moment in their
 * own zone. An important date that falls on the workshop's own days is the workshop
 * itself: an all-day event over those days, DTEND being the exclusive day after.
 */
export function deadlineEvents(workshop: Workshop, href: LinkResolver = linkResolver(workshop, () => undefined)): CalEvent[] {
  const used = new Set<string>();
  return workshop.importantDates.map((d) => {
    let key = `date-${slugify(d.label)}`;
    for (let n = 2; used.has(key); n++) key = `date-${slugify(d.label)}-${n}`;
    used.add(key);
    const summary = `${d.label}: ${workshop.title}`;
    const lines: string[] = [];
    if (isWorkshopDay(workshop, d.date)) {
      lines.push(`DTSTART;VALUE=DATE:${formatDate(workshop.date)}`, `DTEND;VALUE=DATE:${formatDate(nextDay(workshop.endDate))}`);
      lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(workshopLine(workshop))}`);
      const location = locationOf(workshop, workshop.room);
      if (location) lines.push(`LOCATION:${escapeText(location)}`);
    } else {
      const due = deadlineInstant(workshop, d.date);
      lines.push(`DTSTART:${formatUtc(due)}`, `DTEND:${formatUtc(due + MINUTE)}`);
      lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(deadlineDescription(workshop, d))}`);
    }
    const url = (!isWorkshopDay(workshop, d.date) ? href(workshop.submission?.url) : undefined) ?? workshop.url;
    if (url) lines.push(`URL:${url}`);
    lines.push(`CATEGORIES:${isWorkshopDay(workshop, d.date) ? 'Workshop' : 'Deadline'}`, 'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT');
    return { uid: eventUid(workshop, key), lines };
  });
}
