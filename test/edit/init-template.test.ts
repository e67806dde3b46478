import { describe, expect, it } from 'vitest';
import { suggestWorkshopId } from '../../src/edit/init-questions.js';
import { formatInitTemplate, MAILING_FILES, PRIVATE_PATTERNS } from '../../src/edit/init-template.js';
import { addReadmeMarkers } from '../../src/edit/readme-markers.js';
import { createWorkshop } from '../helpers/workshop.js';
import { parseWorkshop } from '../../src/parse/index.js';

describe('the init template', () => {
  it('quotes answers that YAML would misread, and keeps them verbatim', () => {
    const text = formatInitTemplate({ title: 'AI: "Hype" # or not?', id: 'ai', timezone: 'Asia/Tokyo', date: '2026-03-02', endDate: '2026-03-03', conference: 'ISC, 2026', city: 'yes', room: '101' });
    const r = parseWorkshop(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.workshop.title, r.workshop.conference?.name, r.workshop.city, r.workshop.room, r.workshop.endDate]).toEqual(['AI: "Hype" # or not?', 'ISC, 2026', 'yes', '101', '2026-03-03']);
  });

  it('keeps the mailing files and the .gitignore patterns in step', () => {
    const r = parseWorkshop(formatInitTemplate({ title: 'T', id: 't', timezone: 'UTC', date: '2026-01-05' }));
    expect(r.ok && r.workshop.mailing).toEqual(MAILING_FILES);
    for (const [pattern, file] of [[PRIVATE_PATTERNS[0], MAILING_FILES.signups], [PRIVATE_PATTERNS[1], MAILING_FILES.suppress]] as const) {
      expect(new RegExp(`^${pattern.replace('.', '\\.').replace('*', '.*')}$`).test(file)).toBe(true);
    }
  });

  it.each([
    ['Deep Learning on Supercomputers Workshop', 'SC19', 'dls-sc19'],
    ['HPC Carpentry', undefined, 'hpc-carpentry'],
    ['Écoles d’été de Calcul Scientifique', 'ISC 2026', 'eecs-isc-2026'],
  ])('suggests the id of "%s" at %s as %s', (title, conference, id) => expect(suggestWorkshopId(title, conference)).toBe(id));

  it('wraps a section the README already shows instead of adding a second one', () => {
    const r = addReadmeMarkers('# X\n\n## Important dates\n\n- Papers due: May 1\n', createWorkshop())!;
    const readme = r.text;
    expect(r.kept).toEqual(['dates']);
    expect(readme).toContain('<!-- dls:dates:start -->\n- Papers due: May 1\n<!-- dls:dates:end -->');
    expect(readme.match(/Important dates/gi)).toHaveLength(1);
  });

  it('leaves a README that already has markers alone', () => {
    expect(addReadmeMarkers('# X\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n', createWorkshop())).toBeUndefined();
  });
});
