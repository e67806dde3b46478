import { describe, expect, it } from 'vitest';
import { resolveMarkdownOptions } from '../../src/formats/markdown/options.js';
import { SECTION_WRITERS } from '../../src/formats/markdown/registry.js';
import { createWorkshop } from '../helpers/workshop.js';
import { listItemsOf, parseGfm, tableOf } from './gfm.js';

/** The committee section of a workshop with `page` as its style. */
const committeeSection = (page: Record<string, unknown>, committee: unknown[]) => {
  const w = createWorkshop({ page, committee });
  return SECTION_WRITERS.committee(w, resolveMarkdownOptions(w.page));
};

const members = [{ person: 'ada', role: 'General Chair' }, { name: 'Omar Haddad', country: 'USA' }];

describe('page.committee: table', () => {
  it('prints a Name, Role, Affiliation, Country table, an empty cell for each part not set, no e-mail', () => {
    const md = committeeSection({ committee: 'table' }, members);
    expect(tableOf(md)).toEqual([
      ['Name', 'Role', 'Affiliation', 'Country'],
      ['Ada Lovelace', 'General Chair', 'Analytical Engines', 'UK'],
      ['Omar Haddad', '', '', 'USA'],
    ]);
    expect(md).not.toContain('ada@example.org');
  });

  it('follows committee_columns and committee_headers, and italic affiliations', () => {
    const md = committeeSection({ committee: 'table', committee_columns: ['name', 'affiliation', 'country', 'role'], committee_headers: { name: 'Member' }, committee_affiliation: 'italic' }, members);
    expect(tableOf(md)).toEqual([
      ['Member', 'Affiliation', 'Country', 'Role'],
      ['Ada Lovelace', '*Analytical Engines*', 'UK', 'General Chair'],
      ['Omar Haddad', '', 'USA', ''],
    ]);
  });

  it('escapes cells: a `|` in a name, role or header adds no column', () => {
    const md = committeeSection({ committee: 'table', committee_headers: { role: 'Role | duty' } }, [{ name: 'A | B', role: 'x|y', affiliation: '`C` | *D*', country: '-' }]);
    expect(tableOf(md)).toEqual([
      ['Name', 'Role | duty', 'Affiliation', 'Country'],
      ['A | B', 'x|y', '`C` | *D*', '-'],
    ]);
    expect(parseGfm(md).children.map((n) => n.type)).toEqual(['table']);
  });

  it('is a list by default', () => {
    expect(listItemsOf(committeeSection({}, members))).toEqual(['Ada Lovelace (General Chair), Analytical Engines, UK', 'Omar Haddad, USA']);
  });
});
