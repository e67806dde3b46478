import type { Line } from './lines.js';
import type { SectionName } from './registry.js';

/**
 * Recognizes the sections a hand-written README already shows, so `dls readme --init`
 * can wrap them in place. Each finder returns the 1-based line range to wrap.
 */

type Finder = (lines: readonly Line[], usable: (n: number) => boolean) => { from: number; to: number } | undefined;

const HEADING = /^ {0,3}#{1,6}\s/;
const LIST_ITEM = /^ {0,3}[-*+]\s/;
const TABLE_ROW = /^\s*\|/;
const blank = (l: Line | undefined) => l !== undefined && l.text.trim() === '';

/** The run of lines after `index` (blank lines skipped) that match `re`, as a range. */
function runAfter(lines: readonly Line[], index: number, re: RegExp): { from: number; to: number } | undefined {
  let i = index + 1;
  while (blank(lines[i])) i++;
  let j = i;
  while (j < lines.length && re.test(lines[j]!.text)) j++;
  return j > i ? { from: i + 1, to: j } : undefined;
}

const headingMatching = (lines: readonly Line[], usable: (n: number) => boolean, re: RegExp) =>
  lines.findIndex((l) => usable(l.number) && HEADING.test(l.text) && re.test(l.text));

const listAfterHeading = (re: RegExp): Finder => (lines, usable) => {
  const h = headingMatching(lines, usable, re);
  return h < 0 ? undefined : runAfter(lines, h, LIST_ITEM);
};

const FINDERS: Partial<Record<SectionName, Finder>> = {
  program: (lines, usable) => {
    // "Program Committee" is a committee; prefer the heading that has a table under it.
    const headings = lines.flatMap((l, i) => (usable(l.number) && HEADING.test(l.text) && /program|schedule|agenda/i.test(l.text) && !/committee|chair/i.test(l.text) ? [i] : []));
    const withTable = headings.find((h) => runAfter(lines, h, TABLE_ROW));
    const h = withTable ?? headings[0];
    return h === undefined ? undefined : { from: h + 1, to: runAfter(lines, h, TABLE_ROW)?.to ?? h + 1 };
  },
  signup: (lines, usable) => {
    const i = lines.findIndex((l) => usable(l.number) && /sign[\s-]?up/i.test(l.text) && l.text.includes(']('));
    return i < 0 ? undefined : { from: i + 1, to: i + 1 };
  },
  topics: (lines, usable) => {
    const i = lines.findIndex((l) => usable(l.number) && /\btopics\b/i.test(l.text) && !LIST_ITEM.test(l.text));
    return i < 0 ? undefined : runAfter(lines, i, LIST_ITEM);
  },
  dates: listAfterHeading(/\bdates\b|deadlines/i),
  committee: listAfterHeading(/committee|organi[sz]ers/i),
  previous: (lines, usable) => {
    const h = headingMatching(lines, usable, /previous|past (work|edition)/i);
    return h < 0 ? undefined : trimmedBlock(lines, h);
  },
};

/** The lines after heading `h` up to the next heading, without trailing blank lines. */
function trimmedBlock(lines: readonly Line[], h: number): { from: number; to: number } | undefined {
  let i = h + 1;
  while (blank(lines[i])) i++;
  let j = i;
  while (j < lines.length && !HEADING.test(lines[j]!.text)) j++;
  while (j > i && blank(lines[j - 1])) j--;
  return j > i ? { from: i + 1, to: j } : undefined;
}

/** The lines of `lines` that show `section`, outside fenced code and lines already `taken`. */
export function findSectionBlock(section: SectionName, lines: readonly Line[], fenced: Set<number>, taken: Set<number>): { from: number; to: number } | undefined {
  const usable = (n: number) => !fenced.has(n) && !taken.has(n);
  const block = FINDERS[section]?.(lines, usable);
  if (!block) return undefined;
  for (let n = block.from; n <= block.to; n++) if (!usable(n)) return undefined;
  return block;
}
