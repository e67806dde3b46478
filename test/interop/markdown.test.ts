import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Workshop } from '../../src/model.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { insertRegionMarkers } from '../../src/formats/markdown/readme-init.js';
import { updateRegions } from '../../src/formats/markdown/readme-regions.js';
import { SECTION_NAMES, writeSection, type SectionName } from '../../src/formats/markdown/registry.js';
import { describeWithTool } from '../helpers/interop.js';
import { createWorkshop } from '../helpers/workshop.js';
import { tableOf } from '../markdown/gfm.js';
import { SEED_PAGE, shippedWorkshop } from '../markdown/sc19.js';
import { NASTY } from '../markdown/nasty.js';
import { buildJekyllPage, HAVE, htmlTables, readHtml, renderCmarkGfm, renderKramdown } from './markdown-renderers.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// Random titles from the characters that matter; fixed seed, so a failure reproduces.
const char = fc.constantFrom(...Array.from('aZ09 |*_`<>~[](){}%$#!&;:\'"\\.-+=^/é–😀'), '<script>', '{{', '{%', '&amp;', '--', '...', '$$');
const RANDOM = fc.sample(fc.array(char, { minLength: 1, maxLength: 20 }).map((cs) => cs.join('')).filter((t) => t.trim() !== ''), { numRuns: 150, seed: 4 });
const TITLES = [...NASTY, ...RANDOM];

/** One item per title, five minutes apart, with the title as the speaker's name and affiliation too. */
function nastyWorkshop(): Workshop {
  const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  const program = TITLES.map((title, i) => ({ start: clock(i * 5), end: clock(i * 5 + 5), title, speakers: [{ name: title, affiliation: title }] }));
  return createWorkshop({ program });
}

/** Title and speaker columns, as a reader expects them. */
const expectedCells = () => TITLES.map((t) => [collapse(t), `${collapse(t)}, ${collapse(t)}`]);
const titleAndSpeaker = (table: string[][]) => table.slice(1).map((row) => row.slice(-2));
const program = (w: Workshop) => writeSection('program', w, { ...DEFAULT_MARKDOWN_OPTIONS, separator: 'en-dash' });

/** The SC19 README as the organizer would have it: the seed page, marked and regenerated. */
function sc19Readme(): string {
  const workshop = shippedWorkshop();
  const r = updateRegions(insertRegionMarkers(SEED_PAGE).text, SECTION_NAMES, (n) => writeSection(n as SectionName, workshop, DEFAULT_MARKDOWN_OPTIONS));
  if (!r.ok) throw new Error('markers');
  return r.text;
}

// kramdown's smart quotes curl `'` and `"`; dls leaves them unescaped on purpose
// (docs/decisions.md, "The page"), so cells are compared with the quotes straightened.
const straighten = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
// cmark-gfm links e-mail addresses after reading escapes, so their text shows as
// written, without backslashes; kramdown leaves them plain. The text is the same.
const unlinkMail = (s: string) => s.replace(/<a>([^<@]*@[^<]*)<\/a>/g, '$1');

const renderers = [
  ['cmark-gfm (GitHub)', 'cmark-gfm python3', HAVE.cmark && HAVE.python, renderCmarkGfm, (s: string) => s, unlinkMail],
  // kramdown's typography shows `--` as an en dash: the reason for `--separator en-dash`.
  ['kramdown GFM (GitHub Pages)', 'ruby-kramdown-parser-gfm python3', HAVE.kramdown && HAVE.python, renderKramdown, (s: string) => s.replace(/--/g, '\u2013'), straighten],
  ['Jekyll site build (GitHub Pages)', 'jekyll ruby-kramdown-parser-gfm python3', HAVE.jekyll && HAVE.python, buildJekyllPage, (s: string) => s.replace(/--/g, '\u2013'), straighten],
] as const;

for (const [name, pkg, available, render, typography, reading] of renderers) {
  describeWithTool(name, pkg, available, () => {
    it(`renders ${TITLES.length} nasty and random titles as the same literal cells`, () => {
      const [table] = htmlTables(render(program(nastyWorkshop())));
      expect(table![0]).toHaveLength(3);
      expect(titleAndSpeaker(table!).map((r) => r.map(reading))).toEqual(expectedCells());
    });

    it('renders nasty names in the committee and nasty labels in the dates as literal list items', () => {
      const people = { ada: { name: 'Ada' }, alan: { name: 'Alan' }, ...Object.fromEntries(NASTY.map((t, i) => [`p${i}`, { name: t, affiliation: t, country: t }])) };
      const w = createWorkshop({ people, committee: NASTY.map((t, i) => ({ person: `p${i}`, role: t })), important_dates: NASTY.map((t) => ({ label: t, date: '2019-09-16', was: ['2019-09-01'] })) });
      const md = `${writeSection('committee', w, DEFAULT_MARKDOWN_OPTIONS)}\n${writeSection('dates', w, DEFAULT_MARKDOWN_OPTIONS)}`;
      const c = (t: string) => collapse(t);
      expect(readHtml(render(md)).items.map(reading)).toEqual([
        ...NASTY.map((t) => `${c(t)} (${c(t)}), ${c(t)}, ${c(t)}`),
        ...NASTY.map((t) => `${c(t)}: <del>Sep 1st, 2019</del> Sep 16th, 2019`),
      ]);
    });

    it('shows a daylight-saving day with each end labelled, in the heading and the rows', () => {
      const items = [['1:00', '1:45'], ['1:45', '3:00'], ['3:00', '4:00']].map(([start, end]) => ({ start, end, title: 'T' }));
      const w = createWorkshop({ timezone: 'America/Denver', date: '2019-03-10', program: items });
      const html = render(writeSection('program', w, { ...DEFAULT_MARKDOWN_OPTIONS, separator: 'en-dash', zoneLabel: 'both', secondZone: 'UTC' }));
      expect(html).toContain('Program (Mar 10th, 1AM MST\u20134AM MDT, Location: 502)');
      expect(htmlTables(html)[0]!.map((r) => r.slice(0, 2))).toEqual([
        ['Time (MST)', 'Time (UTC)'],
        ['1:00\u20131:45', '8:00\u20138:45'],
        ['1:45 MST\u20133:00 MDT', '8:45\u20139:00'],
        ['3:00\u20134:00 MDT', '9:00\u201310:00'],
      ]);
    });

    it('shows the SC19 program table of the regenerated README, cell for cell', () => {
      const readme = sc19Readme();
      const [table] = htmlTables(render(readme));
      expect(table).toEqual(tableOf(readme).map((row) => row.map(typography)));
      expect(table![10]).toEqual([typography('14:00--14:30'), 'Highly-scalable, physics-informed GANs for learning solutions of stochastic PDEs', 'Thorsten Kurth, LBNL']);
    });
  });
}

describeWithTool('bare URLs on GitHub', 'cmark-gfm python3', HAVE.cmark && HAVE.python, () => {
  it('shows a URL in a title as its text, without the escapes, and links none of them', () => {
    const titles = ['Code: https://github.com/org/deep_learning', 'See www.example.com/deep_learning--v2 and HTTPS://X.ORG/a_b*c*'];
    const w = createWorkshop({ program: titles.map((title, i) => ({ start: `${9 + i}:00`, end: `${9 + i}:30`, title })) });
    const html = renderCmarkGfm(program(w));
    expect(htmlTables(html)[0]!.slice(1).map((r) => r[1])).toEqual(titles);
    expect(html).not.toMatch(/<a |%5C/);
  });
});

describeWithTool('quotes on GitHub and GitHub Pages', 'cmark-gfm ruby-kramdown-parser-gfm python3', HAVE.cmark && HAVE.kramdown && HAVE.python, () => {
  it('writes quotes as they are, and kramdown curls them as it does in the rest of the page', () => {
    const w = createWorkshop({ program: [{ start: '9:00', end: '9:30', title: `SC'18 by O'Neil: "The Builder"` }] });
    const md = program(w);
    expect(md).toContain(`SC'18 by O'Neil: "The Builder"`);
    expect(htmlTables(renderKramdown(md))[0]![1]![1]).toBe('SC\u201918 by O\u2019Neil: \u201cThe Builder\u201d');
    expect(htmlTables(renderCmarkGfm(md))[0]![1]![1]).toBe(`SC'18 by O'Neil: "The Builder"`);
  });
});

describeWithTool('Jekyll Liquid guard', 'jekyll ruby-kramdown-parser-gfm python3', HAVE.jekyll && HAVE.python, () => {
  it('keeps Liquid in titles literal, and the page’s own Liquid outside the region working', () => {
    const w = createWorkshop({ program: [{ start: '9:00', end: '9:30', title: '{% endraw %}{{ 1 | plus: 1 }} {% include nope.html %}', kind: 'other' }] });
    const readme = `Before {{ 20 | plus: 1 }}\n\n<!-- dls:program:start -->\n${writeSection('program', w, DEFAULT_MARKDOWN_OPTIONS)}<!-- dls:program:end -->\n\nAfter {{ 40 | plus: 2 }}\n`;
    const html = buildJekyllPage(readme);
    expect(htmlTables(html)[0]![1]![1]).toBe('{% endraw %}{{ 1 | plus: 1 }} {% include nope.html %}');
    expect(html).toContain('Before 21');
    expect(html).toContain('After 42');
  });
});
