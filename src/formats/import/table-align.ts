import type { Table } from 'mdast';
import type { TableAlign } from '../../page-style.js';

/**
 * A table's alignments (`|:---|---:|`) for the columns dls writes, the page's column
 * indexes in dls's order (all, in page order, when absent); undefined when none is
 * aligned, as `page.program_align` and `page.committee_align` leave them out. Trailing
 * `none`s are dropped.
 */
export function alignOf(table: Table, columns?: readonly number[]): TableAlign[] | undefined {
  const given = table.align ?? [];
  const align = (columns ?? given.map((_, i) => i)).map((i) => given[i] ?? 'none');
  while (align.at(-1) === 'none') align.pop();
  return align.length > 0 ? align : undefined;
}
