import { DlsError, EXIT } from '../errors.js';
import { findRegions, updateRegions } from '../formats/markdown/readme-regions.js';
import { insertRegionMarkers, type MarkerPlacement } from '../formats/markdown/readme-init.js';
import { SECTION_HEADINGS, SECTION_NAMES } from '../formats/markdown/registry.js';
import { editTextSafely } from './edit-file.js';
import { markerError, readReadme } from './readme-text.js';
import { escapeForDisplay } from '../safe-text.js';

/**
 * `dls readme --init`: adds marker pairs to a README that has none (or creates it),
 * prints where each goes, and writes only with `--yes`.
 */
export async function runReadmeInit(path: string, yes: boolean, render: (name: string) => string): Promise<number> {
  if (!yes) {
    const { placements } = planMarkers(await readReadme(path, true), path, render);
    process.stdout.write(`dls readme --init would add these regions to ${path}:\n${placements.map(describePlacement).join('')}`);
    process.stdout.write('Nothing written. Run `dls readme --init --yes` to apply, then commit the README.\n');
    return EXIT.ok;
  }
  // Planned under the page's lock on its current text, so an edit made meanwhile is kept.
  const placements = await editTextSafely(path, (text) => {
    const plan = planMarkers(text ?? '', path, render);
    return { text: plan.text, result: plan.placements };
  });
  process.stdout.write(`dls readme --init adds these regions to ${path}:\n${placements.map(describePlacement).join('')}`);
  process.stdout.write(`wrote ${path}\n`);
  return EXIT.ok;
}

/** Where the markers go in `text`, and the page with them filled; a page with markers already is refused. */
function planMarkers(text: string, path: string, render: (name: string) => string): { text: string; placements: MarkerPlacement[] } {
  const existing = findRegions(text, SECTION_NAMES);
  if (!existing.ok) throw markerError(path, existing.problems);
  if (existing.regions.length > 0) {
    throw new DlsError(`${path} already has dls markers (line ${existing.regions[0]!.startLine}); --init only adds markers to a README without any`, { hint: 'run `dls readme` to regenerate them' });
  }
  const { text: marked, placements } = insertRegionMarkers(text);
  const filled = updateRegions(marked, SECTION_NAMES, render);
  if (!filled.ok) throw markerError(path, filled.problems);
  return { text: filled.text, placements };
}

function describePlacement(p: MarkerPlacement): string {
  if (p.action === 'wrap') return `  ${p.section.padEnd(9)} replaces ${p.fromLine === p.toLine ? `line ${p.fromLine}` : `lines ${p.fromLine}-${p.toLine}`}\n`;
  const heading = SECTION_HEADINGS[p.section];
  return `  ${p.section.padEnd(9)} appended at the end${heading ? ` under "${escapeForDisplay(heading)}"` : ''}\n`;
}
