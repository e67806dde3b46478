import type { ItemKind, ProgramItem, Workshop } from '../../model.js';
import { sessionOf } from '../../session-of.js';
import { calendarTitle } from '../../titles.js';
import { itemDescription, joinUrlOf, linkResolver, locationOf, type LinkResolver } from './description.js';
import { escapeText, escapeTextList, formatUtc } from './text.js';

export { joinUrlOf, linkResolver, locationOf, sessionLine, speakerLine, statusLine, workshopLine, type LinkResolver } from './description.js';

/**
 * One VEVENT before stamping: its UID and its content lines (unfolded, escaped),
 * everything but DTSTAMP and SEQUENCE, which depend on the run and on the previous
 * calendar. Two exports of an unchanged item give equal `lines`.
 */
export interface CalEvent {
  uid: string;
  lines: string[];
}

/** The UID of a calendar entry: the entry's stable key, at the workshop id. */
export const eventUid = (workshop: Workshop, key: string): string => `${key}@${workshop.id}.dls`;

const KIND_CATEGORY: Record<ItemKind, string> = {
  talk: 'Talk',
  keynote: 'Keynote',
  break: 'Break',
  opening: 'Opening',
  closing: 'Closing',
  panel: 'Panel',
  other: 'Other',
};

/** `Title (Best Paper)`: the calendar title (a placeholder names its speakers) with its awards. */
export const titleWithBadges = (item: ProgramItem): string => {
  const title = calendarTitle(item);
  return item.badges.length > 0 ? `${title} (${item.badges.join(', ')})` : title;
};

/** RFC 7986 CONFERENCE: the video call, for clients that offer a "join" button. */
export const conferenceLine = (url: string): string => `CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join online:${url}`;

/** STATUS of every event: CANCELLED for a cancelled or postponed edition, so subscribers see it. */
export const eventStatus = (workshop: Workshop): string => (workshop.status ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED');

/** The VEVENT of one program item, at its UTC instants; a placeholder title names the speakers (`TBA (Ada Lovelace)`). */
export function itemEvent(workshop: Workshop, item: ProgramItem, href: LinkResolver = linkResolver(workshop, () => undefined)): CalEvent {
  const session = sessionOf(workshop, item);
  // A point in time ("17:30 End of workshop") lasts no time. DURATION:PT0S rather than no
  // DTEND, which RFC 5545 also reads as no time but khal shows as an hour.
  const lines = [`DTSTART:${formatUtc(item.startMs)}`, item.point ? 'DURATION:PT0S' : `DTEND:${formatUtc(item.endMs)}`, `SUMMARY:${escapeText(titleWithBadges(item))}`];
  lines.push(`DESCRIPTION:${escapeText(itemDescription(workshop, item, session, href))}`);
  const location = locationOf(workshop, item.room, item);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const join = href(joinUrlOf(item));
  const url = (item.mode === 'virtual' ? join : undefined) ?? href(item.url) ?? workshop.url;
  if (url) lines.push(`URL:${url}`);
  if (join) lines.push(conferenceLine(join));
  const categories = [KIND_CATEGORY[item.kind], ...(item.track ? [item.track] : []), ...(session ? [session.title] : [])];
  lines.push(`CATEGORIES:${escapeTextList(categories)}`);
  lines.push(eventStatus(workshop), item.point ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE');
  return { uid: eventUid(workshop, item.key), lines };
}
