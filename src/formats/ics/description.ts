import { chairsText, sessionTitle, statusWord } from '../words.js';
import type { LinkType, Person, ProgramItem, Session, Workshop } from '../../model.js';
import { absoluteLink } from '../../links.js';

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

/** The description of a program item: status, award, people, session, abstract, links, join link, map. */
export function itemDescription(workshop: Workshop, item: ProgramItem, session: Session | undefined, href: LinkResolver): string {
  const parts: string[] = [...statusLine(workshop)];
  if (item.badges.length > 0) parts.push(`Award: ${item.badges.join(', ')}`);
  if (item.speakers.length > 0) parts.push(`${item.kind === 'panel' ? 'Panelists' : item.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${item.speakers.map(speakerLine).join('; ')}`);
  if (session) parts.push(sessionLine(session));
  if (item.abstract) parts.push(item.abstract.trimEnd());
  const links = item.links.flatMap((l) => {
    const url = href(l.url);
    return url === undefined ? [] : [`${l.title ?? LINK_LABEL[l.type]}: ${url}`];
  });
  if (links.length > 0) parts.push(links.join('\n'));
  const join = href(joinUrlOf(item));
  if (join) parts.push(`Join online: ${join}`);
  const map = href(item.roomUrl);
  if (map) parts.push(`Map: ${map}`);
  parts.push(workshopLine(workshop));
  return parts.join('\n\n');
}

