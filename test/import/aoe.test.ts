import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { readIcs } from '../ics/read-ics.js';

function imported(page: string): { dir: string; stdout: string; yaml: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dls-import-aoe-'));
  writeFileSync(join(dir, 'README.md'), page);
  const run = runDls(['import', 'README.md'], { cwd: dir });
  expect(run.code).toBe(0);
  return { dir, stdout: run.stdout, yaml: readFileSync(join(dir, 'workshop.yaml'), 'utf8') };
}

/** 23:59 on `day` Anywhere on Earth (UTC-12), as epoch ms. */
const aoe = (day: string) => Date.parse(`${day}T23:59:00-12:00`);
const dueOf = (dir: string) => Object.fromEntries(readIcs(runDls(['export', 'ics', '--deadlines'], { cwd: dir }).stdout).events.filter((e) => !e.allDay).map((e) => [e.summary.split(':')[0]!, e.startMs]));

describe('dls import reads Anywhere on Earth deadlines', () => {
  it('a page-wide "All deadlines are Anywhere on Earth (AoE)." after the list: every calendar deadline is 23:59 AoE', () => {
    const page = '# RSE-AI 2026: Research Software Engineering for AI\n\nHeld in conjunction with [ISC 2026](https://isc-hpc.com)\n\nThe workshop will take place in Hamburg, Germany.\n\n## Important Dates\n\n- Submission deadline: ~~May 1~~ May 15, 2026\n- Author notification: June 5, 2026\n- Workshop: June 26, 2026\n\nAll deadlines are Anywhere on Earth (AoE).\n';
    const { dir, yaml } = imported(page);
    expect(yaml).toContain('deadline_timezone: AoE\n');
    expect(yaml).toContain('aoe_line: All deadlines are Anywhere on Earth (AoE).\n');
    expect(dueOf(dir)).toEqual({ 'Submission deadline': aoe('2026-05-15'), 'Author notification': aoe('2026-06-05') });
    expect(runDls(['export', 'markdown', '--section', 'dates'], { cwd: dir }).stdout).toContain('- Submission deadline: ~~May 1~~ May 15, 2026\n- Author notification: June 5, 2026\n- Workshop: June 26, 2026\n\nAll deadlines are Anywhere on Earth (AoE).\n');
  });

  it('a date\'s own "(Anywhere on Earth)" stays as the page says it, and is still 23:59 AoE in the calendar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-aoe-'));
    copyFileSync(join(ROOT, 'test/fixtures/import/aoe-mark-own-words.md'), join(dir, 'README.md'));
    runDls(['import', 'README.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('aoe_mark: "(Anywhere on Earth)"\n');
    expect(dueOf(dir)['Papers due']).toBe(aoe('2026-08-08'));
    expect(runDls(['export', 'markdown', '--section', 'dates'], { cwd: dir }).stdout).toContain('- Papers due: Aug 8th, 2026 (Anywhere on Earth)\n');
  });

  it('`(AoE)` on one date makes that one AoE; the others stay in the workshop zone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-import-aoe-'));
    copyFileSync(join(ROOT, 'test/fixtures/import/aoe-per-date.md'), join(dir, 'README.md'));
    const run = runDls(['import', 'README.md'], { cwd: dir });
    expect(run.stdout).toContain('README.md:line 7: says Anywhere on Earth (AoE) where import cannot tell which deadlines it means');
    const due = dueOf(dir);
    expect(due['Papers due']).toBe(aoe('2026-08-08'));
    expect(due['Camera-ready']).toBe(aoe('2026-09-18'));
    expect(due.Notification).toBe(Date.parse('2026-09-04T23:59:00-05:00'));
  });

  it('reads back what dls writes: "(AoE, UTC-12)" after a date', () => {
    const { yaml } = imported('# W\n\nHeld in conjunction with SC26 in Chicago, IL.\n\n## Dates\n\n- Papers due: Aug 8th, 2026 (AoE, UTC-12)\n- Notification: Sep 4th, 2026\n- Workshop date: Nov 15th, 2026\n');
    expect(yaml).toContain('{ label: Papers due, date: 2026-08-08, aoe: true }');
    expect(yaml).not.toContain('deadline_timezone');
  });
});
