import type { Workshop } from '../model.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../formats/markdown/options.js';
import { insertRegionMarkers } from '../formats/markdown/readme-init.js';
import { hasMarkers } from '../formats/markdown/markers.js';
import { findRegions, spliceRegions } from '../formats/markdown/readme-regions.js';
import { SECTION_NAMES, sectionRenderer, type SectionName } from '../formats/markdown/registry.js';

/**
 * README regions that `dls readme` fills: `<!-- dls:NAME:start -->` ...
 * `<!-- dls:NAME:end -->`. Placement is the Markdown writer's own
 * (`insertRegionMarkers`): a section the README already shows is wrapped where it
 * is, the others are appended under a heading.
 */

/** The sections `dls init` marks; `signup` too when the workshop has a sign-up link. */
export const INIT_SECTIONS = ['program', 'dates', 'committee'] as const;

/** The sections `dls init` marks for this workshop, in page order. */
export function initSections(w: Workshop): SectionName[] {
  return w.signupUrl ? ['signup', ...INIT_SECTIONS] : [...INIT_SECTIONS];
}

/**
 * The README with filled marker pairs: a new README when there is none, or the
 * existing one with regions appended when it has no markers and shows none of the
 * sections yet. A README that already shows a section by hand (a dates list, a
 * program table) is left untouched and the sections are named in `kept`: the new
 * workshop.yaml does not hold that content yet, and regenerating a region around it
 * would delete it. `dls readme --init` marks such a page once the file holds the data.
 * `text` is undefined when nothing changes.
 */
export function addReadmeMarkers(existing: string | undefined, w: Workshop): { text?: string; kept: SectionName[] } {
  if (existing !== undefined && hasMarkers(existing)) return { kept: [] };
  const render = sectionRenderer(w, DEFAULT_MARKDOWN_OPTIONS);
  // With `render`, a section the file has nothing for is not appended as an empty heading.
  const { text, placements } = insertRegionMarkers(existing ?? `# ${w.title}\n`, { sections: initSections(w), render });
  const kept = placements.filter((p) => p.action === 'wrap' || p.action === 'keep').map((p) => p.section);
  if (kept.length > 0) return { kept };
  const scan = findRegions(text, SECTION_NAMES);
  // The markers were just placed by the writer itself, so they always scan.
  if (!scan.ok) throw new Error(`init placed markers that do not scan: ${scan.problems.map((p) => p.message).join('; ')}`);
  return { text: spliceRegions(text, scan.regions, render), kept };
}
