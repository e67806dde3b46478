import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../src/formats/markdown/escape.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { writeSection } from '../../src/formats/markdown/registry.js';
import { createWorkshop } from '../helpers/workshop.js';
import { listItemsOf, nodeTypes, tableOf } from './gfm.js';
import { AUTOLINKS, NASTY } from './nasty.js';


const workshopWithTitle = (title: string) =>
  createWorkshop({ people: { p: { name: title, affiliation: title, country: title } }, program: [{ start: '9:00', end: '9:30', title, speakers: ['p'] }], committee: [{ person: 'p', role: title }] });

// As the comparison in ./gfm.ts: all white space, no-break spaces included.
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const FORBIDDEN_NODES = ['html', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'image', 'footnoteReference', 'list'];
// micromark links bare URLs after parsing, where cmark-gfm does not (see ./nasty.ts):
// read those titles' links as their text; test/interop checks what GitHub shows.
const autolinked = (title: string) => AUTOLINKS.includes(title);
const unlink = (title: string, cell: string) => (autolinked(title) ? cell.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : cell);

describe('escaping for GitHub and GitHub Pages', () => {
  it.each(NASTY)('keeps %j literal, in its own cell', (title) => {
    const md = writeSection('program', workshopWithTitle(title), DEFAULT_MARKDOWN_OPTIONS);
    const [header, row] = tableOf(md);
    expect(header).toEqual(['Time', 'Title', 'Speaker']);
    expect(row!.map((cell) => unlink(title, cell))).toEqual(['9:00--9:30', collapse(title), `${collapse(title)}, ${collapse(title)}`]);
    const types = nodeTypes(md.replace(/^<!-- \{% (end)?raw %\} -->$/gm, ''));
    expect(FORBIDDEN_NODES.filter((t) => types.has(t) && !(t === 'link' && autolinked(title)))).toEqual([]);
  });

  it.each(NASTY)('keeps %j literal in a committee line', (name) => {
    const md = writeSection('committee', workshopWithTitle(name), DEFAULT_MARKDOWN_OPTIONS);
    expect(listItemsOf(md).map((item) => unlink(name, item))).toEqual([`${collapse(name)} (${collapse(name)}), ${collapse(name)}, ${collapse(name)}`]);
  });

  it('never puts a | inside a code span, and leaves no unescaped |', () => {
    const md = writeSection('program', workshopWithTitle('Code `x | y` here'), DEFAULT_MARKDOWN_OPTIONS);
    const row = md.split('\n').find((l) => l.includes('Code'))!;
    expect(row.replace(/\\\\/g, '').match(/(?<!\\)\|/g)).toHaveLength(4);
    expect(row).not.toMatch(/(?<!\\)`/);
  });

  it('leaves no Liquid tag outside the raw guard', () => {
    const md = writeSection('program', workshopWithTitle('{{ a }} {% b %} {{% c'), DEFAULT_MARKDOWN_OPTIONS);
    const inside = md.split('\n').slice(1, -2).join('\n');
    expect(inside).not.toMatch(/\{\{|\{%/);
  });
});

describe('what the Markdown source looks like', () => {
  it.each([
    ['Code: https://github.com/org/deep_learning', 'Code: https&#58;//github.com/org/deep\\_learning'],
    ['See www.example.com/a_b', 'See www&#46;example.com/a\\_b'],
    ['Mail first_last@example.org', 'Mail first\\_last@example.org'],
  ])('stops GitHub from linking the URL in %j, whose escapes it would show', (title, source) => {
    expect(escapeInline(title)).toBe(source);
  });

  it('leaves quotes and apostrophes as written, so a README diff shows only real changes', () => {
    expect(escapeInline(`SC'18 by O'Neil: "The Builder"`)).toBe(`SC'18 by O'Neil: "The Builder"`);
  });
});

describe('property: any title renders as itself', () => {
  // No '@' and only the letters a and Z: GFM autolinks (www., http://, a@b.c) are a
  // renderer feature, not an escaping problem, and are tested nowhere here.
  const char = fc.constantFrom(...Array.from('aZ09 |*_`<>~[](){}%$#!&;:\'"\\.-+=^/éñ\u00a0\u2013😀'), ...['<script>', '{{', '{%', '&amp;', '--', '...']);
  const title = fc.array(char, { minLength: 1, maxLength: 24 }).map((cs) => cs.join('')).filter((t) => t.trim() !== '');

  it('keeps the text and the three columns of the program table', () => {
    fc.assert(
      fc.property(title, (t) => {
        const md = writeSection('program', workshopWithTitle(t), DEFAULT_MARKDOWN_OPTIONS);
        const [header, row] = tableOf(md);
        expect(header).toHaveLength(3);
        expect(row).toEqual(['9:00--9:30', collapse(t), `${collapse(t)}, ${collapse(t)}`]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the text of a committee line', () => {
    fc.assert(
      fc.property(title, (t) => {
        const md = writeSection('committee', workshopWithTitle(t), DEFAULT_MARKDOWN_OPTIONS);
        expect(listItemsOf(md)).toEqual([`${collapse(t)} (${collapse(t)}), ${collapse(t)}, ${collapse(t)}`]);
      }),
      { numRuns: 300 },
    );
  });
});
