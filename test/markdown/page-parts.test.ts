import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { entriesOf, frontMatterLines, isEmpty, parsePage, parsePageParts, showsSomething } from '../../src/formats/markdown/page-tree.js';
import { ROOT } from '../helpers/cli.js';

// Issue 13, growth: the README is read a part at a time (`parsePageParts`), so a
// 100,000-row program does not hold one syntax tree of gigabytes. Reading in parts must
// find the same blocks as reading the whole page: every node, its kind, its lines, its
// depth, and each HTML node's text (where markers are found).

// Inline nodes are left out, but not what is inside them: a `[text]` reference resolves
// against definitions anywhere in the page and a part only knows its own, so it may read
// as text there. That never changes a block or an HTML node: a marker inside a paragraph
// is misplaced whatever link it sits in, and entries count blocks, not links.
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'break']);

/** Each block of a tree, and each HTML node, as `depth type from-to [html]`, lines made page-wide. */
function outline(tree: Root, lineOffset: number, out: string[] = []): string[] {
  const walk = (node: Nodes, depth: number) => {
    const p = node.position;
    const where = p ? `${p.start.line + lineOffset}-${p.end.line + lineOffset}` : 'inline';
    if (node.type === 'html') out.push(`${depth === 0 ? 'top' : 'nested'} html ${where} ${JSON.stringify(node.value)}`);
    else if (!INLINE.has(node.type)) out.push(`${depth} ${node.type} ${where}`);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, depth + 1);
  };
  for (const child of tree.children) walk(child, 0);
  return out;
}

const whole = (text: string) => outline(parsePage(text), 0);
const inParts = (text: string, size: number) => {
  const out: string[] = [];
  for (const part of parsePageParts(text, frontMatterLines(text), size)) outline(part.tree, part.lineOffset, out);
  return out;
};

// Blocks that stay open across a blank line followed by a line in the first column, where a cut would be wrong.
const OPEN_ACROSS_BLANKS: [string, string][] = [
  ['a fenced code block', '```\nfirst\n\n<!-- dls:program:start -->\n\nlast\n```\n'],
  ['a tilde fence, never closed', '~~~ yaml\na: 1\n\nb: 2\n'],
  ['an HTML comment block', '<!-- editors:\n\n<!-- dls:program:start -->\n\nend -->\n'],
  ['a <pre> block', '<pre>\nx\n\n<!-- dls:program:end -->\n\n</pre>\n'],
  ['a <script> block', '<script>\nlet a = 1;\n\nlet b = 2;\n</script>\n'],
  ['a processing instruction', '<?php\n\necho 1;\n\n?>\n'],
  ['a CDATA block', '<![CDATA[\n\nx\n\n]]>\n'],
  ['a declaration', '<!DOCTYPE html\n\nx>\n'],
  ['a loose list', '- one\n\n- two\n\n- three\n'],
  ['an ordered list', '1. one\n\n2. two\n\n10. ten\n'],
  ['a list item with a lazy paragraph', '- one\n  more\n\n  still one\n\nafter\n'],
  ['a fenced block in a list item', '1. Add:\n\n   ```\n\n<!-- dls:program:start -->\n   ```\n'],
  ['a block quote then a second one', '> a\n\n> <!-- dls:program:start -->\n\nb\n'],
  ['a footnote', 'Text[^1].\n\n[^1]: note\n\n    <!-- dls:program:start -->\n\nafter\n'],
  ['a definition', '[a]: /url\n\n[a]\n\n<!-- dls:program:start -->\n'],
  ['a table', '| a | b |\n| - | - |\n| <!-- dls:program:start --> | 2 |\n\n| c |\n| - |\n'],
  ['a setext heading', 'Title\n=====\n\nText\n---\n\n<!-- dls:dates:start -->\n'],
  ['an HTML block of kind 6', '<div>\n<!-- dls:program:start -->\n\n<!-- dls:program:end -->\n</div>\n'],
  ['indented code', '    a\n\n    b\n\nc\n'],
  ['front matter with blank lines', '---\ntitle: x\n\nlayout: y\n---\n\n<!-- dls:dates:start -->\n\n<!-- dls:dates:end -->\n'],
  ['CR line endings', 'a\r\r```\r\rb\r```\r\r<!-- dls:dates:start -->\r'],
  ['CRLF line endings', 'a\r\n\r\n<!-- x\r\n\r\ny -->\r\n\r\n<!-- dls:dates:start -->\r\n'],
  ['tabs and blanks of spaces', 'a\n \t \n\tb\n  \nc\n'],
];

const pages = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(ROOT, dir, f), 'utf8')] as [string, string]);
const REAL_PAGES: [string, string][] = [
  ['README.md', readFileSync(join(ROOT, 'README.md'), 'utf8')],
  ['SC19', readFileSync(join(ROOT, 'test/fixtures/dls-sc19-page.md'), 'utf8')],
  ...pages('test/fixtures/import'),
  ...pages('test/fixtures/pages'),
];

describe('reading a page in parts finds the blocks of the whole page', () => {
  it.each([...OPEN_ACROSS_BLANKS, ...REAL_PAGES])('%s, at every part size', (_name, text) => {
    const expected = whole(text);
    for (const size of [1, 7, 64, 1000]) expect(inParts(text, size), `parts of ${size} characters`).toEqual(expected);
  });

  it('on random pages made of blocks that open and close across blank lines', () => {
    const piece = fc.constantFrom(
      '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '<div>', '- item', '1. item', '> quote', '    code', '   ```',
      '| a | b |', '| - | - |', '<!-- dls:program:start -->', '<!-- dls:program:end -->', 'text', '---', '===', '[^1]: note', '[a]: /u', '# Heading', '',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (lines, size) => {
        const text = lines.join('\n');
        expect(inParts(text, size)).toEqual(whole(text));
      }),
      { numRuns: 400, seed: 13 },
    );
  });

  it('reads a page where no part can end (one loose list) as one part', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `- item ${i}\n`).join('\n');
    const parts = [...parsePageParts(text, 0, 100)];
    expect(parts.length).toBe(1);
    expect(outline(parts[0]!.tree, 0)).toEqual(whole(text));
  });
});

describe('whether a generated section shows something (the emptied-region guard)', () => {
  it('agrees with its entries, on fragments small and large', () => {
    const table = `| Time | Title |\n| --- | --- |\n${'| 9:00 | Talk |\n'.repeat(30_000)}`;
    for (const fragment of ['', '\n\n', '<!-- {% raw %} -->\n<!-- {% endraw %} -->\n', '```\n<!-- x -->\n```\n', '# Program\n', 'TBA\n', '- a\n', table, `<!-- x -->\n\n${table}`]) {
      expect(showsSomething(fragment), fragment.slice(0, 40)).toBe(!isEmpty(entriesOf(fragment)));
    }
  });
});
