import { chairsText, sessionTitle, statusWord } from '../words.js';
import type { LinkType, Person, ProgramItem, Session, Workshop } from '../../model.js';

/** The text parts of calendar events: who, where, which links, and the workshop line. */

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
export const sessionLine = (s: Session): string => `${sessionTitle(s)}${s.chairs.length > 0 ? ` (${chairsText(s)})` : ''}`;

/** The cancellation or postponement, as the first paragraph of every description. */
export function statusLine(workshop: Workshop): string[] {
  if (!workshop.status) return [];
  const what = statusWord(workshop.status);
  return [workshop.statusNote ? `${what}: ${workshop.statusNote.trim()}` : `${what}.`];
}

/** The video-call link of a virtual or hybrid item, if it has one. */
export const joinUrlOf = (item: ProgramItem): string | undefined => (item.mode === 'in-person' ? undefined : item.joinUrl);

export function itemDescription(workshop: Workshop, item: ProgramItem, session: Session | undefined): string {
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

