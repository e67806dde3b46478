import type { List, ListItem, RootContent, Table } from 'mdast';
import { PREVIOUS_LINE, TOPICS_HEADING } from '../markdown/section-finders.js';
import { readCommitteeTable, type CommitteeTableStyle } from './committee-table.js';
import type { Topic } from '../../model.js';
import { AOE, isAllAoe } from './aoe.js';
import type { Note } from './notes.js';
import { readCommitteeLine, type PrintedPerson } from './people.js';
import { endLineOf, findAll, isTitleHeading, lineOf, plain, sections, source, type Page, type Section } from './tree.js';
import { findDate, isoOf, type FoundDate } from './when.js';

/** A part of the page that dls regenerates: its 1-based lines. */
export interface Block {
  from: number;
  to: number;
}

/** The first section whose heading matches `re` (and not `not`); the page's title (`# Dates Workshop 2024`) heads none. */
export function sectionMatching(page: Page, re: RegExp, not?: RegExp): Section | undefined {
  return sections(page).find((s) => re.test(plain(s.heading)) && !(not && not.test(plain(s.heading))) && !isTitleHeading(page, s.heading));
}

const firstList = (blocks: readonly RootContent[]) => blocks.find((b): b is List => b.type === 'list');
const itemText = (item: ListItem) => plain(item.children.filter((c) => c.type !== 'list'));
const blockOf = (first: RootContent, last: RootContent = first): Block => ({ from: lineOf(first), to: endLineOf(last) });

/** An important date as read: label, the date in force, earlier ones struck through. */
export interface ReadDate {
  label: string;
  date: string;
  was: string[];
  found: FoundDate;
  /** The struck-through dates as written: without a year (`~~May 1~~`) they are in the year of the date in force. */
  wasFound: FoundDate[];
  /** The item says `(AoE)` after its date. */
  aoe: boolean;
  /** What follows the date in force when it says AoE, as the page writes it (`(AoE)`, `AoE`, `(Anywhere on Earth)`). */
  aoeMark?: string;
}

/**
 * The list under a heading with "dates" or "deadlines": `Label: ~~old~~ new`, `(AoE)`
 * after a date; a sentence right after the list making all deadlines AoE belongs to it
 * (dls writes one there), and so does such a sentence as an item of the list.
 */
export function readDates(page: Page, year: number, notes: Note[]): { dates: ReadDate[]; block: Block; allAoe: boolean; aoeLine?: string } | undefined {
  const blocks = sectionMatching(page, /\b(dates|deadlines)\b/i)?.blocks ?? [];
  const list = firstList(blocks);
  if (!list) return undefined;
  const after = blocks[blocks.indexOf(list) + 1];
  let allAoe = after !== undefined && isAllAoe(after);
  const dates: ReadDate[] = [];
  for (const item of list.children) {
    const text = itemText(item);
    if (item.children.length === 1 && isAllAoe(item.children[0]!)) {
      allAoe = true;
      continue;
    }
    const colon = text.indexOf(':');
    const struck = findAll(item, 'delete').map((d) => findDate(plain(d)));
    const rest = plain(item.children.filter((c) => c.type !== 'list'), 'delete');
    const found = findDate(rest.slice(rest.indexOf(':') + 1));
    if (colon < 0 || !found || struck.some((d) => !d)) {
      notes.push({ line: lineOf(item), message: `could not read a deadline in \`${text}\`; expected \`Label: date\``, text: `- ${text}` });
      continue;
    }
    const aoe = AOE.test(rest.slice(rest.indexOf(':') + 1));
    dates.push({ label: text.slice(0, colon).trim(), date: isoOf(found, year), was: struck.map((d) => isoOf(d!, found.year ?? year)), found, wasFound: struck.map((d) => d!), aoe, aoeMark: aoe ? aoeMarkOf(source(page, item), found) : undefined });
  }
  const sentence = allAoe && after && isAllAoe(after) ? after : undefined;
  return { dates, block: blockOf(list, sentence ?? list), allAoe, aoeLine: sentence && source(page, sentence) };
}

/** The rest of an item's line after its date in force, when that rest is only the AoE mark (`(AoE)`, `AoE`, `(Anywhere on Earth)`). */
function aoeMarkOf(line: string, found: FoundDate): string | undefined {
  const at = line.lastIndexOf(found.text);
  const tail = at < 0 ? '' : line.slice(at + found.text.length).trim();
  return AOE.test(tail) && !tail.includes('\n') && tail.length <= 40 ? tail : undefined;
}

/** The list under a "committee" or "organizers" heading: `Name (role), Affiliation, Country`; else a table of them. */
export function readCommittee(page: Page, notes: Note[] = []): { members: (PrintedPerson & { line: number })[]; block: Block; italic: boolean; table?: CommitteeTableStyle } | undefined {
  const blocks = sectionMatching(page, /committee|organi[sz]ers/i)?.blocks ?? [];
  const list = firstList(blocks);
  const table = blocks.find((b): b is Table => b.type === 'table');
  if (!list && table) {
    const read = readCommitteeTable(page, table, notes);
    return read && { members: read.members, block: blockOf(table), italic: false, table: read.style };
  }
  if (!list) return undefined;
  // `Jane Doe, *ETH Zurich*, Switzerland`: a page that prints affiliations in italics marks them, so on
  // such a page a plain second part (`Omar Haddad, USA`) is the country, not an affiliation.
  const members = list.children.map((item) => ({ ...readCommitteeLine(itemText(item)), line: lineOf(item), marked: findAll(item, 'emphasis').length > 0 }));
  const italic = members.some((m) => m.marked);
  const placed = members.map(({ marked, ...m }) => (italic && !marked && m.affiliation !== undefined && m.country === undefined ? { ...m, affiliation: undefined, country: m.affiliation } : m));
  return { members: placed, block: blockOf(list), italic };
}

/** The list after a heading or paragraph that names topics, else the first list under a {@link TOPICS_HEADING}; sub-lists become sub-topics, three levels deep (deeper ones are notes). */
export function readTopics(page: Page, notes: Note[]): { topics: Topic[]; block: Block } | undefined {
  const nodes = page.root.children;
  // The first list of a Topics heading's part ("We invite papers on:" may stand between), else the list right after a paragraph naming topics.
  const at = nodes.findIndex((n, i) => (n.type === 'heading' || n.type === 'paragraph') && /\btopics?\b/i.test(plain(n)) && nodes[i + 1]?.type === 'list');
  const list = firstList(sectionMatching(page, /\btopics?\b/i)?.blocks ?? []) ?? (at < 0 ? undefined : (nodes[at + 1] as List)) ?? firstList(sectionMatching(page, TOPICS_HEADING)?.blocks ?? []);
  if (!list) return undefined;
  return { topics: list.children.map((item) => topicOf(item, 1, notes)), block: blockOf(list) };
}

/** A list item as a topic: its text, and its sub-list as `items` while the schema allows (three levels). */
function topicOf(item: ListItem, depth: number, notes: Note[]): Topic {
  const subs = item.children.filter((c): c is List => c.type === 'list').flatMap((l) => l.children);
  if (subs.length === 0) return itemText(item);
  if (depth >= 3) {
    for (const s of subs) notes.push({ line: lineOf(s), message: `topic \`${itemText(s)}\` under \`${itemText(item)}\` is not imported (topics nest at most three levels deep)`, text: `  - ${itemText(s)}` });
    return itemText(item);
  }
  return { text: itemText(item), items: subs.map((s) => topicOf(s, depth + 1, notes)) };
}

/** How the page lists its previous workshops: a paragraph each, a bulleted list, or one sentence (its template, with `{links}`). */
export type PreviousShape = { kind: 'paragraphs' } | { kind: 'list' } | { kind: 'line'; template: string };

/** `Earlier editions: [2024](...), [2023](...).` on its own, under no Previous heading: a part of one paragraph. */
function previousLine(page: Page): RootContent[] {
  const p = page.root.children.find((n) => n.type === 'paragraph' && PREVIOUS_LINE.test(plain(n)) && findAll(n, 'link').length > 0);
  return p ? [p] : [];
}

/** The links under a "previous" or "past" heading (else in a sentence of its own), and how they are laid out. */
export function readPrevious(page: Page): { links: { title: string; url: string }[]; block: Block; shape: PreviousShape } | undefined {
  const part = sectionMatching(page, /\b(previous|past)\b/i)?.blocks ?? previousLine(page);
  if (part.length === 0) return undefined;
  // The links of the part, up to the first block without a web link (a footer such as "Contact: a@b.org" ends it).
  const webLinks = (b: RootContent) => findAll(b, 'link').filter((l) => !/^(mailto|tel|javascript|data|vbscript):/i.test(l.url.trim()));
  const blocks: RootContent[] = [];
  for (const b of part) {
    if (b.type === 'html' && b.value.startsWith('<!--')) continue;
    if ((b.type !== 'list' && b.type !== 'paragraph') || webLinks(b).length === 0) break;
    blocks.push(b);
  }
  const links = blocks.flatMap(webLinks).map((l) => ({ title: plain(l), url: l.url }));
  if (links.length === 0) return undefined;
  return { links, block: blockOf(blocks[0]!, blocks.at(-1)), shape: previousShape(page, blocks) };
}

/**
 * `- [DLS 2018](url)` items are a list; one paragraph holding several links joined
 * by `, ` is a sentence, kept as a template around `{links}`; anything else reads
 * as a paragraph per link (the fidelity report shows what differs).
 */
function previousShape(page: Page, blocks: readonly RootContent[]): PreviousShape {
  const [first] = blocks;
  if (blocks.every((b) => b.type === 'list')) return { kind: 'list' };
  if (blocks.length !== 1 || first?.type !== 'paragraph') return { kind: 'paragraphs' };
  const links = first.children.filter((c) => c.type === 'link');
  if (links.length < 2) return { kind: 'paragraphs' };
  const at = first.children.indexOf(links[0]!);
  const between = first.children.slice(at, first.children.indexOf(links.at(-1)!) + 1).filter((c) => c.type !== 'link');
  if (between.length !== links.length - 1 || between.some((c) => c.type !== 'text' || c.value !== ', ')) return { kind: 'paragraphs' };
  const line = source(page, first);
  const start = links[0]!.position!.start.offset! - first.position!.start.offset!;
  const end = links.at(-1)!.position!.end.offset! - first.position!.start.offset!;
  return { kind: 'line', template: `${line.slice(0, start)}{links}${line.slice(end)}` };
}
