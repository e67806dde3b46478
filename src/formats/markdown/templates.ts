import type { Workshop } from '../../model.js';
import { renderLiquid, type TemplateProblem } from '../liquid.js';
import type { MarkdownOptions } from './options.js';
import type { SectionName } from './registry.js';
import { sectionData } from './template-data.js';

/** A section template as the command read it: its file (for messages) and text. */
export interface LoadedTemplate {
  file: string;
  text: string;
}

/**
 * Renders the organizer's section templates (`page.templates`) with LiquidJS over
 * {@link sectionData}: the sections' text, or the first template that fails, with its
 * file, line and column. A variable the data does not hold is such an error (a typo
 * would otherwise print nothing and drop a line). Each output ends with one newline, as built-in sections do.
 */
export function renderSectionTemplates(
  workshop: Workshop,
  options: MarkdownOptions,
  templates: Partial<Record<SectionName, LoadedTemplate>>,
): { ok: true; sections: Partial<Record<SectionName, string>> } | { ok: false; file: string; problem: TemplateProblem } {
  const sections: Partial<Record<SectionName, string>> = {};
  for (const [name, t] of Object.entries(templates) as [SectionName, LoadedTemplate][]) {
    const r = renderLiquid(t.text, sectionData(name, workshop, options), { strictVariables: true });
    if (!r.ok) return { ok: false, file: t.file, problem: r.problem };
    sections[name] = r.text.trim() === '' ? '' : `${r.text.replace(/\s+$/, '')}\n`;
  }
  return { ok: true, sections };
}
