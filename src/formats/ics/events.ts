import type { ItemKind, LinkType, Person, ProgramItem, Session, Workshop } from '../../model.js';
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

/** Room, venue and city, as one LOCATION; `Online` for a virtual event, the item's own place for an off-site one. */
export function locationOf(workshop: Workshop, room: string | undefined, item?: ProgramItem): string | undefined {
  if ((item?.mode ?? workshop.mode) === 'virtual') return 'Online';
  if (item?.location !== undefined) return room ? `${room}, ${item.location}` : item.location;
  const parts = [room, workshop.venue, workshop.city].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Where the workshop happens, for the last line of every description. */
export function workshopLine(workshop: Workshop): string {
  return workshop.conference ? `${workshop.title}, at ${workshop.conference.name}` : workshop.title;
}

const LINK_LABEL: Record<LinkType, string> = { slides: 'Slides', paper: 'Paper', video: 'Video', abstract: 'Abstract', code: 'Code', poster: 'Poster', web: 'Web' };

/** `Session: Title (Chair: Name)`, for descriptions. */
export const sessionLine = (s: Session): string =>
  `${/^session\b/i.test(s.title) ? '' : 'Session: '}${s.title}${s.chairs.length > 0 ? ` (${s.chairs.length > 1 ? 'Chairs' : 'Chair'}: ${s.chairs.map((p) => p.name).join(', ')})` : ''}`;

/** The cancellation or postponement, as the first paragraph of every description. */
export function statusLine(workshop: Workshop): string[] {
  if (!workshop.status) return [];
  const what = workshop.status === 'cancelled' ? 'Cancelled' : 'Postponed';
  return [workshop.statusNote ? `${what}: ${workshop.statusNote.trim()}` : `${what}.`];
}

/** The video-call link of a virtual or hybrid item, if it has one. */
export const joinUrlOf = (item: ProgramItem): string | undefined => (item.mode === 'in-person' ? undefined : item.joinUrl);

function itemDescription(workshop: Workshop, item: ProgramItem, session: Session | undefined): string {
  const parts: string[] = [...statusLine(workshop)];
  if (item.badges.length > 0) parts.push(`Award: ${item.badges.join(', ')}`);
  if (item.speakers.length > 0) parts.push(`${item.kind === 'panel' ? 'Panelists' : item.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${item.speakers.map(speakerLine).join('; ')}`);
  if (session) parts.push(sessionLine(session));
  if (item.abstract) parts.push(item.abstract.trimEnd());
  const links = item.links.map((l) => `${l.title ?? LINK_LABEL[l.type]}: ${l.url}`);
  if (links.length > 0) parts.push(links.join('\n'));
  const join = joinUrlOf(item);
  if (join) parts.push(`Join online: ${join}`);
  if (item.roomUrl) parts.push(`Map: ${item.roomUrl}`);
  parts.push(workshopLine(workshop));
  return parts.join('\n\n');
}

/** `Title (Best Paper)`: the title with its awards. */
export const titleWithBadges = (item: ProgramItem): string => (item.badges.length > 0 ? `${item.title} (${item.badges.join(', ')})` : item.title);

/** RFC 7986 CONFERENCE: the video call, for clients that offer a "join" button. */
export const conferenceLine = (url: string): string => `CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join online:${url}`;

/** STATUS of every event: CANCELLED for a cancelled or postponed edition, so subscribers see it. */
export const eventStatus = (workshop: Workshop): string => (workshop.status ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED');

/** The VEVENT of one program item, at its UTC instants. */
export function itemEvent(workshop: Workshop, item: ProgramItem): CalEvent {
  const session = workshop.sessions.find((s) => s.id === item.session);
  // A point in time ("17:30 End of workshop") has no DTEND: RFC 5545 makes it last no time.
  const lines = [`DTSTART:${formatUtc(item.startMs)}`, ...(item.point ? [] : [`DTEND:${formatUtc(item.endMs)}`]), `SUMMARY:${escapeText(titleWithBadges(item))}`];
  lines.push(`DESCRIPTION:${escapeText(itemDescription(workshop, item, session))}`);
  const location = locationOf(workshop, item.room, item);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const join = joinUrlOf(item);
  const url = (item.mode === 'virtual' ? join : undefined) ?? item.url ?? workshop.url;
  if (url) lines.push(`URL:${url}`);
  if (join) lines.push(conferenceLine(join));
  const categories = [KIND_CATEGORY[item.kind], ...(item.track ? [item.track] : []), ...(session ? [session.title] : [])];
  lines.push(`CATEGORIES:${escapeTextList(categories)}`);
  lines.push(eventStatus(workshop), item.point ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE');
  return { uid: eventUid(workshop, item.key), lines };
}
