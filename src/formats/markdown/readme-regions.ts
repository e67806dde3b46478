import { splitLines } from './lines.js';
import { findMarkers } from './markers.js';
import { pairMarkers, type Region, type RegionProblem } from './region-scan.js';

export type { Region, RegionProblem } from './region-scan.js';

/**
 * README regions: the generated parts of a README sit between
 * `<!-- dls:NAME:start -->` and `<!-- dls:NAME:end -->`, each marker on a line of its
 * own. Only the bytes between the two marker lines are ever replaced; markers inside
 * code, `<pre>` or another HTML comment are examples and are ignored (see `findMarkers`).
 */

/** Result of {@link findRegions}: the regions in file order, or every problem found. */
export type RegionScan = { ok: true; regions: Region[] } | { ok: false; problems: RegionProblem[] };

/**
 * Finds the marker pairs of a README. Unbalanced, nested, duplicated and unknown
 * markers (names not in `known`) are problems with 1-based line numbers.
 */
export function findRegions(text: string, known: readonly string[]): RegionScan {
  const { regions, problems } = pairMarkers(splitLines(text), findMarkers(text), known);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, regions };
}

/** What `render` gives for a region, its `\n` line endings made the start marker's own. */
export function regionText(r: Region, render: (name: string) => string): string {
  const text = render(r.name);
  return r.eol === '\n' ? text : text.replace(/\n/g, r.eol);
}

/**
 * Replaces the content of each region with `render(name)`, whose `\n` line endings
 * become the start marker's own. Every byte outside the regions is kept.
 */
export function spliceRegions(text: string, regions: readonly Region[], render: (name: string) => string): string {
  let out = '';
  let at = 0;
  for (const r of regions) {
    out += text.slice(at, r.contentStart) + regionText(r, render);
    at = r.contentEnd;
  }
  return out + text.slice(at);
}

/** The regions whose content differs from `render(name)` (line endings as the start marker's). */
export function staleRegions(text: string, regions: readonly Region[], render: (name: string) => string): Region[] {
  return regions.filter((r) => text.slice(r.contentStart, r.contentEnd) !== regionText(r, render));
}

/**
 * Regenerates every region of a README: `{ ok: true, text }` with the new text (equal
 * to the input when it is current), or the marker problems.
 */
export function updateRegions(
  text: string,
  known: readonly string[],
  render: (name: string) => string,
): { ok: true; text: string; regions: Region[] } | { ok: false; problems: RegionProblem[] } {
  const scan = findRegions(text, known);
  if (!scan.ok) return scan;
  return { ok: true, text: spliceRegions(text, scan.regions, render), regions: scan.regions };
}
