import type { Nodes, Paragraph } from 'mdast';
import type { Note } from './notes.js';
import type { ReadDate } from './lists.js';
import type { PageStyleFile } from './style.js';
import { DEFAULT_AOE_LINE, DEFAULT_AOE_MARK } from '../markdown/dates.js';
import { findAll, lineOf, endLineOf, plain, type Page } from './tree.js';
import { findDate } from './when.js';

/** `AoE`, `Anywhere on Earth`, `UTC-12`: how pages say a deadline ends last on Earth. */
export const AOE = /\bAoE\b|\banywhere on earth\b|\bUTC\s*[-\u2212]\s*12\b/i;

/**
 * A sentence that makes every deadline Anywhere on Earth: it names AoE and deadlines
 * (or dates), and no date of its own (`All deadlines are Anywhere on Earth (AoE).`,
 * dls's own `All deadlines are Anywhere on Earth (AoE, UTC-12).`).
 */
export function isAllAoe(node: Nodes): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const text = plain(node);
  return AOE.test(text) && /\bdeadlines\b|\ball (?:\w+ )?dates\b/i.test(text) && !findDate(text);
}

/**
 * Whether the page makes all deadlines AoE (a sentence anywhere), and a note for every
 * other place that says AoE outside the lines import read (`placed`: 1-based line
 * ranges of the dates list and its sentence), so no AoE goes unmentioned.
 */
export function readPageAoe(page: Page, placed: readonly { from: number; to: number }[], notes: Note[]): boolean {
  const inside = (n: Nodes) => placed.some((b) => lineOf(n) >= b.from && endLineOf(n) <= b.to);
  const all = findAll(page.root, 'paragraph').filter(isAllAoe);
  const said = [...findAll(page.root, 'paragraph'), ...findAll(page.root, 'heading'), ...findAll(page.root, 'tableCell')];
  for (const n of said) {
    if (inside(n) || all.includes(n as Paragraph) || !AOE.test(plain(n))) continue;
    notes.push({ line: lineOf(n), message: `says Anywhere on Earth (AoE) where import cannot tell which deadlines it means; set \`deadline_timezone: AoE\` or \`aoe: true\` on a date in workshop.yaml`, text: plain(n) });
  }
  return all.length > 0;
}

/**
 * The page's own AoE wording as `page:` keys: `aoe_line` when the sentence after the dates
 * list makes every deadline AoE in other words than dls's, `aoe_mark` when a date's own
 * AoE reads other than `(AoE)` (`AoE`, `(Anywhere on Earth)`), so `dls readme` keeps both.
 */
export function inferAoeStyle(dates: { dates: readonly ReadDate[]; aoeLine?: string } | undefined, allAoe: boolean): PageStyleFile {
  const style: PageStyleFile = {};
  if (allAoe && dates?.aoeLine !== undefined && dates.aoeLine !== DEFAULT_AOE_LINE) style.aoe_line = dates.aoeLine;
  const mark = dates?.dates.find((d) => d.aoe)?.aoeMark;
  if (!allAoe && mark !== undefined && mark !== DEFAULT_AOE_MARK) style.aoe_mark = mark;
  return style;
}
