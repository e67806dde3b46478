import { dirname, isAbsolute, join } from 'node:path';
import { DlsError } from '../errors.js';
import type { Workshop } from '../model.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import type { MarkdownOptions } from '../formats/markdown/options.js';
import type { RenderedSections } from '../formats/markdown/registry.js';
import type { SectionName } from '../formats/markdown/section-names.js';
import { readInput } from './io.js';
import { decodeReadme } from './readme-text.js';

/**
 * Reads the section templates named in `page.templates` (paths relative to the
 * workshop file) and renders them. LiquidJS is loaded only when a template is named.
 * A template that fails is an error naming its file, line and column; one that cannot
 * be read names the `page.templates` entry (`workshop.yaml:29:14`) that points to it.
 * Nothing is written either way.
 */
export async function renderPageTemplates(workshopFile: string, workshop: Workshop, options: MarkdownOptions, source?: SourceMap): Promise<RenderedSections> {
  const named = Object.entries(options.templates ?? {}).filter((e): e is [SectionName, string] => typeof e[1] === 'string');
  if (named.length === 0) return {};
  const loaded: Partial<Record<SectionName, { file: string; text: string }>> = {};
  for (const [name, path] of named) {
    const file = isAbsolute(path) ? path : join(dirname(workshopFile), path);
    loaded[name] = { file, text: decodeReadme(await readTemplate(file, name, workshopFile, source), file) };
  }
  const { renderSectionTemplates } = await import('../formats/markdown/templates.js');
  const r = renderSectionTemplates(workshop, options, loaded);
  if (!r.ok) throw new DlsError(`${r.file}:${r.problem.line}:${r.problem.column}: ${r.problem.message}; nothing was written`, { hint: 'section templates are LiquidJS; the README lists the data each receives ("Section templates")' });
  return r.sections;
}

/** The template's bytes; a missing or unreadable one is an error at its `page.templates.NAME` entry, with the path it looked at. */
async function readTemplate(file: string, name: SectionName, workshopFile: string, source: SourceMap | undefined): Promise<Uint8Array> {
  try {
    return await readInput(file, 'template');
  } catch (e) {
    if (!(e instanceof DlsError)) throw e;
    const at = source?.locate(['page', 'templates', name]);
    const where = at ? `${workshopFile}:${at.line}:${at.column}` : workshopFile;
    throw new DlsError(`${where}: page.templates.${name}: ${e.message}`, {
      exitCode: e.exitCode,
      hint: `the path is relative to ${workshopFile}; \`dls template copy ${name}\` writes the built-in one to start from`,
    });
  }
}
