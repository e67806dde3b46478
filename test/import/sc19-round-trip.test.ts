import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../src/model.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { ROOT, runDls } from '../helpers/cli.js';

const PAGE = join(ROOT, 'test/fixtures/dls-sc19-page.md');

/** What a reader of the page sees of a workshop, ids aside. */
export function visible(w: Workshop) {
  const person = (p: { name: string; affiliation?: string }) => `${p.name} / ${p.affiliation ?? ''}`;
  return {
    items: w.program.map((i) => ({ date: i.date, start: i.start, end: i.end, title: i.title, kind: i.kind, speakers: i.speakers.map(person) })),
    committee: w.committee.map((c) => ({ who: person(c.person), country: c.person.country, role: c.role })),
    dates: w.importantDates.map((d) => ({ label: d.label, date: d.date, was: d.was })),
  };
}

const load = (path: string) => {
  const r = parseWorkshop(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.workshop;
};

describe('dls import on the shipped SC19 page', () => {
  let dir: string;
  let run: ReturnType<typeof runDls>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dls-import-'));
    copyFileSync(PAGE, join(dir, 'README.md'));
    run = runDls(['import', 'README.md', '--yes'], { cwd: dir });
  });

  it('imports every section at 100% fidelity and marks them', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const section of ['signup', 'program', 'topics', 'dates', 'committee', 'previous']) expect(run.stdout).toMatch(new RegExp(`^  ${section} +(\\d+)/\\1 \\(100%\\)`, 'm'));
    expect(run.stdout).not.toContain(' vs generated ');
  });

  it('gives a workshop.yaml that checks clean and whose readme --check passes against the page', () => {
    copyFileSync(join(ROOT, 'workshop.schema.json'), join(dir, 'workshop.schema.json'));
    expect(runDls(['schedule', 'check'], { cwd: dir })).toMatchObject({ code: 0 });
    const check = runDls(['readme', '--check'], { cwd: dir });
    expect(check.stdout).toBe('README.md is up to date\n');
    expect(check.code).toBe(0);
  });

  it('holds the same items, times, people and dates as the shipped workshop.yaml, ids aside', () => {
    expect(visible(load(join(dir, 'workshop.yaml')))).toEqual(visible(load(join(ROOT, 'workshop.yaml'))));
  });

  it('keeps one people entry per person, with the committee variant as an override', () => {
    const yaml = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(yaml).toContain('  foster: { name: Ian T. Foster, affiliation: UChicago and ANL, country: USA }');
    expect(yaml).toContain('  - { person: foster, name: Ian Foster, affiliation: UChicago & ANL, role: co-chair }');
    expect(yaml).toContain('  - { person: mattmann, affiliation: "JPL, Caltech & USC" }');
    expect(yaml.match(/^ {2}matsuoka:/gm)).toHaveLength(1);
  });

  it('changed the page only between markers (and a blank line before the topics marker)', () => {
    const before = readFileSync(PAGE, 'utf8');
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    const outside = after.replace(/<!-- dls:(\w+):start -->\n[\s\S]*?<!-- dls:\1:end -->\n/g, '');
    const removed = before.split('\n').filter((l) => !outside.split('\n').includes(l));
    expect(removed.every((l) => /^(\||- |#|\[)/.test(l))).toBe(true);
  });

  it('leaves the page alone without --yes, and refuses to overwrite workshop.yaml without --force', () => {
    const second = mkdtempSync(join(tmpdir(), 'dls-import-'));
    copyFileSync(PAGE, join(second, 'README.md'));
    const first = runDls(['import', 'README.md'], { cwd: second });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('README.md was left as it is');
    expect(readFileSync(join(second, 'README.md'), 'utf8')).toBe(readFileSync(PAGE, 'utf8'));
    writeFileSync(join(second, 'workshop.yaml'), 'mine\n');
    const again = runDls(['import', 'README.md'], { cwd: second });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('workshop.yaml already exists; not overwriting it');
    expect(readFileSync(join(second, 'workshop.yaml'), 'utf8')).toBe('mine\n');
  });

  it('keeps a page with CRLF line endings in CRLF, markers included, and readme --check passes', () => {
    const crlf = mkdtempSync(join(tmpdir(), 'dls-import-'));
    writeFileSync(join(crlf, 'README.md'), readFileSync(PAGE, 'utf8').replace(/\n/g, '\r\n'));
    expect(runDls(['import', 'README.md', '--yes'], { cwd: crlf }).code).toBe(0);
    const after = readFileSync(join(crlf, 'README.md'), 'utf8');
    expect(after.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
    expect(runDls(['readme', '--check'], { cwd: crlf }).code).toBe(0);
  });
});
