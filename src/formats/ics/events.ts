import type { ItemKind, Person, ProgramItem, Workshop } from '../../model.js';
import { escapeText, escapeTextList, formatUtc } from './text.js';

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

function itemDescription(workshop: Workshop, item: ProgramItem): string {
  const parts: string[] = [];
  if (item.speakers.length > 0) parts.push(`${item.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${item.speakers.map(speakerLine).join('; ')}`);
  if (item.abstract) parts.push(item.abstract.trimEnd());
  if (item.slides) parts.push(`Slides: ${item.slides}`);
  if (item.roomUrl) parts.push(`Map: ${item.roomUrl}`);
  parts.push(workshopLine(workshop));
  return parts.join('\n\n');
}

/** The VEVENT of one program item, at its UTC instants. */
export function itemEvent(workshop: Workshop, item: ProgramItem): CalEvent {
  const lines = [`DTSTART:${formatUtc(item.startMs)}`, `DTEND:${formatUtc(item.endMs)}`, `SUMMARY:${escapeText(item.title)}`];
  lines.push(`DESCRIPTION:${escapeText(itemDescription(workshop, item))}`);
  const location = locationOf(workshop, item.room);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const url = item.url ?? item.slides ?? workshop.url;
  if (url) lines.push(`URL:${url}`);
  lines.push(`CATEGORIES:${escapeTextList(item.track ? [KIND_CATEGORY[item.kind], item.track] : [KIND_CATEGORY[item.kind]])}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE');
  return { uid: eventUid(workshop, item.key), lines };
}
