import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { listItemsOf, tableOf } from './gfm.js';

const WORKSHOP = join(ROOT, 'workshop.yaml');
const dls = (args: string[], cwd: string) => runDls(['-f', WORKSHOP, ...args], { cwd });
const tmp = () => mkdtempSync(join(tmpdir(), 'dls-readme-'));
const STALE = 'Hello  \r\n\r\n<!-- dls:dates:start -->\r\n- Papers due: soon\r\n<!-- dls:dates:end -->\r\nBye';

describe('dls export markdown', () => {
  it('prints one section to standard output', () => {
    const r = dls(['export', 'markdown', '--section', 'dates'], ROOT);
    expect(r.code).toBe(0);
    expect(listItemsOf(r.stdout)[3]).toBe('Workshop date: Nov 17th, 2019');
  });

  it('writes every section to -o', () => {
    const dir = tmp();
    const r = dls(['export', 'markdown', '-o', 'page.md'], dir);
    expect(r.code).toBe(0);
    expect(tableOf(readFileSync(join(dir, 'page.md'), 'utf8'))).toHaveLength(17);
  });

  it('rejects an unknown section and a bad zone as usage errors', () => {
    expect(dls(['export', 'markdown', '--section', 'progam'], ROOT).code).toBe(2);
    const r = dls(['export', 'markdown', '--second-zone', 'Mars/Olympus'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected an IANA zone');
  });
});

describe('dls readme', () => {
  it('rewrites only the regions, then reports the README current', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.md'), STALE);
    expect(dls(['readme'], dir).code).toBe(0);
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(after.startsWith('Hello  \r\n\r\n<!-- dls:dates:start -->\r\n')).toBe(true);
    expect(after.endsWith('<!-- dls:dates:end -->\r\nBye')).toBe(true);
    expect(listItemsOf(after)[0]).toBe('Papers due: ~~Sep 1st, 2019~~ ~~Sep 11th, 2019~~ Sep 16th, 2019');
    expect(readdirSync(dir)).toEqual(['README.md']);
    expect(dls(['readme', '--check'], dir).code).toBe(0);
  });

  it('names only the sections that changed, and leaves a current README alone', () => {
    const dir = tmp();
    const file = join(dir, 'README.md');
    writeFileSync(file, '<!-- dls:dates:start -->\n<!-- dls:dates:end -->\n\n<!-- dls:committee:start -->\n<!-- dls:committee:end -->\n');
    expect(dls(['readme'], dir).stdout.split('\n')[0]).toBe('updated README.md (dates, committee)');
    // A line typed between markers is replaced, and shown: never lost unseen.
    writeFileSync(file, readFileSync(file, 'utf8').replace('Papers due', 'Papers were due'));
    const [updated, where, removed, added] = dls(['readme'], dir).stdout.split('\n');
    expect(updated).toBe('updated README.md (dates)');
    expect(where).toMatch(/^README\.md:1-\d+ dls:dates regenerated:$/);
    expect([removed, added]).toEqual(['  -- Papers were due: ~~Sep 1st, 2019~~ ~~Sep 11th, 2019~~ Sep 16th, 2019', '  +- Papers due: ~~Sep 1st, 2019~~ ~~Sep 11th, 2019~~ Sep 16th, 2019']);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    const r = dls(['readme'], dir);
    expect(r.stdout).toBe('README.md is up to date\n');
    expect(statSync(file).mtime).toEqual(past);
  });

  it('keeps a byte-order mark and a missing final newline', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.md'), Buffer.from(`\ufeff${STALE}`, 'utf8'));
    expect(dls(['readme'], dir).code).toBe(0);
    const bytes = readFileSync(join(dir, 'README.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').endsWith('\r\nBye')).toBe(true);
  });

  it('--check writes nothing and exits 1 with a short diff when stale', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.md'), STALE);
    const r = dls(['readme', '--check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('README.md:3-5 dls:dates is stale');
    expect(r.stdout).toContain('  -- Papers due: soon');
    expect(r.stdout).toContain('  +- Papers due: ~~Sep 1st, 2019~~');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(STALE);
  });

  it('leaves a README with broken markers untouched and names the lines', () => {
    const dir = tmp();
    const broken = 'x\n<!-- dls:program:start -->\n<!-- dls:dates:start -->\n<!-- dls:dates:end -->\n';
    writeFileSync(join(dir, 'README.md'), broken);
    const r = dls(['readme'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('README.md:3:1 error dls:dates:start inside dls:program, opened on line 2');
    expect(r.stderr).toContain('README.md:2:1 error dls:program:start is never closed');
    expect(r.stderr).toContain('left untouched');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(broken);
  });

  it('--init shows its plan, writes only with --yes, and the result is current', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.md'), '# DLS\n\n### Organizing Committee\n- Someone\n');
    // "- Someone" is the page's own line: it is replaced only with --allow-rewrite, and the plan shows it.
    const dry = dls(['readme', '--init', '--allow-rewrite'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('committee: replaces line 4');
    expect(dry.stdout).toMatch(/ {4}line 4: page "- Someone" vs generated "- .+"\n/);
    expect(dry.stdout).toContain('program: appended at the end');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# DLS\n\n### Organizing Committee\n- Someone\n');
    expect(dls(['readme', '--init', '--yes', '--allow-rewrite'], dir).code).toBe(0);
    expect(listItemsOf(readFileSync(join(dir, 'README.md'), 'utf8'), 'Organizing Committee')).toHaveLength(35);
    expect(dls(['readme', '--check'], dir).code).toBe(0);
    expect(dls(['readme', '--init'], dir).code).toBe(1);
  });

  it('refuses --init with --check, and --yes without --init, as usage errors', () => {
    const dir = tmp();
    expect(dls(['readme', '--init', '--check'], dir).code).toBe(2);
    expect(dls(['readme', '--yes'], dir).stderr).toContain('--yes only goes with --init');
  });

  it('says how to start when the README has no markers', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.md'), '# Nothing here\n');
    const r = dls(['readme'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dls readme --init');
    // A user's repository has no docs/ of ours: point to what they have.
    expect(r.stderr).not.toContain('docs/');
    expect(r.stderr).toContain('dls readme --help');
  });
});
