import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from '../../src/formats/markdown/registry.js';
import { ROOT, runDls } from '../helpers/cli.js';
import { BUILTIN_DIR } from './builtin-templates-fixture.js';

/** A folder with the shipped workshop.yaml, in `sub` when given. */
function folder(sub = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-template-'));
  if (sub) mkdirSync(join(dir, sub));
  copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, sub, 'workshop.yaml'));
  return dir;
}
const shipped = (name: string) => readFileSync(join(BUILTIN_DIR, `${name}.md.liquid`), 'utf8');

describe('dls template', () => {
  it('list names every section', () => {
    const run = runDls(['template', 'list']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual([...SECTION_NAMES]);
  });

  it('copy writes the built-in template beside workshop.yaml and prints the page.templates line to add', () => {
    const dir = folder();
    const run = runDls(['template', 'copy', 'program'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'templates/program.md'), 'utf8')).toBe(shipped('program'));
    expect(run.stdout).toContain('page:\n  templates:\n    program: templates/program.md\n');
  });

  it('a page using every copied template is the page dls writes: readme --check passes', () => {
    const dir = folder();
    for (const name of SECTION_NAMES) expect(runDls(['template', 'copy', name], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'README.md'), SECTION_NAMES.map((n) => `<!-- dls:${n}:start -->\n<!-- dls:${n}:end -->\n`).join('\n'));
    expect(runDls(['readme'], { cwd: dir }).code).toBe(0);
    const page = readFileSync(join(dir, 'README.md'), 'utf8');
    writeFileSync(join(dir, 'workshop.yaml'), `${readFileSync(join(dir, 'workshop.yaml'), 'utf8')}page:\n  templates:\n${SECTION_NAMES.map((n) => `    ${n}: templates/${n}.md\n`).join('')}`);
    expect(runDls(['readme', '--check'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'README.md is up to date\n' });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(page);
  });

  it('copy refuses to replace a file without --force, and replaces it with --force', () => {
    const dir = folder();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/dates.md'), 'mine\n');
    const refused = runDls(['template', 'copy', 'dates'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('templates/dates.md exists; nothing written');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'templates/dates.md'), 'utf8')).toBe('mine\n');
    expect(runDls(['template', 'copy', 'dates', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'templates/dates.md'), 'utf8')).toBe(shipped('dates'));
  });

  it('copy follows -f and -o: the line to add is relative to the workshop file; -o - prints the template', () => {
    const dir = folder('site');
    const run = runDls(['-f', 'site/workshop.yaml', 'template', 'copy', 'committee'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'site/templates/committee.md'), 'utf8')).toBe(shipped('committee'));
    expect(run.stdout).toContain('add to site/workshop.yaml:\n\npage:\n  templates:\n    committee: templates/committee.md\n');
    const other = runDls(['-f', 'site/workshop.yaml', 'template', 'copy', 'topics', '-o', 'parts/topics.liquid'], { cwd: dir });
    expect(other.stdout).toContain('    topics: ../parts/topics.liquid\n');
    expect(runDls(['template', 'copy', 'title', '-o', '-'], { cwd: dir }).stdout).toBe(shipped('title'));
    expect(runDls(['template', 'copy', 'title', '-o', 'workshop.yaml'], { cwd: folder() }).code).toBe(1);
  });
});
