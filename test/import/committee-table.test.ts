import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/formats/import/index.js';

const pageWith = (committee: string) =>
  `# WRST 2026\n\n## Important Dates\n\n- Submission deadline: May 15, 2026\n- Workshop: September 3, 2026\n\n## Organizing Committee\n\n${committee}\n`;

const imported = (committee: string) => {
  const r = importPage(pageWith(committee), { source: 'README.md', timezone: 'Europe/Lisbon' });
  if (!r.ok) expect.fail(JSON.stringify(r));
  return { yaml: r.yaml, committee: r.fidelity.find((f) => f.section === 'committee')! };
};

describe('dls import keeps a committee table as the page prints it', () => {
  it('its own header words and column order: page.committee_headers and committee_columns, regenerated line for line', () => {
    const { yaml, committee } = imported('| Member | Institution | Country |\n|---|---|---|\n| Jane Doe | ETH Zurich | Switzerland |\n| Omar \\| Haddad | | USA |');
    expect(yaml).toContain('  committee: table\n  committee_columns: [name, affiliation, country]\n  committee_headers: { name: Member, affiliation: Institution }\n');
    expect(committee.differences).toEqual([]);
    expect([committee.same, committee.lines]).toEqual([4, 4]);
  });

  it('the default columns and words need no more than `committee: table`', () => {
    const { yaml, committee } = imported('| Name | Role | Affiliation | Country |\n| --- | --- | --- | --- |\n| Jane Doe | Chair | ETH Zurich | Switzerland |');
    expect(yaml).toMatch(/ {2}committee: table\n(?! {2}committee_)/);
    expect(committee.differences).toEqual([]);
  });
});
