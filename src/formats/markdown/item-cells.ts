import type { ProgramItem, Session } from '../../model.js';
import { escapeInline, link } from './escape.js';
import type { MarkdownOptions } from './options.js';
import { formatSpeakers } from './speakers.js';
import { chairsText } from '../words.js';

/**
 * The title cell: the title, linked to the slides; awards in bold after it
 * (`(**Best Paper**)`); then every other link as a short label (`[paper]`, `[video]`,
 * or the link's own title). A keynote follows `**Keynote:**` when the page style says so.
 */
export function titleCell(item: ProgramItem, options: Pick<MarkdownOptions, 'keynote' | 'titleLinks'>): string {
  const badges = item.badges.length > 0 ? ` (${item.badges.map((b) => `**${escapeInline(b)}**`).join(', ')})` : '';
  const title = options.titleLinks && options.titleLinks !== 'label' ? labelledLinks(item, options.titleLinks, badges) : titleWithLabels(item, badges);
  return item.kind === 'keynote' && options.keynote === 'bold-prefix' ? `**Keynote:** ${title}` : title;
}

/** The title linked to the slides, then every other link as `[\[paper\]](url)`. */
function titleWithLabels(item: ProgramItem, badges: string): string {
  const slides = item.links.find((l) => l.type === 'slides');
  const others = item.links.filter((l) => l !== slides).map((l) => link(`[${l.title ?? l.type}]`, l.url));
  return [link(item.title, slides?.url) + badges, ...others].join(' ');
}

/**
 * `page.title_links`: the title as text, then every link, slides first, by its label:
 * `Title [[slides](a)] [[paper](b)]` (bracket), `Title ([slides](a), [paper](b))` (parens),
 * `Title — [slides](a), [paper](b)` (dash).
 */
function labelledLinks(item: ProgramItem, style: 'bracket' | 'parens' | 'dash', badges: string): string {
  const ordered = [...item.links.filter((l) => l.type === 'slides'), ...item.links.filter((l) => l.type !== 'slides')];
  const links = ordered.map((l) => link(l.title ?? l.type, l.url));
  const title = escapeInline(item.title) + badges;
  if (links.length === 0) return title;
  if (style === 'bracket') return `${title} ${links.map((l) => `[${l}]`).join(' ')}`;
  return style === 'parens' ? `${title} (${links.join(', ')})` : `${title} \u2014 ${links.join(', ')}`;
}

/**
 * The kind column's cell (`page.keynote: cell`): the page's word for the item's kind,
 * `Keynote` unless `page.kind_words` says otherwise, empty for a kind it does not name.
 * The word is escaped as titles are; only `**...**` or `*...*` around it stays emphasis.
 */
export function kindCell(item: ProgramItem, options: Pick<MarkdownOptions, 'kindWords'>): string {
  const word = { keynote: 'Keynote', ...options.kindWords }[item.kind];
  if (word === undefined) return '';
  const emphasis = /^(\*\*?)(?!\*)(.*[^*])\1$/.exec(word.trim());
  return emphasis ? `${emphasis[1]}${escapeInline(emphasis[2]!)}${emphasis[1]}` : escapeInline(word);
}

/** The speaker cell; a panel reads `Panelists: A, B & C, Affiliation` unless the page style says `plain`. */
export function speakerCell(item: ProgramItem, options: Pick<MarkdownOptions, 'affiliation' | 'panel'>): string {
  const people = formatSpeakers(item.speakers, options.affiliation === 'italic');
  return item.kind === 'panel' && options.panel !== 'plain' && people !== '' ? `Panelists: ${people}` : people;
}

/** `Chair: Name` or `Chairs: A, B` for a session heading row; with `page.chair_affiliation`, `Chair: Name, Affiliation` as a speaker cell prints people; empty without chairs. */
export const chairsCell = (session: Session, options?: Pick<MarkdownOptions, 'chairAffiliation' | 'affiliation'>): string =>
  options?.chairAffiliation && session.chairs.length > 0 ? `${session.chairs.length > 1 ? 'Chairs' : 'Chair'}: ${formatSpeakers(session.chairs, options.affiliation === 'italic')}` : chairsText(session, escapeInline);

/** The room cell: the room (linked to its map), else an off-site location; `Online` for a virtual item. */
export function roomCell(item: ProgramItem): string {
  if (item.mode === 'virtual') return 'Online';
  if (item.room) return link(item.room, item.roomUrl) + (item.location ? `, ${escapeInline(item.location)}` : '');
  return item.location ? link(item.location, item.roomUrl) : '';
}
