import type { ProgramItem, Session } from '../../model.js';
import { escapeInline, link } from './escape.js';
import { formatSpeakers } from './speakers.js';
import { chairsText } from '../words.js';

/**
 * The title cell: the title, linked to the slides; awards in bold after it
 * (`(**Best Paper**)`); then every other link as a short label (`[paper]`, `[video]`,
 * or the link's own title).
 */
export function titleCell(item: ProgramItem): string {
  const badges = item.badges.length > 0 ? ` (${item.badges.map((b) => `**${escapeInline(b)}**`).join(', ')})` : '';
  const slides = item.links.find((l) => l.type === 'slides');
  const others = item.links.filter((l) => l !== slides).map((l) => link(`[${l.title ?? l.type}]`, l.url));
  return [link(item.title, slides?.url) + badges, ...others].join(' ');
}

/** The speaker cell; a panel reads `Panelists: A, B & C, Affiliation`. */
export function speakerCell(item: ProgramItem): string {
  const people = formatSpeakers(item.speakers);
  return item.kind === 'panel' && people !== '' ? `Panelists: ${people}` : people;
}

/** `Chair: Name` or `Chairs: A, B` for a session heading row; empty without chairs. */
export const chairsCell = (session: Session): string => chairsText(session, escapeInline);

/** The room cell: the room (linked to its map), else an off-site location; `Online` for a virtual item. */
export function roomCell(item: ProgramItem): string {
  if (item.mode === 'virtual') return 'Online';
  if (item.room) return link(item.room, item.roomUrl) + (item.location ? `, ${escapeInline(item.location)}` : '');
  return item.location ? link(item.location, item.roomUrl) : '';
}
