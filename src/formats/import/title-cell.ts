import type { PhrasingContent, TableCell } from 'mdast';
import { plain } from './tree.js';

/**
 * Reads a title cell: `Title`, `[Title](slides)`, `**Keynote:** Title`. A link that
 * is the whole title gives the slides link; a bold `Keynote:` prefix says the page
 * marks keynotes that way.
 */
export function readTitleCell(cell: TableCell): { title: string; slides?: string; keynotePrefix: boolean } {
  let children: PhrasingContent[] = cell.children;
  const first = children[0];
  const keynotePrefix = first?.type === 'strong' && /^keynote\s*:?$/i.test(plain(first));
  if (keynotePrefix) children = children.slice(1);
  const meaningful = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  if (only?.type === 'link') return { title: plain(only), slides: only.url, keynotePrefix };
  return { title: plain(children), keynotePrefix };
}
