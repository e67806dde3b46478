import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { writeSection } from '../../src/formats/markdown/registry.js';
import { parseGfm, visible } from '../markdown/gfm.js';
import { SEED_PAGE, shippedWorkshop } from '../markdown/sc19.js';
import { createWorkshop } from '../helpers/workshop.js';

// The keys that were accepted and dropped (about, reproducibility, logos, submission,
// contact, edition) are printed by sections of their own; read back with a GFM parser.
const workshop = shippedWorkshop();
const section = (name: Parameters<typeof writeSection>[0], w = workshop) => writeSection(name, w, DEFAULT_MARKDOWN_OPTIONS);
const paragraphs = (md: string) => parseGfm(md).children.filter((n) => n.type === 'paragraph').map(visible);
const seed = paragraphs(SEED_PAGE);

describe('the sections of the SC19 page that were missing', () => {
  it('prints `about` as the paragraph the SC19 page has under the program', () => {
    expect(paragraphs(section('about'))).toEqual(seed.filter((p) => p.startsWith('The Deep Learning (DL) on Supercomputers workshop')));
  });

  it('prints `submission` with the reproducibility paragraph the SC19 page has', () => {
    const ours = paragraphs(section('submission'));
    expect(ours.at(-1)).toBe(seed.find((p) => p.startsWith('As part of the reproducibility initiative')));
    expect(ours[0]).toMatch(/^Authors are invited to submit/);
  });

  it('prints the logos as one row of HTML images, with their alt text and width', () => {
    const html = parseGfm(section('logos')).children.filter((n) => n.type === 'html').map((n) => (n.type === 'html' ? n.value : '')).join('');
    expect([...html.matchAll(/<img src="([^"]+)" alt="([^"]+)" width="(\d+)">/g)].map((m) => [m[2], m[3]])).toEqual([['TCHPC', '300'], ['SC19', '300']]);
  });

  it('prints the contact address as a link, and the edition in the title', () => {
    expect(paragraphs(section('contact'))[0]).toBe('For questions, please contact [DLSuperWorkshop19@gmail.com](mailto:DLSuperWorkshop19@gmail.com).');
    expect(parseGfm(section('title')).children.filter((n) => n.type === 'heading').map(visible)).toEqual(['3rd Deep Learning on Supercomputers Workshop (SC19)']);
  });

  it('prints the page limits, template and system when no text says them', () => {
    const w = createWorkshop({ submission: { url: 'https://s.example.org', template_url: 'https://t.example.org', min_pages: 4, max_pages: 8 } });
    expect(paragraphs(section('submission', w))).toEqual(['Papers of 4 to 8 pages, using [the template](https://t.example.org). Submit through [the submission system](https://s.example.org).']);
  });

  it('prints nothing for a workshop without these keys', () => {
    const w = createWorkshop();
    expect(['about', 'submission', 'logos', 'contact'].map((n) => section(n as 'about', w))).toEqual(['', '', '', '']);
  });
});

describe('dls readme fills markers of the new sections', () => {
  it('writes title, logos, about, submission and contact between their markers, and --check agrees', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, copyFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { runDls, ROOT } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'dls-sections-'));
    copyFileSync(`${ROOT}workshop.yaml`, join(dir, 'workshop.yaml'));
    const names = ['title', 'logos', 'about', 'submission', 'contact'];
    writeFileSync(join(dir, 'README.md'), `# DLS\n\n${names.map((n) => `<!-- dls:${n}:start -->\n<!-- dls:${n}:end -->\n`).join('\n')}`);
    const r = runDls(['readme'], { cwd: dir });
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, 'updated README.md (title, logos, about, submission, contact)']);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(paragraphs(readme)).toContain(seed.find((p) => p.startsWith('As part of the reproducibility initiative')));
    expect(paragraphs(readme)).toContain('For questions, please contact [DLSuperWorkshop19@gmail.com](mailto:DLSuperWorkshop19@gmail.com).');
    expect(runDls(['readme', '--check'], { cwd: dir }).code).toBe(0);
  });
});
