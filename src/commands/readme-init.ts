import { DlsError, EXIT } from '../errors.js';
import { findRegions, updateRegions } from '../formats/markdown/readme-regions.js';
import { insertRegionMarkers, type MarkerPlacement } from '../formats/markdown/readme-init.js';
import { SECTION_HEADINGS, SECTION_NAMES } from '../formats/markdown/registry.js';
import { writeFileAtomic } from './io.js';
import { markerError, readReadme } from './readme-text.js';
import { escapeForDisplay } from '../safe-text.js';

/**
 * `dls readme --init`: adds marker pairs to a README that has none (or creates it),
 * prints where each goes, and writes only with `--yes`.
 */
export async function runReadmeInit(path: string, yes: boolean, render: (name: string) => string): Promise<number> {
  const text = await readReadme(path, true);
  const existing = findRegions(text, SECTION_NAMES);
  if (!existing.ok) throw markerError(path, existing.problems);
  if (existing.regions.length > 0) {
    throw new DlsError(`${path} already has dls markers (line ${existing.regions[0]!.startLine}); --init only adds markers to a README without any`, { hint: 'run `dls readme` to regenerate them' });
  }
  const { text: marked, placements } = insertRegionMarkers(text);
  const filled = updateRegions(marked, SECTION_NAMES, render);
  if (!filled.ok) throw markerError(path, filled.problems);
  process.stdout.write(`dls readme --init ${yes ? 'adds' : 'would add'} these regions to ${path}:\n${placements.map(describePlacement).join('')}`);
  if (!yes) {
    process.stdout.write('Nothing written. Run `dls readme --init --yes` to apply, then commit the README.\n');
    return EXIT.ok;
  }
  await writeFileAtomic(path, new TextEncoder().encode(filled.text));
  process.stdout.write(`wrote ${path}\n`);
  return EXIT.ok;
}

function describePlacement(p: MarkerPlacement): string {
  if (p.action === 'wrap') return `  ${p.section.padEnd(9)} replaces ${p.fromLine === p.toLine ? `line ${p.fromLine}` : `lines ${p.fromLine}-${p.toLine}`}\n`;
  const heading = SECTION_HEADINGS[p.section];
  return `  ${p.section.padEnd(9)} appended at the end${heading ? ` under "${escapeForDisplay(heading)}"` : ''}\n`;
}
