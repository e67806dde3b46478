import type { Heading, Paragraph } from 'mdast';
import { findAll, plain, source, type Page } from './tree.js';

/** Where the workshop meets, as the page names it: the room, its link, and its text as written (for `{room}`). */
export interface ReadRoom {
  name: string;
  url?: string;
  /** The source text the heading or intro template replaces by `{room}`. */
  text: string;
}

// `Room: Hall Y9 (2nd floor)`: a parenthesis right after the name belongs to it.
const LABELLED = /\b(?:Location|Room|Venue)\s*:\s*([^,;()\n]+?(?:\s*\([^()\n]*\))?)\s*(?=[,;)]|$)/i;
const NAMED = /\b((?:Room|Hall)\s+[A-Z0-9][\w-]*)\b/;

/**
 * The room a line of text names: `Location: Room 301`, `Room: Hall Z` (the value
 * after the label), `Room B302`, `Hall Z`; a short value, or none.
 */
export function roomIn(text: string): string | undefined {
  return short(LABELLED.exec(text)?.[1] ?? NAMED.exec(text)?.[1]);
}

const short = (value: string | undefined) => (value && value.length <= 40 && value.split(/\s+/).length <= 5 ? value : undefined);

/**
 * The room of the program heading (`Location: [Room 301](url)`, `Room B302`), else of
 * a short paragraph that starts with its label (`Room: Hall Z`) under the program
 * heading or anywhere on the page.
 */
export function readRoom(page: Page, heading: Heading | undefined): ReadRoom | undefined {
  const link = heading && findAll(heading, 'link')[0];
  if (link) return { name: plain(link), url: link.url, text: source(page, link) };
  const inHeading = heading && roomIn(plain(heading));
  if (inHeading) return { name: inHeading, text: inHeading };
  // `Room: Hall Z`, or a label among others (`**Date:** Sunday, November 16, 2025 | **Room:** 231`).
  const labelled = page.root.children.find((n): n is Paragraph => n.type === 'paragraph' && /(?:^|[|·;]\s*)(?:Location|Room|Venue)\s*:/i.test(plain(n)) && roomIn(plain(n)) !== undefined);
  if (!labelled) return roomUnder(page, heading);
  const roomLink = findAll(labelled, 'link')[0];
  if (roomLink && plain(roomLink) === roomIn(plain(labelled))) return { name: plain(roomLink), url: roomLink.url, text: source(page, roomLink) };
  const name = roomIn(plain(labelled))!;
  return { name, text: name };
}

/** `**Thursday, May 16, 2024, 9:00 AM – 1:00 PM, Room: Hall Y9 (2nd floor)**`, right under the heading. */
function roomUnder(page: Page, heading: Heading | undefined): ReadRoom | undefined {
  const under = heading ? page.root.children[page.root.children.indexOf(heading) + 1] : undefined;
  const name = under?.type === 'paragraph' ? short(LABELLED.exec(plain(under))?.[1]) : undefined;
  return name ? { name, text: name } : undefined;
}
