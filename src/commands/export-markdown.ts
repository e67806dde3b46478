import { checkMarkdownOptions } from './markdown-options.js';
import type { MarkdownOptions } from '../writers/markdown/options.js';
import { writeAllSections, writeSection, type SectionName } from '../writers/markdown/registry.js';
import { EXIT } from '../errors.js';
import { writeOutput } from './io.js';
import { loadValidWorkshop } from './load.js';

/** Options of `dls export markdown`, as the CLI parsed them. */
export interface ExportMarkdownOptions {
  file: string;
  section: SectionName | 'all';
  /** `-o PATH`; standard output when absent or `-`. */
  output?: string;
  markdown: MarkdownOptions;
}

/** Runs `dls export markdown`: one section, or all of them, to stdout or `-o`. */
export async function runExportMarkdown(options: ExportMarkdownOptions): Promise<number> {
  checkMarkdownOptions(options.markdown);
  const workshop = await loadValidWorkshop(options.file);
  const text = options.section === 'all' ? writeAllSections(workshop, options.markdown) : writeSection(options.section, workshop, options.markdown);
  await writeOutput(options.output, text, [options.file]);
  return EXIT.ok;
}
