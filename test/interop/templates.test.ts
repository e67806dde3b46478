import { expect, it } from 'vitest';
import { describeWithTool } from '../helpers/interop.js';
import { runDls } from '../helpers/cli.js';
import { NASTY } from '../markdown/nasty.js';
import { readFileSync } from 'node:fs';
import { hostileWorkshop, templatedWorkshop } from '../markdown/templates-fixture.js';
import { BUILTIN_DIR } from '../markdown/builtin-templates-fixture.js';
import { buildJekyllPage, HAVE, htmlTables, renderCmarkGfm, renderKramdown } from './markdown-renderers.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const straighten = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
const unlinkMail = (s: string) => s.replace(/<a>([^<@]*@[^<]*)<\/a>/g, '$1');

// The same hostile titles as the built-in sections, through an organizer's program template.
const renderers = [
  ['cmark-gfm (GitHub)', 'cmark-gfm python3', HAVE.cmark && HAVE.python, renderCmarkGfm, unlinkMail],
  ['kramdown GFM (GitHub Pages)', 'ruby-kramdown-parser-gfm python3', HAVE.kramdown && HAVE.python, renderKramdown, straighten],
  ['Jekyll site build (GitHub Pages)', 'jekyll ruby-kramdown-parser-gfm python3', HAVE.jekyll && HAVE.python, buildJekyllPage, straighten],
] as const;

for (const [name, pkg, available, render, reading] of renderers) {
  describeWithTool(name, pkg, available, () => {
    it(`renders ${NASTY.length} hostile titles through a page template as the same literal cells`, () => {
      const run = runDls(['export', 'markdown', '--section', 'program'], { cwd: templatedWorkshop() });
      expect(run.code).toBe(0);
      const [table] = htmlTables(render(run.stdout));
      expect(table![0]).toEqual(['When', 'What', 'Who']);
      expect(table!.slice(1).map((r) => r.slice(1).map(reading))).toEqual(NASTY.map((t) => [collapse(t), `${collapse(t)}, ${collapse(t)}`]));
    });

    it('renders the hostile titles through the shipped program template (dls template copy) as the same literal cells', () => {
      const run = runDls(['export', 'markdown', '--section', 'program'], { cwd: templatedWorkshop(readFileSync(`${BUILTIN_DIR}/program.md.liquid`, 'utf8')) });
      expect(run.code).toBe(0);
      const [table] = htmlTables(render(run.stdout));
      expect(table![0]).toEqual(['Time', 'Title', 'Speaker']);
      expect(table!.slice(1).map((r) => r.slice(1).map(reading))).toEqual(NASTY.map((t) => [collapse(t), `${collapse(t)}, ${collapse(t)}`]));
    });

    it('renders a page made with every shipped template, hostile titles in every section, as the same HTML as the built-in page', () => {
      const dir = hostileWorkshop();
      const templated = runDls(['export', 'markdown'], { cwd: dir });
      const builtin = runDls(['-f', 'builtin.yaml', 'export', 'markdown'], { cwd: dir });
      expect(templated.code).toBe(0);
      expect(builtin.code).toBe(0);
      const html = render(templated.stdout);
      expect(html).toBe(render(builtin.stdout));
      // One list item per committee member, per date and per topic (17 topics, one with 18 sub-topics); no title adds one.
      expect(html.match(/<li[\s>]/g)).toHaveLength(3 * NASTY.length + NASTY.length);
    });
  });
}
