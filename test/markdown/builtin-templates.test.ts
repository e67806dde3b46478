import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import type { Workshop } from '../../src/model.js';
import { resolveMarkdownOptions, type MarkdownOptions } from '../../src/formats/markdown/options.js';
import { SECTION_NAMES, SECTION_WRITERS } from '../../src/formats/markdown/registry.js';
import { renderSectionTemplates, type LoadedTemplate } from '../../src/formats/markdown/templates.js';
import { BUILTIN_DIR, builtinTemplates, dayWindowsOf, STYLE_VARIANTS } from './builtin-templates-fixture.js';

// Every shipped template must print, byte for byte, what the code writer of its
// section prints: for every workshop fixture we have, under every page style.
const root = join(import.meta.dirname, '../..');
const fixtureFiles = [
  'workshop.yaml',
  ...['test/fixtures/model', 'test/fixtures/pages', 'test/fixtures/real-pages'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => `${dir}/${f}`)),
];

/** The workshop of a fixture; real pages with errors (they test the rules) have none to render. */
function load(file: string): Workshop[] {
  const r = parseWorkshop(readFileSync(join(root, file), 'utf8'), file);
  if (!r.ok && !file.includes('real-pages')) throw new Error(`${file} does not parse: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.ok ? [r.workshop] : [];
}

/** Each section through its shipped template, next to the code writer's text. */
export function renderBoth(workshop: Workshop, options: MarkdownOptions, templates: Record<string, LoadedTemplate> = builtinTemplates()) {
  const r = renderSectionTemplates(workshop, options, templates);
  if (!r.ok) throw new Error(`${r.file}:${r.problem.line}:${r.problem.column}: ${r.problem.message}`);
  return SECTION_NAMES.map((name) => ({ name, template: r.sections[name], code: SECTION_WRITERS[name](workshop, options) }));
}

describe('the shipped section templates (templates/builtin)', () => {
  it('ship one template per section, and nothing else', () => {
    expect(readdirSync(BUILTIN_DIR).sort()).toEqual(SECTION_NAMES.map((n) => `${n}.md.liquid`).sort());
  });

  const workshops = fixtureFiles.flatMap((file) => load(file).map((w) => [file, w] as const));
  describe.each(workshops)('%s', (_file, workshop) => {
    it.each(Object.entries(STYLE_VARIANTS))('print what the built-in writers print, with %s', (_name, style) => {
      const options = resolveMarkdownOptions({ ...workshop.page, ...style });
      for (const { name, template, code } of renderBoth(workshop, options)) expect(template, name).toBe(code);
    });

    it('print what the built-in writers print, with page.day_windows for each day', () => {
      const options = resolveMarkdownOptions({ ...workshop.page, ...dayWindowsOf(workshop) });
      for (const { name, template, code } of renderBoth(workshop, options)) expect(template, name).toBe(code);
    });
  });

  it('are exercised: the fixtures reach every section with something to print', () => {
    const printed = new Set(workshops.flatMap(([, w]) => SECTION_NAMES.filter((n) => SECTION_WRITERS[n](w, resolveMarkdownOptions(w.page)) !== '')));
    expect([...printed].sort()).toEqual([...SECTION_NAMES].sort());
  });
});
