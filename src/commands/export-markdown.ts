import { checkMarkdownOptions } from './markdown-options.js';
import { resolveMarkdownOptions, type MarkdownOptions } from '../formats/markdown/options.js';
import { hasMarkers } from '../formats/markdown/markers.js';
import { writeAllSections, writeSection, type SectionName } from '../formats/markdown/registry.js';
import { stat } from 'node:fs/promises';
import { DlsError, EXIT } from '../errors.js';
import { readInput, writeOutput } from './io.js';
import { loadValidWorkshop } from './load.js';
import { renderPageTemplates } from './page-templates.js';

/** Options of `dls export markdown`, as the CLI parsed them. */
export interface ExportMarkdownOptions {
  file: string;
  section: SectionName | 'all';
  /** `-o PATH`; standard output when absent or `-`. */
  output?: string;
  /** Formatting flags of this run; `page:` in workshop.yaml gives the rest. */
  markdown: Partial<MarkdownOptions>;
  /** Refuse to write while any schedule finding stands (an overlap, a gap). */
  strict?: boolean;
}

/** Runs `dls export markdown`: one section, or all of them, to stdout or `-o`. */
export async function runExportMarkdown(options: ExportMarkdownOptions): Promise<number> {
  const { workshop, source } = await loadValidWorkshop(options.file, options.strict);
  const markdown = checkMarkdownOptions(resolveMarkdownOptions(workshop.page, options.markdown));
  const rendered = await renderPageTemplates(options.file, workshop, markdown, source);
  const text = options.section === 'all' ? writeAllSections(workshop, markdown, rendered) : writeSection(options.section, workshop, markdown, rendered);
  await refuseMarkedPage(options.output);
  await writeOutput(options.output, text, [options.file]);
  return EXIT.ok;
}

/** A page with dls markers is updated region by region with `dls readme`, never replaced whole by `-o`. */
async function refuseMarkedPage(output: string | undefined): Promise<void> {
  if (output === undefined || output === '-') return;
  const info = await stat(output).catch(() => undefined);
  if (!info?.isFile() || info.size > 16 << 20) return;
  const text = await readInput(output).then((bytes) => Buffer.from(bytes).toString('utf8'), () => '');
  if (hasMarkers(text)) {
    throw new DlsError(`refusing to replace ${output}: it has dls markers, and -o would overwrite the whole page`, {
      hint: `run \`dls readme ${output}\` to regenerate only its marked sections`,
    });
  }
}
