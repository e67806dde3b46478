import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { ZONE_OF_LABEL } from './notes.js';
import { plain, type Page } from './tree.js';

/** Zones spelled out, as pages write them (`Central European Time`); a name gives its most common zone. */
const ZONE_OF_NAME: [RegExp, string][] = [
  [/\bCentral European (?:Summer |Standard )?Time\b/i, 'Europe/Berlin'],
  [/\bWestern European (?:Summer |Standard )?Time\b/i, 'Europe/Lisbon'],
  [/\bEastern European (?:Summer |Standard )?Time\b/i, 'Europe/Helsinki'],
  [/\bBritish Summer Time\b|\bGreenwich Mean Time\b/i, 'Europe/London'],
  [/\bEastern (?:Standard |Daylight )?Time\b/i, 'America/New_York'],
  [/\bCentral (?:Standard |Daylight )?Time\b/i, 'America/Chicago'],
  [/\bMountain (?:Standard |Daylight )?Time\b/i, 'America/Denver'],
  [/\bPacific (?:Standard |Daylight )?Time\b/i, 'America/Los_Angeles'],
  [/\bJapan Standard Time\b/i, 'Asia/Tokyo'],
  [/\bCoordinated Universal Time\b/i, 'UTC'],
];

const IANA = /\b((?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)\b/;

/**
 * The zone a sentence about the times names, in a paragraph or a blockquote
 * (`> All times are in Central European Time (CET/CEST).`, `All times CST`): an IANA
 * name, else an abbreviation, else a spelled-out name. Undefined when no such sentence.
 */
export function readProseZone(page: Page): string | undefined {
  const texts = page.root.children.flatMap(proseOf).map((n) => plain(n)).filter((t) => /\btimes?\b/i.test(t));
  for (const text of texts) {
    const iana = IANA.exec(text)?.[1];
    if (iana) return iana;
    const label = [...text.matchAll(/\b([A-Z]{2,5}T|UTC)\b/g)].map((m) => m[1]!).find((l) => ZONE_OF_LABEL[l]);
    if (label) return ZONE_OF_LABEL[label];
    const named = ZONE_OF_NAME.find(([re]) => re.test(text));
    if (named) return named[1];
  }
  return undefined;
}

/** Paragraphs at the top level and inside blockquotes. */
function proseOf(node: RootContent): (Paragraph | Blockquote)[] {
  if (node.type === 'paragraph') return [node];
  if (node.type === 'blockquote') return node.children.filter((c): c is Paragraph => c.type === 'paragraph');
  return [];
}
