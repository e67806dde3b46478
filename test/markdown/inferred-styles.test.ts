import type { Link, List, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { resolveMarkdownOptions } from '../../src/formats/markdown/options.js';
import { SECTION_WRITERS, type SectionName } from '../../src/formats/markdown/registry.js';
import { createWorkshop } from '../helpers/workshop.js';
import { headingsOf, listItemsOf, parseGfm, tableOf, visible } from './gfm.js';

/** One section of a workshop with `page` as its style, as `dls readme` writes it. */
const section = (name: SectionName, page: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const w = createWorkshop({ page, ...extra });
  return SECTION_WRITERS[name](w, resolveMarkdownOptions(w.page));
};

const committee = [{ name: 'Jane Doe', role: 'chair', affiliation: 'ETH Zurich', country: 'Switzerland' }, { name: 'Omar Haddad', country: 'USA' }];
const previous = [{ title: 'DLS 2018', url: '../2018/' }, { title: 'DLS 2017', url: 'https://dls.example.org/2017/' }];

describe('page styles the import infers', () => {
  it('committee_affiliation: italic puts the affiliation in italics, not the country', () => {
    expect(listItemsOf(section('committee', { committee_affiliation: 'italic' }, { committee }))).toEqual(['Jane Doe (chair), *ETH Zurich*, Switzerland', 'Omar Haddad, USA']);
    expect(listItemsOf(section('committee', {}, { committee }))).toEqual(['Jane Doe (chair), ETH Zurich, Switzerland', 'Omar Haddad, USA']);
  });

  it('previous: list is one bulleted link per edition; previous_line one sentence; the default a paragraph each', () => {
    const list = parseGfm(section('previous', { previous: 'list' }, { previous })).children;
    expect(list.map((n) => n.type)).toEqual(['list']);
    expect((list[0] as List).children.map((i) => visible(i))).toEqual(['[DLS 2018](../2018/)', '[DLS 2017](https://dls.example.org/2017/)']);
    const line = parseGfm(section('previous', { previous_line: 'Earlier editions: {links}.' }, { previous })).children;
    expect(line.map((n) => n.type)).toEqual(['paragraph']);
    expect(visible(line[0]!)).toBe('Earlier editions: [DLS 2018](../2018/), [DLS 2017](https://dls.example.org/2017/).');
    expect((line[0] as Paragraph).children.filter((c): c is Link => c.type === 'link').map((l) => l.url)).toEqual(['../2018/', 'https://dls.example.org/2017/']);
    expect(parseGfm(section('previous', {}, { previous })).children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('date_span: compact names the month once when the days share it, else both days in full', () => {
    const two = { program: [{ start: '9:00', end: '9:30', title: 'A' }, { date: '2019-11-18', start: '9:00', end: '9:30', title: 'B' }], end_date: '2019-11-18' };
    expect(headingsOf(section('program', { date_span: 'compact', month: 'long', ordinals: false }, two))[0]).toBe('Program (November 17--18, Location: 502)');
    expect(headingsOf(section('program', { date_span: 'compact', day_first: true, separator: 'en-dash' }, two))[0]).toBe('Program (17th\u201318th Nov, Location: 502)');
    const across = { program: [{ start: '9:00', end: '9:30', title: 'A' }, { date: '2019-12-01', start: '9:00', end: '9:30', title: 'B' }], date: '2019-11-30', end_date: '2019-12-01' };
    expect(headingsOf(section('program', { date_span: 'compact' }, across))[0]).toBe('Program (Nov 30th--Dec 1st, Location: 502)');
  });

  it('times: start prints each item\'s start alone; the heading\'s window still ends at the last end', () => {
    const md = section('program', { times: 'start', clock: '12' });
    expect(tableOf(md).map((r) => r[0])).toEqual(['Time', '9:00AM', '9:30AM']);
    expect(md).toContain('9AM--10AM');
  });
});
