import type { Entries } from './page-tree.js';
import { isEmpty } from './page-tree.js';
import type { SectionName } from './section-names.js';

/**
 * The guard that keeps `dls readme` from deleting what a page shows. Replacing a part
 * of the page is safe when the generated text has at least as many list items (at any
 * depth), table rows and paragraphs as the part it replaces, each counted on its own,
 * and is not empty where the part shows anything (a heading included). Headings are
 * not compared by count: the program writes its own, one per day.
 */

/** Why a replacement is refused: the file has nothing for the section, or fewer entries than the page. */
export interface Refusal {
  kind: 'empty' | 'shrink';
  /** Such as `workshop.yaml has no committee (the page lists 33 people)`. */
  reason: string;
}

/** The workshop.yaml key that holds a section's data, where it is not the section's name. */
export const SECTION_KEYS: Partial<Record<SectionName, string>> = {
  signup: 'signup_url',
  program: 'program',
  topics: 'topics',
  dates: 'important_dates',
  committee: 'committee',
  previous: 'previous',
};

const ITEM_NOUNS: Partial<Record<SectionName, string>> = { committee: 'people', dates: 'dates', topics: 'topics', previous: 'entries' };

const NOUNS: Record<keyof Entries, string> = { listItems: 'items', tableRows: 'table rows', tableCells: 'filled table cells', paragraphs: 'paragraphs', headings: 'headings' };
const noun = (section: SectionName, kind: keyof Entries) => (kind === 'listItems' ? (ITEM_NOUNS[section] ?? NOUNS[kind]) : NOUNS[kind]);

/** How the page shows some entries: `lists 33 people`, `has 20 table rows`, `has 2 paragraphs`. */
const shows = (section: SectionName, kind: keyof Entries, n: number) => `${kind === 'listItems' ? 'lists' : 'has'} ${n} ${n === 1 ? singular(noun(section, kind)) : noun(section, kind)}`;
const singular = (word: string) => (word === 'people' ? 'person' : word.replace(/s$/, ''));

// Cells after rows: a table with as many rows but a column fewer (slides, chairs) drops its cells.
const KINDS = ['listItems', 'tableRows', 'tableCells', 'paragraphs'] as const;
const ALL_KINDS = [...KINDS, 'headings'] as const;

/** `undefined` when `after` may replace `before`; otherwise why not. */
export function judgeReplacement(section: SectionName, before: Entries, after: Entries): Refusal | undefined {
  if (isEmpty(before)) return undefined;
  const main = ALL_KINDS.reduce((a, k) => (before[k] > before[a] ? k : a));
  if (isEmpty(after)) return { kind: 'empty', reason: `workshop.yaml has no ${SECTION_KEYS[section] ?? section} (the page ${shows(section, main, before[main])})` };
  const short = KINDS.find((k) => after[k] < before[k]);
  if (!short) return undefined;
  return { kind: 'shrink', reason: `workshop.yaml gives ${after[short]} ${noun(section, short)} where the page ${shows(section, short, before[short])}` };
}
