import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { SECTION_NAMES } from '../../src/formats/markdown/section-names.js';
import { BUILTIN_DIR } from './builtin-templates-fixture.js';
import { NASTY } from './nasty.js';

/** An organizer's own program template: other headers, a day heading, the escaped values dls hands over. */
export const PROGRAM_TEMPLATE = `### Our program
{% for day in days %}
#### {{ day.weekday }}, {{ day.date }}

| When | What | Who |
| --- | --- | --- |
{% for item in day.items %}| {{ item.time }} | {{ item.title_cell }} | {{ item.speakers }} |
{% endfor %}{% endfor %}`;

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** A folder with workshop.yaml (nasty titles, `page.templates.program`) and the template. */
export function templatedWorkshop(template = PROGRAM_TEMPLATE): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-templates-'));
  const program = NASTY.map((title, i) => ({ start: clock(8 * 60 + i * 5), end: clock(8 * 60 + i * 5 + 5), title, speakers: [{ name: title, affiliation: title }] }));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'templates/program.md'), template);
  writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ program, page: { templates: { program: 'templates/program.md' } } }));
  return dir;
}


/**
 * A folder whose workshop.yaml puts the hostile titles into every section (program,
 * committee, dates, topics, previous) and names every shipped template in
 * `page.templates`; builtin.yaml is the same workshop without them.
 */
export function hostileWorkshop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-shipped-templates-'));
  mkdirSync(join(dir, 'templates'));
  const templates: Record<string, string> = {};
  for (const name of SECTION_NAMES) {
    copyFileSync(join(BUILTIN_DIR, `${name}.md.liquid`), join(dir, 'templates', `${name}.md`));
    templates[name] = `templates/${name}.md`;
  }
  const day = (i: number) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
  const data = {
    program: NASTY.map((title, i) => ({ start: clock(8 * 60 + i * 5), end: clock(8 * 60 + i * 5 + 5), title, speakers: [{ name: title, affiliation: title }] })),
    committee: NASTY.map((t) => ({ name: t, role: t, affiliation: t, country: t })),
    important_dates: NASTY.map((t, i) => ({ label: t, date: day(i), note: t })),
    topics: [...NASTY.slice(1), { text: NASTY[0]!, items: NASTY }],
    previous: NASTY.map((title, i) => ({ title, url: `https://example.org/${i}` })),
  };
  writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ ...data, page: { templates } }));
  writeFileSync(join(dir, 'builtin.yaml'), createWorkshopYaml(data));
  return dir;
}
