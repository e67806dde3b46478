import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { regionText } from './page-check.js';

const WORKSHOP = `id: dls-2026
title: Deep Learning on Supercomputers
timezone: Europe/Berlin
date: 2026-06-26
important_dates:
  - { label: Paper submission, date: 2026-05-15, was: [2026-05-01] }
  - { label: Notification, date: 2026-06-05 }
program:
  - { start: "9:00", end: "9:15", title: Opening, kind: opening }
  - { start: "9:15", end: "10:00", title: Scaling Laws, speakers: [{ name: Ada Lovelace, affiliation: ETH }] }
`;

// The program differs from what dls writes in spacing only; the dates say "~~May 1~~" where dls writes "~~May 1st, 2026~~".
const PROGRAM = '### Program (Jun 26th, 9AM--10AM)\n\n| Time | Title | Speaker |\n|---|---|---|\n|  9:00--9:15 | Opening | |\n| 9:15--10:00 | Scaling Laws | Ada Lovelace , ETH |\n';
const DATES = '### Important Dates\n\n- Paper submission: ~~May 1~~ May 15th, 2026\n- Notification: Jun 5th, 2026\n';
const difference = (line: number) => `    line ${line}: page "- Paper submission: ~~May 1~~ May 15th, 2026" vs generated "- Paper submission: ~~May 1st, 2026~~ May 15th, 2026"\n`;

function site(page: string, workshop = WORKSHOP) {
  const dir = mkdtempSync(join(tmpdir(), 'dls-rewrite-'));
  writeFileSync(join(dir, 'workshop.yaml'), workshop);
  writeFileSync(join(dir, 'README.md'), page);
  return { dls: (...args: string[]) => runDls(['readme', ...args], { cwd: dir }), read: () => readFileSync(join(dir, 'README.md'), 'utf8') };
}

describe('readme --init never rewrites a line of the page unseen', () => {
  it('shows the lines that would change, and exits 1 naming --allow-rewrite (plan)', () => {
    const s = site(`# DLS 2026\n\n${PROGRAM}\n${DATES}`);
    const r = s.dls('--init');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  dates: not wrapped: regenerating it would change 1 line the page has; make workshop.yaml or its page: style match (lines 12-13 unchanged)\n' + difference(12));
    expect(r.stderr).toContain('dls: README.md: dates left unmarked');
    expect(r.stderr).toContain('pass --allow-rewrite');
  });

  it('with --yes leaves that section byte for byte, and marks one that differs in spacing only', () => {
    const page = `# DLS 2026\n\n${PROGRAM}\n${DATES}`;
    const s = site(page);
    const r = s.dls('--init', '--yes');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  program: replaces lines 3-8 (3 lines take dls's spacing)\n");
    expect(s.read()).toContain(`\n${DATES}`);
    expect(s.read()).not.toContain('dls:dates:start');
    expect(regionText(s.read(), 'program')).toContain('| 9:15--10:00 | Scaling Laws | Ada Lovelace, ETH |');
    expect(s.dls('--check').code).toBe(0);
  });

  it('writes nothing when every section to mark would change', () => {
    const page = `# DLS 2026\n\n${PROGRAM.replace('|  9:00--9:15 |', '| 09:00--09:15 |')}\n${DATES}`;
    const s = site(page);
    const r = s.dls('--init', '--yes');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('    line 7: page "| 09:00--09:15 | Opening | |" vs generated "| 9:00--9:15 | Opening |  |"\n');
    expect(r.stdout).toContain(difference(12));
    expect(r.stderr).toContain('dls: README.md: program, dates left unmarked');
    expect(s.read()).toBe(page);
  });

  it('--allow-rewrite wraps it, listing what changes first', () => {
    const s = site(`# DLS 2026\n\n${DATES}`);
    const r = s.dls('--init', '--yes', '--allow-rewrite');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  dates: replaces lines 5-6\n' + difference(5));
    expect(regionText(s.read(), 'dates')).toContain('~~May 1st, 2026~~');
  });

  it('takes --allow-rewrite only with --init', () => {
    const r = site('# DLS\n').dls('--allow-rewrite');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--allow-rewrite only goes with --init');
  });
});

describe('readme --init appends a section only when workshop.yaml has data for it', () => {
  const noProgram = WORKSHOP.replace(/program:[\s\S]*$/, 'program: []\n');

  it('an empty program is no data: the page keeps its own sentence and gets no placeholder', () => {
    const page = `# DLS 2026\n\nThe program will follow in May.\n\n${DATES.replace('~~May 1~~', '~~May 1st, 2026~~')}`;
    const s = site(page, noProgram);
    const r = s.dls('--init', '--yes');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  program: not added: workshop.yaml has nothing for it yet\n');
    expect(s.read()).not.toContain('The program will be announced here');
    expect(s.read()).not.toContain('### Program');
    expect(s.read()).toContain('dls:dates:start');
  });

  it('an empty program of a cancelled edition is data: the status is shown', () => {
    const s = site('# DLS 2026\n', noProgram.replace('date: 2026-06-26\n', 'date: 2026-06-26\nstatus: cancelled\n'));
    const r = s.dls('--init', '--yes');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  program: appended at the end\n');
    expect(s.read()).toContain('**Cancelled.**');
  });
});
