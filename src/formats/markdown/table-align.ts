import type { TableAlign } from '../../page-style.js';

const DELIMITERS: Record<TableAlign, string> = { none: '---', left: ':---', center: ':---:', right: '---:' };

/** A table's delimiter cells for `count` columns, aligned as `align` says in order (`page.program_align`, `page.committee_align`); the rest `---`. */
export function delimiterCells(count: number, align: readonly TableAlign[] = []): string[] {
  return Array.from({ length: count }, (_, i) => DELIMITERS[align[i] ?? 'none']);
}
