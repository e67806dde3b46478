import { DlsError } from '../errors.js';
import { entriesOf } from '../formats/markdown/page-tree.js';
import type { Region } from '../formats/markdown/readme-regions.js';
import { judgeReplacement } from '../formats/markdown/region-guard.js';
import type { SectionName } from '../formats/markdown/registry.js';

/**
 * The guard of `dls readme`: a region that shows something (a list item, a table
 * row, a paragraph) and would be regenerated empty is refused, and nothing is written,
 * unless `--allow-empty`. A region that only shrinks is an edit of the file, and is
 * written.
 */
export function refuseEmptied(file: string, text: string, regions: readonly Region[], render: (name: string) => string): void {
  const emptied = regions.flatMap((r) => {
    const name = r.name as SectionName;
    const refusal = judgeReplacement(name, entriesOf(text.slice(r.contentStart, r.contentEnd)), entriesOf(render(name)));
    return refusal?.kind === 'empty' ? [`${file}:${r.startLine}-${r.endLine}: dls:${name} would be emptied: ${refusal.reason}`] : [];
  });
  if (emptied.length === 0) return;
  throw new DlsError(`${emptied.join('\n')}\nnothing written`, { hint: 'add the data to workshop.yaml (or run `dls import`); to empty the region anyway, pass --allow-empty' });
}
