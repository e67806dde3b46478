import { checkMarkdownOptions } from './markdown-options.js';
import { DlsError, EXIT, usageError } from '../errors.js';
import { resolveMarkdownOptions, type MarkdownOptions } from '../formats/markdown/options.js';
import { formatRegionDiff } from '../formats/markdown/region-diff.js';
import { findRegions, staleRegions, updateRegions, type Region, type RegionProblem } from '../formats/markdown/readme-regions.js';
import { SECTION_NAMES, sectionHasData, sectionRenderer } from '../formats/markdown/registry.js';
import { editTextSafely } from './edit-file.js';
import { loadValidWorkshop } from './load.js';
import { refuseEmptied } from './readme-guard.js';
import { renderPageTemplates } from './page-templates.js';
import { runReadmeInit } from './readme-init.js';
import { markerError, readReadme } from './readme-text.js';

/** Options of `dls readme`, as the CLI parsed them. */
export interface ReadmeOptions {
  file: string;
  readme: string;
  check: boolean;
  init: boolean;
  yes: boolean;
  /** Regenerate a region that shows something even when the file now has nothing for it. */
  allowEmpty: boolean;
  /** With --init: wrap a part of the page even when the file has fewer entries than it shows. */
  allowShrink: boolean;
  /** With --init: wrap a section even when regenerating it changes lines the page shows (other than in spacing). */
  allowRewrite?: boolean;
  /** Formatting flags of this run; `page:` in workshop.yaml gives the rest. */
  markdown: Partial<MarkdownOptions>;
  /** Refuse to write while any schedule finding stands (an overlap, a gap). */
  strict?: boolean;
}

/** Runs `dls readme`: regenerates the marked regions in place, checks them, or adds markers. */
export async function runReadme(options: ReadmeOptions): Promise<number> {
  if (options.init && options.check) throw usageError('--init and --check do not go together', 'run `dls readme --init` first, then `dls readme --check`');
  if (options.yes && !options.init) throw usageError('--yes only goes with --init');
  if (options.allowShrink && !options.init) throw usageError('--allow-shrink only goes with --init', 'a marked region may always shrink: it shows what workshop.yaml holds');
  if (options.allowRewrite && !options.init) throw usageError('--allow-rewrite only goes with --init', 'inside markers workshop.yaml is the source: `dls readme` always rewrites them');
  // --check reads the page and finds its markers before workshop.yaml is loaded, so the page's
  // syntax tree is made beside a small heap (at 100,000 items the loaded workshop takes gigabytes,
  // and parsing next to it took twice as long). Errors keep their order: workshop.yaml's first.
  const page = options.check
    ? await readReadme(options.readme).then(
        (text) => ({ text, scan: findRegions(text, SECTION_NAMES) }),
        (error: unknown) => ({ error }),
      )
    : undefined;
  const { workshop, source } = await loadValidWorkshop(options.file, options.strict);
  const markdown = checkMarkdownOptions(resolveMarkdownOptions(workshop.page, options.markdown));
  const rendered = await renderPageTemplates(options.file, workshop, markdown, source);
  const render = sectionRenderer(workshop, markdown, rendered);
  if (options.init) return runReadmeInit(options.readme, { ...options, hasData: (name) => sectionHasData(name, workshop, render) }, render);
  if (page) {
    if ('error' in page) throw page.error;
    const { regions } = marked(page.scan, options.readme);
    const stale = staleRegions(page.text, regions, render);
    if (stale.length === 0) return upToDate(options.readme);
    process.stdout.write(formatRegionDiff(options.readme, page.text, regions, render));
    process.stderr.write(`dls: ${options.readme} is stale; run \`dls readme\` to regenerate it\n`);
    return EXIT.problems;
  }
  // Regenerated under the page's lock from its current text: an edit made meanwhile is kept, never overwritten.
  const written = await editTextSafely(options.readme, (text) => {
    if (text === undefined) throw usageError(`${options.readme}: no such README`, 'pass the path of your page, such as `dls readme docs/index.md`');
    const update = marked(updateRegions(text, SECTION_NAMES, render), options.readme);
    const stale = staleRegions(text, update.regions, render);
    if (stale.length > 0 && !options.allowEmpty) refuseEmptied(options.readme, text, stale, render);
    // What it replaced, shown: a line typed by hand between markers is never lost unseen.
    return { text: stale.length === 0 ? undefined : update.text, result: { stale, replaced: formatRegionDiff(options.readme, text, stale, render, 12, 'regenerated') } };
  });
  if (written.stale.length === 0) return upToDate(options.readme);
  process.stdout.write(`updated ${options.readme} (${written.stale.map((r) => r.name).join(', ')})\n${written.replaced}`);
  return EXIT.ok;
}

function upToDate(path: string): number {
  process.stdout.write(`${path} is up to date\n`);
  return EXIT.ok;
}

/** A page's scan (or update) with its marked regions; marker problems, or no markers, are errors. */
function marked<T extends { ok: true; regions: readonly Region[] }>(scan: T | { ok: false; problems: RegionProblem[] }, path: string): T {
  if (!scan.ok) throw markerError(path, scan.problems);
  if (scan.regions.length === 0) {
    throw new DlsError(`${path} has no dls markers`, { hint: 'run `dls readme --init` to add them; `dls readme --help` shows the marker format' });
  }
  return scan;
}
