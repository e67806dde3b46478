import { DlsError, EXIT } from '../errors.js';
import { findRegions, spliceRegions, type Region } from '../formats/markdown/readme-regions.js';
import { insertRegionMarkers, type MarkerPlacement } from '../formats/markdown/readme-init.js';
import { SECTION_HEADINGS, SECTION_NAMES, type SectionName } from '../formats/markdown/registry.js';
import { editTextSafely } from './edit-file.js';
import { markerError, readReadme } from './readme-text.js';
import { escapeForDisplay } from '../safe-text.js';

/** What `dls readme --init` may do beyond the safe default. */
export interface ReadmeInitFlags {
  yes: boolean;
  allowShrink: boolean;
  allowEmpty: boolean;
  /** Wrap a section even when regenerating it changes lines the page shows (other than in spacing). */
  allowRewrite?: boolean;
  /** Whether workshop.yaml has something for a section the page does not show (default: it renders text). */
  hasData?: (name: SectionName) => boolean;
}

/**
 * `dls readme --init`: adds marker pairs for the sections a README has none for (or
 * creates it), prints per section where its markers go or why it gets none, and writes
 * only with `--yes`. A part of the page that regenerating would shrink or empty gets no
 * markers; existing regions are left as they are, so running it again once
 * workshop.yaml holds more data marks the rest.
 */
export async function runReadmeInit(path: string, flags: ReadmeInitFlags, render: (name: string) => string): Promise<number> {
  if (!flags.yes) {
    const plan = planInit(await readReadme(path, true), path, flags, render);
    printPlan(path, plan, false);
    process.stdout.write('Nothing written. Run `dls readme --init --yes` to apply, then commit the README.\n');
    refuseRewrites(path, plan.placements);
    return EXIT.ok;
  }
  // Planned under the page's lock on its current text, so an edit made meanwhile is kept.
  const plan = await editTextSafely(path, (text) => {
    const p = planInit(text ?? '', path, flags, render);
    return { text: p.writes ? p.text : undefined, result: p };
  });
  printPlan(path, plan, true);
  process.stdout.write(plan.writes ? `wrote ${path}\n` : `${path} left as it is: no section can be marked yet\n`);
  refuseRewrites(path, plan.placements);
  return EXIT.ok;
}

/**
 * Exit 1 when a section was left unmarked because regenerating it would change lines
 * the page shows: the organizer asked for markers and did not get them all.
 */
function refuseRewrites(path: string, placements: readonly MarkerPlacement[]): void {
  const kept = placements.filter((p) => p.refusal === 'rewrite').map((p) => p.section);
  if (kept.length === 0) return;
  throw new DlsError(`${path}: ${kept.join(', ')} left unmarked: \`dls readme\` would rewrite the page's own lines shown above`, {
    hint: 'make workshop.yaml or its page: style match those lines, then run `dls readme --init` again; to replace them with the generated lines, pass --allow-rewrite',
  });
}

interface InitPlan {
  text: string;
  regions: Region[];
  placements: MarkerPlacement[];
  writes: boolean;
}

/** Where markers go in `text`, and the page with the new regions filled (the others are `dls readme`'s, with its guard). */
function planInit(text: string, path: string, flags: ReadmeInitFlags, render: (name: string) => string): InitPlan {
  const existing = findRegions(text, SECTION_NAMES);
  if (!existing.ok) throw markerError(path, existing.problems);
  const { regions } = existing;
  const { text: marked, placements } = insertRegionMarkers(text, { render, regions, allowShrink: flags.allowShrink, allowEmpty: flags.allowEmpty, allowRewrite: flags.allowRewrite, hasData: flags.hasData });
  if (regions.length > 0 && placements.length === 0) {
    throw new DlsError(`${path} already has dls markers for every section (${regions.map((r) => r.name).join(', ')})`, { hint: 'run `dls readme` to regenerate them' });
  }
  const scan = findRegions(marked, SECTION_NAMES);
  if (!scan.ok) throw markerError(path, scan.problems);
  const added = scan.regions.filter((r) => !regions.some((old) => old.name === r.name));
  const writes = placements.some((p) => p.action === 'wrap' || p.action === 'append');
  return { text: spliceRegions(marked, added, render), regions, placements, writes };
}

function printPlan(path: string, { regions, placements }: InitPlan, yes: boolean): void {
  const had = regions.length > 0 ? `  already marked: ${regions.map((r) => `${r.name} (lines ${r.startLine}-${r.endLine})`).join(', ')}\n` : '';
  process.stdout.write(`dls readme --init ${yes ? 'adds' : 'would add'} these regions to ${path}:\n${had}${placements.map(describePlacement).join('')}`);
  if (placements.some((p) => p.action === 'keep')) process.stdout.write(KEPT_NOTE);
}

const KEPT_NOTE = 'A section not wrapped stays as written, so dls never deletes or rewrites what the page shows; --allow-shrink, --allow-empty and --allow-rewrite wrap it anyway.\n';

function describePlacement(p: MarkerPlacement): string {
  const lines = p.fromLine === p.toLine ? `line ${p.fromLine}` : `lines ${p.fromLine}-${p.toLine}`;
  const spacing = p.spacing ? ` (${p.spacing === 1 ? '1 line takes' : `${p.spacing} lines take`} dls's spacing)` : '';
  if (p.action === 'wrap') return `  ${p.section}: replaces ${lines}${spacing}\n${describeDifferences(p)}`;
  if (p.action === 'keep') return `  ${p.section}: not wrapped: ${p.reason} (${lines} unchanged)\n${describeDifferences(p)}`;
  if (p.action === 'omit') return `  ${p.section}: ${p.reason}\n`;
  const heading = SECTION_HEADINGS[p.section];
  return `  ${p.section}: appended at the end${heading ? ` under "${escapeForDisplay(heading)}"` : ''}\n`;
}

/** `line 25: page "..." vs generated "..."`, as `dls import` reports them; control characters shown escaped. */
function describeDifferences(p: MarkerPlacement): string {
  return (p.differences ?? []).map((d) => `    line ${d.line}: page ${quote(d.page)} vs generated ${quote(d.generated)}\n`).join('');
}

const quote = (text: string) => escapeForDisplay(JSON.stringify(text));
