import type { Diagnostic } from '../diagnostics.js';
import { DlsError } from '../errors.js';
import { entriesOf, showsSomething } from '../formats/markdown/page-tree.js';
import type { Region } from '../formats/markdown/readme-regions.js';
import { judgeReplacement } from '../formats/markdown/region-guard.js';
import type { SectionName } from '../formats/markdown/registry.js';

/**
 * The guard of `dls readme`: a region that shows something (a list item, a table
 * row, a paragraph, a heading) and would be regenerated empty is refused, one
 * `region-emptied` diagnostic per region, and nothing is written, unless
 * `--allow-empty`. A region that only shrinks is an edit of the file, and is written.
 */
export function refuseEmptied(file: string, text: string, regions: readonly Region[], render: (name: string) => string): void {
  const diagnostics: Diagnostic[] = regions.flatMap((r) => {
    const name = r.name as SectionName;
    // Only a region regenerated empty can be refused: most show something, found in their first part.
    if (showsSomething(render(name))) return [];
    const refusal = judgeReplacement(name, entriesOf(text.slice(r.contentStart, r.contentEnd)), entriesOf(render(name)));
    if (refusal?.kind !== 'empty') return [];
    return [{ severity: 'error', ruleId: 'region-emptied', message: `dls:${name} (lines ${r.startLine}-${r.endLine}) would be emptied: ${refusal.reason}`, file, line: r.startLine, column: 1 }];
  });
  if (diagnostics.length === 0) return;
  throw new DlsError(`${file} was left untouched: regenerating would empty ${diagnostics.length === 1 ? 'a region' : `${diagnostics.length} regions`} that show${diagnostics.length === 1 ? 's' : ''} something`, {
    diagnostics,
    hint: 'add the data to workshop.yaml (or run `dls import`); to empty the region anyway, pass --allow-empty',
  });
}
