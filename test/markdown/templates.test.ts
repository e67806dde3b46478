import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { templatedWorkshop } from './templates-fixture.js';
import { tableOf } from './gfm.js';
import { AUTOLINKS, NASTY } from './nasty.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// micromark links bare URLs after parsing, where cmark-gfm does not (see ./nasty.ts); test/interop checks GitHub.
const unlink = (cell: string) => cell.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

describe('page.templates: the organizer\'s own LiquidJS template for a section', () => {
  it('renders the program through the template, every hostile title one literal cell', () => {
    const dir = templatedWorkshop();
    const run = runDls(['export', 'markdown', '--section', 'program'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('### Our program\n');
    expect(run.stdout).toContain('| When | What | Who |');
    const table = tableOf(run.stdout);
    expect(table.slice(1).map((r, i) => r.slice(1).map((c) => (AUTOLINKS.includes(NASTY[i]!) ? unlink(c) : c)))).toEqual(NASTY.map((t) => [collapse(t), `${collapse(t)}, ${collapse(t)}`]));
  });

  it('names the template file, line and column of an error, exits 1 and writes nothing', () => {
    const dir = templatedWorkshop('### Program\n\n{% for item in %}\n{{ item.title }}\n{% endfor %}\n');
    writeFileSync(join(dir, 'README.md'), '# Page\n\n<!-- dls:program:start -->\nold\n<!-- dls:program:end -->\n');
    const run = runDls(['readme'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/templates\/program\.md:3:\d+: /);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('\nold\n');
  });

  it('a misspelt variable is an error at its line and column, not a line silently left out', () => {
    const dir = templatedWorkshop('{{ headng }}\n\n{% for day in days %}{{ day.table }}{% endfor %}\n');
    const page = '# Page\n\n<!-- dls:program:start -->\nold\n<!-- dls:program:end -->\n';
    writeFileSync(join(dir, 'README.md'), page);
    const run = runDls(['readme'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('templates/program.md:1:4: undefined variable: headng; nothing was written');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(page);
    expect(runDls(['export', 'markdown', '--section', 'program'], { cwd: dir })).toMatchObject({ code: 1, stdout: '' });
  });

  it('every row has both session and item (one of them nil), so `{% if row.session %}` is no error', () => {
    const dir = templatedWorkshop('{% for day in days %}{% for row in day.rows %}{% if row.session %}S{% else %}{{ row.item.time }}{% endif %}\n{% endfor %}{% endfor %}');
    const run = runDls(['export', 'markdown', '--section', 'program'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('8:00--8:05\n');
  });

  it('gets the heading line alone and page.program_intro as intro, so text after {{ heading }} stays on the heading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-intro-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/program.md'), '{{ heading }} (updated)\n{% if intro != "" %}\n{{ intro }}\n{% endif %}');
    const page = { program_heading: '## Program', program_intro: '> All times are in {zone}.', templates: { program: 'templates/program.md' } };
    writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ page }));
    const run = runDls(['export', 'markdown', '--section', 'program'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^## Program \(updated\)\n\n> All times are in [A-Z]+\.\n/m);
  });

  it('a template file that is not there is named at its page.templates entry in workshop.yaml', () => {
    const dir = templatedWorkshop();
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8').replace('program: templates/program.md', 'program: templates/prog.md');
    writeFileSync(join(dir, 'workshop.yaml'), yaml);
    const lines = yaml.split('\n');
    const line = lines.findIndex((l) => l.includes('templates/prog.md'));
    const at = `workshop.yaml:${line + 1}:${lines[line]!.indexOf('templates/prog.md') + 1}`;
    const page = '# Page\n\n<!-- dls:program:start -->\nold\n<!-- dls:program:end -->\n';
    writeFileSync(join(dir, 'README.md'), page);
    const run = runDls(['readme'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`dls: ${at}: page.templates.program: templates/prog.md: no such template\n`);
    expect(run.stderr).toContain('dls template copy program');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(page);
    expect(runDls(['export', 'markdown'], { cwd: dir }).stderr).toContain(`dls: ${at}: `);
  });

  it('readme --check reads the template too, so CI needs no flags', () => {
    const dir = templatedWorkshop();
    writeFileSync(join(dir, 'README.md'), '# Page\n\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n');
    expect(runDls(['readme'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('### Our program');
    expect(runDls(['readme', '--check'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'README.md is up to date\n' });
  });
});
