import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { headingsOf, listItemsOf, tableOf } from './gfm.js';

/** A folder with workshop.yaml carrying `page`. */
function withPage(page: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-page-'));
  writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ page, important_dates: [{ label: 'Papers due', date: '2019-09-16', was: ['2019-09-01'] }], ...extra }));
  return dir;
}

const STYLE = { clock: '12', separator: 'en-dash', month: 'long', day_first: true, ordinals: false, zone_label: 'header', time_header: 'When', title_header: 'Talk', affiliation: 'italic', keynote: 'bold-prefix', program_heading: '## Schedule ({date}, {window})' };

describe('page: in workshop.yaml sets the page style for every Markdown command', () => {
  it('export markdown writes the program in the page style, with no flags', () => {
    const dir = withPage(STYLE, { program: [{ start: '9:00', end: '10:00', title: 'Big Talk', kind: 'keynote', speakers: [{ name: 'Ada Lovelace', affiliation: 'Analytical Engines' }] }] });
    const md = runDls(['export', 'markdown', '--section', 'program'], { cwd: dir }).stdout;
    expect(headingsOf(md)).toEqual(['Schedule (17 November, 9AM–10AM)']);
    expect(tableOf(md)).toEqual([
      ['When (MST)', 'Talk', 'Speaker'],
      ['9:00AM–10:00AM', '**Keynote:** Big Talk', 'Ada Lovelace, *Analytical Engines*'],
    ]);
    expect(listItemsOf(runDls(['export', 'markdown', '--section', 'dates'], { cwd: dir }).stdout)).toEqual(['Papers due: ~~1 September 2019~~ 16 September 2019']);
  });

  it('a flag overrides the page style for one run', () => {
    const dir = withPage(STYLE);
    const md = runDls(['export', 'markdown', '--section', 'program', '--clock', '24', '--separator', '--', '--zone-label', 'none'], { cwd: dir }).stdout;
    expect(tableOf(md)[0]).toEqual(['When', 'Talk', 'Speaker']);
    expect(tableOf(md)[1]![0]).toBe('9:00--9:30');
  });

  it('readme --check compares with the page style, so CI needs no flags', () => {
    const dir = withPage(STYLE);
    writeFileSync(join(dir, 'README.md'), '# W\n\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n');
    expect(runDls(['readme'], { cwd: dir }).code).toBe(0);
    expect(runDls(['readme', '--check'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'README.md is up to date\n' });
    expect(runDls(['readme', '--check', '--clock', '24'], { cwd: dir }).code).toBe(1);
  });

  it('names a bad page key with its line and what is expected', () => {
    const dir = withPage({ clock: '13' });
    const run = runDls(['schedule', 'check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/workshop\.yaml:\d+:\d+ .*`page\.clock` is "?13"?; expected one of seed, 12, 24/);
  });
});
