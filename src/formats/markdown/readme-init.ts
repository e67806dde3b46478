import type { RootContent } from 'mdast';
import { dominantEol, splitLines } from './lines.js';
import { applyPlacements } from './marker-placement.js';
import { countEntries, entriesOf, frontMatterLines, linesOf, parsePage } from './page-tree.js';
import { judgeReplacement } from './region-guard.js';
import { compareRegion, type Difference } from './region-rewrite.js';
import { INIT_SECTION_NAMES, type SectionName } from './registry.js';
import type { Region } from './region-scan.js';
import { findSectionBlock } from './section-finders.js';

/** Where {@link insertRegionMarkers} put one marker pair, or why it put none. */
export interface MarkerPlacement {
  section: SectionName;
  /**
   * `wrap`: around existing lines that show this section; `append`: a new pair at the
   * end; `keep`: the page shows the section but regenerating it would drop what it
   * shows, so it gets no markers; `omit`: the page does not show it and the file has
   * nothing for it. `reason` says why for `keep` and `omit`.
   */
  action: 'wrap' | 'append' | 'keep' | 'omit';
  /** 1-based lines of the original text that the pair wraps (or would wrap); for `append`, the last line. */
  fromLine: number;
  toLine: number;
  reason?: string;
  /** For `keep`: the loss that kept it (`rewrite`: page lines would change other than in spacing). */
  refusal?: 'empty' | 'shrink' | 'rewrite';
  /** Page lines that wrapping changes other than in spacing (a `keep` for `rewrite`, or a `wrap` with `allowRewrite`). */
  differences?: Difference[];
  /** Page lines that wrapping changes in spacing only. */
  spacing?: number;
}

/** What {@link insertRegionMarkers} does; without `render`, nothing is guarded. */
export interface InitOptions {
  sections?: readonly SectionName[];
  /** The generated text of a section (what `dls readme` will put between its markers). */
  render?: (name: SectionName) => string;
  /** Wrap a part of the page even when the file has fewer entries than it shows. */
  allowShrink?: boolean;
  /** Wrap a part of the page even when the file has nothing for it. */
  allowEmpty?: boolean;
  /** Whether the file has something for a section the page does not show (default: `render` gives text); only then is it appended. */
  hasData?: (name: SectionName) => boolean;
  /** Wrap a part of the page even when regenerating it changes lines it shows (other than in spacing). */
  allowRewrite?: boolean;
  /** Regions the page already has: their sections are left out, and their lines are not looked at. */
  regions?: readonly Pick<Region, 'name' | 'startLine' | 'endLine'>[];
}

/**
 * Adds `<!-- dls:NAME:start -->` / `<!-- dls:NAME:end -->` pairs to a README, for the
 * sections that have none (`regions`: the pairs it has). A section the README already shows (a `### Program` heading and its tables,
 * the list under "Important Dates", ...) is wrapped where it is, unless regenerating it
 * from the file would drop a list item, table row or paragraph it shows. The others are
 * appended at the end, under a heading where the section prints none, when the file has
 * something to show. The regions are left as they are: fill them with `updateRegions`.
 * Pure; `text` may be empty.
 */
export function insertRegionMarkers(text: string, options: InitOptions = {}): { text: string; placements: MarkerPlacement[] } {
  const { render, regions = [] } = options;
  const sections = (options.sections ?? INIT_SECTION_NAMES).filter((s) => !regions.some((r) => r.name === s));
  const lines = splitLines(text);
  const nodes = parsePage(text).children;
  const front = frontMatterLines(text);
  const inRegion = (line: number) => line <= front || regions.some((r) => line >= r.startLine && line <= r.endLine);
  const taken = new Set(nodes.flatMap((n, i) => (inRegion(n.position!.start.line) ? [i] : [])));
  const placements: MarkerPlacement[] = [];
  for (const section of sections) {
    const block = findSectionBlock(section, nodes, taken);
    if (!block) continue;
    for (let i = block.first; i <= block.last; i++) taken.add(i);
    const { from, to } = linesOf(nodes[block.first]!, nodes[block.last]!);
    const pageLines = lines.slice(from - 1, to).map((l) => l.text);
    placements.push({ section, action: 'wrap', fromLine: from, toLine: to, ...guard(section, nodes.slice(block.first, block.last + 1), pageLines, from, options) });
  }
  const last = lines.length;
  for (const section of sections) {
    if (placements.some((p) => p.section === section)) continue;
    const empty = options.hasData ? !options.hasData(section) : render !== undefined && render(section) === '';
    placements.push({ section, action: empty ? 'omit' : 'append', fromLine: last, toLine: last, ...(empty ? { reason: 'not added: workshop.yaml has nothing for it yet' } : {}) });
  }
  return { text: applyPlacements(lines, placements, dominantEol(lines)), placements };
}

function guard(section: SectionName, blocks: RootContent[], pageLines: string[], from: number, options: InitOptions): Partial<MarkerPlacement> {
  if (!options.render) return {};
  const rendered = options.render(section);
  const refusal = judgeReplacement(section, countEntries(blocks), entriesOf(rendered));
  if (refusal && !(refusal.kind === 'shrink' ? options.allowShrink : options.allowEmpty)) {
    const fix = refusal.kind === 'shrink' ? 'add the missing ones, or run dls import' : section === 'signup' ? 'add it, or run dls import' : 'add them, or run dls import';
    return { action: 'keep', refusal: refusal.kind, reason: `${refusal.reason}; ${fix}` };
  }
  // An emptied region the organizer allowed has nothing to compare; otherwise every changed line is shown, and refused unless allowed.
  if (refusal?.kind === 'empty') return {};
  const { differences, spacing } = compareRegion(section, pageLines, from, rendered, refusal?.kind === 'shrink');
  if (differences.length === 0 || options.allowRewrite) return { spacing, ...(differences.length > 0 ? { differences } : {}) };
  const n = differences.length === 1 ? '1 line' : `${differences.length} lines`;
  return { action: 'keep', refusal: 'rewrite', differences, spacing, reason: `regenerating it would change ${n} the page has; make workshop.yaml or its page: style match` };
}
