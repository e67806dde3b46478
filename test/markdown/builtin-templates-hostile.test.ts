import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../src/model.js';
import { resolveMarkdownOptions } from '../../src/formats/markdown/options.js';
import { renderSectionTemplates } from '../../src/formats/markdown/templates.js';
import { createWorkshop } from '../helpers/workshop.js';
import { builtinTemplates } from './builtin-templates-fixture.js';
import { listItemsOf, parseGfm, tablesOf } from './gfm.js';
import { AUTOLINKS, NASTY } from './nasty.js';

// The shipped templates read back with an independent GFM parser: a hostile title,
// name, session or date label stays one literal cell or one list item.
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// micromark links bare URLs after parsing, where cmark-gfm does not (see ./nasty.ts); test/interop checks GitHub.
const unlink = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

function render(overrides: Record<string, unknown>, page = {}) {
  const workshop = createWorkshop(overrides);
  const r = renderSectionTemplates(workshop, resolveMarkdownOptions(page), builtinTemplates());
  if (!r.ok) expect.fail(r.problem.message);
  return r.sections;
}

describe('the shipped templates with hostile titles, read by a GFM parser', () => {
  it('program: no title, speaker, session, badge, link title or place adds or removes a column or a row', () => {
    const program = NASTY.map((t, i) => ({
      start: clock(8 * 60 + i * 5),
      end: clock(8 * 60 + i * 5 + 5),
      title: t,
      speakers: [{ name: t, affiliation: t }],
      badges: [t],
      links: [{ type: 'video', url: 'https://example.org/v', title: t }],
      session: `s${Math.floor(i / 6)}`,
      ...(i % 3 === 0 ? { location: t } : {}),
    }));
    const sessions = [0, 1, 2].map((n) => ({ id: `s${n}`, title: NASTY[n * 5]!, chairs: [{ name: NASTY[n * 5 + 1]! }] }));
    const { program: text } = render({ program, sessions }, { secondZone: 'Asia/Tokyo', zoneLabel: 'cell', keynote: 'bold-prefix' });
    const [table, ...more] = tablesOf(text!);
    expect(more).toEqual([]);
    expect(table![0]).toEqual(['Time', 'Time (JST)', 'Room', 'Title', 'Speaker']);
    expect(table!.every((row) => row.length === 5)).toBe(true);
    const rows = table!.slice(1);
    expect(rows).toHaveLength(NASTY.length + sessions.length);
    const items = rows.filter((r) => r[0] !== '' && !r[3]!.startsWith('**'));
    const literal = (t: string, cell: string) => (AUTOLINKS.includes(t) ? unlink(cell) : cell);
    expect(items.map((r, i) => literal(NASTY[i]!, r[3]!).startsWith(collapse(NASTY[i]!)))).toEqual(NASTY.map(() => true));
    expect(items.map((r, i) => literal(NASTY[i]!, r[4]!))).toEqual(NASTY.map((t) => `${collapse(t)}, ${collapse(t)}`));
    expect(rows.filter((r) => r[3]!.startsWith('**')).map((r) => unlink(r[3]!))).toEqual(sessions.map((s) => `**${collapse(s.title)}**`));
  });

  it('program: a kind column of hostile words and header, chairs after a hostile session title, stays one literal cell each', () => {
    const words = NASTY.slice(AUTOLINKS.length, AUTOLINKS.length + ITEM_KINDS.length);
    const program = ITEM_KINDS.map((kind, i) => ({ start: clock(9 * 60 + i * 10), end: clock(9 * 60 + i * 10 + 10), title: `Item ${i}`, kind, speakers: ['alan'], session: 's0' }));
    const sessions = [{ id: 's0', title: NASTY.at(-1)!, chairs: [{ name: NASTY.at(-2)! }] }];
    const kindWords = Object.fromEntries(ITEM_KINDS.map((k, i) => [k, words[i]!]));
    const { program: text } = render({ program, sessions }, { keynote: 'cell', kindHeader: NASTY.at(-3)!, kindWords, sessionChair: 'title', sessionTime: 'empty' });
    const [table, ...more] = tablesOf(text!);
    expect(more).toEqual([]);
    expect(table![0]).toEqual(['Time', collapse(NASTY.at(-3)!), 'Title', 'Speaker']);
    expect(table!.every((row) => row.length === 4)).toBe(true);
    expect(table!.slice(2).map((r) => r[1])).toEqual(words.map(collapse));
    expect(table![1]).toEqual(['', '', `**${collapse(NASTY.at(-1)!)}** (Chair: ${collapse(NASTY.at(-2)!)})`, '']);
  });

  it('committee, dates, topics, previous: one list item or paragraph per entry, whatever the text', () => {
    const sections = render({
      committee: NASTY.map((t) => ({ name: t, role: t, affiliation: t, country: t })),
      important_dates: NASTY.map((t, i) => ({ label: t, date: `2019-01-${String(i + 1).padStart(2, '0')}`, note: t })),
      topics: [...NASTY.slice(1), { text: NASTY[0]!, items: NASTY }],
      previous: NASTY.map((title, i) => ({ title, url: `https://example.org/${i}` })),
    });
    expect(listItemsOf(sections.committee!)).toHaveLength(NASTY.length);
    expect(listItemsOf(sections.dates!)).toHaveLength(NASTY.length);
    const topics = parseGfm(sections.topics!).children;
    expect(topics).toHaveLength(1);
    expect(topics[0]!.type === 'list' && topics[0].children.length).toBe(NASTY.length);
    expect(parseGfm(sections.previous!).children.map((n) => n.type)).toEqual(NASTY.map(() => 'paragraph'));
    const literal = (t: string, text: string) => (AUTOLINKS.includes(t) ? unlink(text) : text);
    expect(listItemsOf(sections.committee!).map((item, i) => literal(NASTY[i]!, item))).toEqual(NASTY.map((t) => collapse(t)).map((c) => `${c} (${c}), ${c}, ${c}`));
  });
});
