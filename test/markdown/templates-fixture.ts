import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkshopYaml } from '../helpers/workshop.js';
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

