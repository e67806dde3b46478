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

  it('names the mailing files in a comment (a fresh workshop has none yet), in step with the .gitignore patterns', () => {
    const text = formatInitTemplate({ title: 'T', id: 't', timezone: 'UTC', date: '2026-01-05' });
    const fresh = parseWorkshop(text);
    expect(fresh.ok && fresh.workshop.mailing).toEqual({ signups: undefined, suppress: undefined });
    const r = parseWorkshop(text.replace('# mailing:', 'mailing:'));
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

  it('leaves a README that shows a section by hand untouched, so `dls readme` cannot regenerate it away', () => {
    const r = addReadmeMarkers('# X\n\n## Important dates\n\n- Papers due: May 1\n', createWorkshop());
    expect(r).toEqual({ kept: ['dates'] });
  });

  it('appends filled regions to a README that shows none of the sections', () => {
    const r = addReadmeMarkers('# X\n\nAbout the workshop.\n', createWorkshop());
    expect(r.text).toMatch(/^# X\n\nAbout the workshop\.\n/);
    expect(r.text).toContain('<!-- dls:program:start -->');
    expect(r.kept).toEqual([]);
  });

  it('leaves a README that already has markers alone', () => {
    expect(addReadmeMarkers('# X\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n', createWorkshop())).toEqual({ kept: [] });
  });
});
