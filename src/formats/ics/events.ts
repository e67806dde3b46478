import type { ItemKind, Person, ProgramItem, Workshop } from '../../model.js';
import { escapeText, escapeTextList, formatUtc } from './text.js';
import { absoluteLink } from '../../links.js';
import { calendarTitle } from '../../titles.js';

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

/** `Name (Affiliation)`, the way the program prints a speaker. Never the e-mail address. */
export const speakerLine = (p: Person): string => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name);

/** Room, venue and city, as one LOCATION. */
export function locationOf(workshop: Workshop, room: string | undefined): string | undefined {
  const parts = [room, workshop.venue, workshop.city].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Where the workshop happens, for the last line of every description. */
export function workshopLine(workshop: Workshop): string {
  return workshop.conference ? `${workshop.title}, at ${workshop.conference.name}` : workshop.title;
}

/**
 * A link as a calendar needs it: absolute. A relative link (`slides/a.pdf`) resolves
 * against the workshop `url`; without one it is left out and `leftOut` is told.
 */
export type LinkResolver = (link: string | undefined) => string | undefined;

/** The resolver for this workshop; `leftOut` hears of each relative link that had no base. */
export function linkResolver(workshop: Workshop, leftOut: (link: string) => void): LinkResolver {
  return (link) => {
    if (link === undefined) return undefined;
    const absolute = absoluteLink(link, workshop.url);
    if (absolute === undefined) leftOut(link);
    return absolute;
  };
}

function itemDescription(workshop: Workshop, item: ProgramItem, href: LinkResolver): string {
  const parts: string[] = [];
  if (item.speakers.length > 0) parts.push(`${item.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${item.speakers.map(speakerLine).join('; ')}`);
  if (item.abstract) parts.push(item.abstract.trimEnd());
  const slides = href(item.slides);
  if (slides) parts.push(`Slides: ${slides}`);
  const map = href(item.roomUrl);
  if (map) parts.push(`Map: ${map}`);
  parts.push(workshopLine(workshop));
  return parts.join('\n\n');
}

/** The VEVENT of one program item, at its UTC instants; a placeholder title names the speakers (`TBA (Ada Lovelace)`). */
export function itemEvent(workshop: Workshop, item: ProgramItem, href: LinkResolver = linkResolver(workshop, () => undefined)): CalEvent {
  const lines = [`DTSTART:${formatUtc(item.startMs)}`, `DTEND:${formatUtc(item.endMs)}`, `SUMMARY:${escapeText(calendarTitle(item))}`];
  lines.push(`DESCRIPTION:${escapeText(itemDescription(workshop, item, href))}`);
  const location = locationOf(workshop, item.room);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const url = href(item.url) ?? href(item.slides) ?? workshop.url;
  if (url) lines.push(`URL:${url}`);
  lines.push(`CATEGORIES:${escapeTextList(item.track ? [KIND_CATEGORY[item.kind], item.track] : [KIND_CATEGORY[item.kind]])}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE');
  return { uid: eventUid(workshop, item.key), lines };
}
