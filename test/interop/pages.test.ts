import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { describeWithTool } from '../helpers/interop.js';
import { HAVE, readHtml, renderCmarkGfm, renderKramdown } from './markdown-renderers.js';

const FIXTURES = join(ROOT, 'test/fixtures/pages');

/** The fixture page after `readme --init --yes` and `readme`, run through the CLI. */
function regenerated(page: string, yaml: string): { before: string; after: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dls-pages-interop-'));
  copyFileSync(join(FIXTURES, page), join(dir, 'README.md'));
  for (const args of [['--init', '--yes', '--allow-rewrite'], []]) expect(runDls(['-f', join(FIXTURES, yaml), 'readme', ...args], { cwd: dir }).code).toBe(0);
  return { before: readFileSync(join(FIXTURES, page), 'utf8'), after: readFileSync(join(dir, 'README.md'), 'utf8') };
}

const codeBlocks = (html: string) => html.match(/<pre\b/g)?.length ?? 0;

const renderers = [
  ['cmark-gfm (GitHub)', 'cmark-gfm python3', HAVE.cmark && HAVE.python, renderCmarkGfm],
  ['kramdown GFM (GitHub Pages)', 'ruby-kramdown-parser-gfm python3', HAVE.kramdown && HAVE.python, renderKramdown],
] as const;

for (const [name, pkg, available, render] of renderers) {
  describeWithTool(`real pages on ${name}`, pkg, available, () => {
    it.each([
      ['nested.md', 'nested.yaml'],
      ['three-days.md', 'three-days.yaml'],
    ])('%s keeps every list item and gains no code block', (page, yaml) => {
      const { before, after } = regenerated(page, yaml);
      const [old, now] = [render(before), render(after)];
      expect(codeBlocks(now)).toBe(codeBlocks(old));
      // Regenerated dates read "Apr 26th, 2019" where the page had "*April 26, 2019*": compare what precedes the markup.
      const label = (item: string) => item.split(/<|:/)[0]!.trim();
      const [oldItems, items] = [readHtml(old).items, readHtml(now).items];
      expect(items.length).toBeGreaterThanOrEqual(oldItems.length);
      for (const item of oldItems) expect(items.map(label)).toContain(label(item));
    });

    it('shows tab and four-space sub-topics as a nested list under their topic', () => {
      const html = render(regenerated('nested.md', 'nested.yaml').after).replace(/\s+/g, ' ');
      expect(html).toMatch(/<li>Applications <ul> <li>Climate<\/li> <li>Materials science<\/li> <\/ul> <\/li>/);
      expect(html).toMatch(/<li>Systems <ul> <li>Accelerators<\/li> <\/ul> <\/li>/);
    });
  });
}
