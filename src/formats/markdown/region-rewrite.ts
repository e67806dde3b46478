import { compareSection, type Difference } from '../import/fidelity.js';
import { unguardLiquid } from './registry.js';

export type { Difference } from '../import/fidelity.js';

/** What wrapping a part of the page would change in its lines, beyond spacing. */
export interface Rewrite {
  /** Page lines that dls would write otherwise (white space aside), with what it would write. */
  differences: Difference[];
  /** Lines that differ in spacing only: they take dls's spacing, as `dls import --yes` does. */
  spacing: number;
}


/**
 * Compares the page's lines of a section (starting at page line `from`) with the
 * guarded text `dls readme` would put there, line by line as `dls import`'s fidelity
 * report does. Lines only added are not differences; with `allowShrink`, nor are lines
 * only removed.
 */
export function compareRegion(section: string, pageLines: readonly string[], from: number, rendered: string, allowShrink = false): Rewrite {
  const f = compareSection(section, pageLines, from, unguardLiquid(rendered));
  // A line only added changes nothing the page has; a removed one is what --allow-shrink accepts.
  const differences = f.differences.filter((d) => d.page !== '' && (!allowShrink || d.generated !== ''));
  return { differences, spacing: f.spacing };
}
