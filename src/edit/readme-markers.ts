import type { Workshop } from '../model.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../writers/markdown/options.js';
import { insertRegionMarkers } from '../writers/markdown/readme-init.js';
import { findRegions, spliceRegions } from '../writers/markdown/readme-regions.js';
import { SECTION_NAMES, sectionRenderer, type SectionName } from '../writers/markdown/registry.js';

/**
 * README regions that `dls readme` fills: `<!-- dls:NAME:start -->` ...
 * `<!-- dls:NAME:end -->`. Placement is the Markdown writer's own
 * (`insertRegionMarkers`): a section the README already shows is wrapped where it
 * is, the others are appended under a heading.
 */

/** The sections `dls init` marks; `signup` too when the workshop has a sign-up link. */
export const INIT_SECTIONS = ['program', 'dates', 'committee'] as const;

const MARKER = /<!--\s*dls:[a-z-]+:(start|end)\s*-->/;

/** The sections `dls init` marks for this workshop, in page order. */
export function initSections(w: Workshop): SectionName[] {
  return w.signupUrl ? ['signup', ...INIT_SECTIONS] : [...INIT_SECTIONS];
}

/**
 * The README with marker pairs: a new README when there is none, the existing one
 * with markers added when it has none yet, or `undefined` when it already has markers
 * (nothing to do). New regions are filled as `dls readme` (default options) fills
 * them, so `dls readme --check` passes right away. A region wrapped around what the
 * README already shows (a hand-kept dates list) keeps it and is named in `kept`:
 * the new workshop.yaml does not hold that content yet, and init deletes nothing.
 */
export function addReadmeMarkers(existing: string | undefined, w: Workshop): { text: string; kept: SectionName[] } | undefined {
  if (existing !== undefined && MARKER.test(existing)) return undefined;
  const { text, placements } = insertRegionMarkers(existing ?? `# ${w.title}\n`, initSections(w));
  const scan = findRegions(text, SECTION_NAMES);
  // The markers were just placed by the writer itself, so they always scan.
  if (!scan.ok) throw new Error(`init placed markers that do not scan: ${scan.problems.map((p) => p.message).join('; ')}`);
  const kept = placements.filter((p) => p.action === 'wrap').map((p) => p.section);
  const fresh = scan.regions.filter((r) => !(kept as string[]).includes(r.name));
  return { text: spliceRegions(text, fresh, sectionRenderer(w, DEFAULT_MARKDOWN_OPTIONS)), kept };
}
