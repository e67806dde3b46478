import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { headingsOf, outline, parseGfm } from './gfm.js';
import { linesOf, lostLines, regionText, replacedRanges, shown } from './page-check.js';

const FIXTURES = join(ROOT, 'test/fixtures/pages');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A folder with the page as README.md; `dls` runs there with the given workshop file. */
function site(page: string, yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'dls-pages-'));
  copyFileSync(join(FIXTURES, page), join(dir, 'README.md'));
  const dls = (...args: string[]) => runDls(['-f', join(FIXTURES, yaml), 'readme', ...args], { cwd: dir });
  return { dir, dls, read: () => readFileSync(join(dir, 'README.md'), 'utf8'), write: (t: string) => writeFileSync(join(dir, 'README.md'), t) };
}

/**
 * init, readme and --check through the CLI; the page afterwards, with the plan `--init` printed.
 * These pages write their lists and dates in their own way, so `--allow-rewrite` is given: what is checked is what a wrap may drop.
 */
function initAndRegenerate(page: string, yaml: string, ...more: string[]) {
  const flags = ['--allow-rewrite', ...more];
  const s = site(page, yaml);
  const plan = s.dls('--init', ...flags);
  expect(plan.code).toBe(0);
  expect(s.dls('--init', '--yes', ...flags).code).toBe(0);
  const regen = s.dls();
  expect(regen.code, regen.stderr).toBe(0);
  expect(s.dls('--check').code).toBe(0);
  return { plan: plan.stdout, after: s.read() };
}

describe('readme --init on pages shaped unlike SC19: no line of the page is lost', () => {
  it.each([
    ['three-days.md', 'three-days.yaml'],
    ['three-days.md', 'three-days-5.yaml'],
    ['nested.md', 'nested.yaml'],
    ['nested.md', 'flat-topics.yaml'],
  ])('%s with %s', (page, yaml) => {
    const before = fixture(page);
    const { plan, after } = initAndRegenerate(page, yaml);
    const ranges = replacedRanges(plan);
    expect(lostLines(before, after, ranges)).toEqual([]);
    // Where lines were replaced, the section shows at least as much as before, and no code block appears.
    for (const r of ranges) {
      const old = shown(linesOf(before, r.from, r.to));
      const now = shown(regionText(after, r.section));
      expect(now.listItems).toBeGreaterThanOrEqual(old.listItems);
      expect(now.tableRows).toBeGreaterThanOrEqual(old.tableRows);
      expect(now.cells).toBeGreaterThanOrEqual(old.cells);
      expect(now.paragraphs).toBeGreaterThanOrEqual(old.paragraphs);
    }
    expect(shown(after).code).toBe(shown(before).code);
  });

  it('says per section why it is not wrapped: no data, or fewer entries than the page shows', () => {
    const none = initAndRegenerate('three-days.md', 'three-days.yaml').plan;
    expect(none).toContain('committee: not wrapped: workshop.yaml has no committee (the page lists 33 people); add them, or run dls import (lines 58-90 unchanged)');
    expect(none).toContain('signup: not wrapped: workshop.yaml has no signup_url (the page has 1 heading); add it, or run dls import (line 5 unchanged)');
    // The file has no speakers for the talks the page names (and no session chairs).
    expect(none).toContain('program: not wrapped: workshop.yaml gives 21 filled table cells where the page has 23 filled table cells');
    const five = initAndRegenerate('three-days.md', 'three-days-5.yaml').plan;
    expect(five).toContain('committee: not wrapped: workshop.yaml gives 5 people where the page lists 33 people; add the missing ones, or run dls import (lines 58-90 unchanged)');
    expect(five).toContain('--allow-shrink, --allow-empty and --allow-rewrite wrap it anyway');
  });

  it('--allow-shrink wraps a section the file shows in part, and only that', () => {
    const { plan, after } = initAndRegenerate('three-days.md', 'three-days-5.yaml', '--allow-shrink');
    expect(plan).toContain('committee: replaces lines 58-90');
    expect(plan).toContain('previous: not wrapped');
    expect(shown(regionText(after, 'committee')).listItems).toBe(5);
  });

  it('run again once the file holds more, marks the rest and leaves the marked regions alone', () => {
    const s = site('three-days.md', 'three-days.yaml');
    expect(s.dls('--init', '--yes', '--allow-rewrite').code).toBe(0);
    const topics = regionText(s.read(), 'topics');
    const more = runDls(['-f', join(FIXTURES, 'three-days-5.yaml'), 'readme', '--init', '--yes', '--allow-shrink', '--allow-rewrite'], { cwd: s.dir });
    expect(more.code).toBe(0);
    expect(more.stdout).toContain('already marked: topics (lines 42-54), dates (lines 58-66)');
    expect(more.stdout).toContain('committee: replaces lines 70-102');
    expect(regionText(s.read(), 'topics')).toBe(topics);
    expect(shown(regionText(s.read(), 'committee')).listItems).toBe(5);
    const all = runDls(['-f', join(ROOT, 'workshop.yaml'), 'readme', '--init', '--allow-rewrite'], { cwd: s.dir });
    expect(all.stdout).toContain('signup: replaces line 5');
  });

  it('wraps a list with tab and four-space sub-items whole, and writes the nested topics', () => {
    const { plan, after } = initAndRegenerate('nested.md', 'nested.yaml');
    expect(plan).toContain('topics: replaces lines 7-11');
    const [topics] = parseGfm(after).children.filter((n): n is List => n.type === 'list');
    expect(outline(topics!)).toEqual([
      ['Applications', [['Climate', []], ['Materials science', []]]],
      ['Systems', [['Accelerators', []]]],
    ]);
    // No old item is left below the region.
    expect(after.match(/Materials science/g)).toHaveLength(1);
    expect(after).not.toContain('\t- ');
  });

  it('does not append an empty visible section the file has no data for', () => {
    const { plan, after } = initAndRegenerate('nested.md', 'nested.yaml');
    expect(plan).toContain('previous: not added: workshop.yaml has nothing for it yet');
    expect(plan).toContain('committee: not added');
    expect(headingsOf(after)).not.toContain('Previous Workshops');
    expect(headingsOf(after)).not.toContain('Organizing Committee');
    expect(plan).toContain('program: appended at the end');
  });
});

describe('dls readme never empties a region that shows something', () => {
  const marked = (body: string) => `# Page\n\n### Organizing Committee\n\n<!-- dls:committee:start -->\n${body}<!-- dls:committee:end -->\n`;

  it('refuses (exit 1, file untouched) when workshop.yaml has nothing for it', () => {
    const s = site('nested.md', 'nested.yaml');
    const page = marked('- Ada Lovelace, Analytical Engines\n- Grace Hopper, Navy\n');
    s.write(page);
    const r = s.dls();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('README.md:5:1 error dls:committee (lines 5-8) would be emptied: workshop.yaml has no committee (the page lists 2 people) (region-emptied)');
    expect(r.stderr).toContain('README.md was left untouched');
    expect(r.stderr).toContain('--allow-empty');
    expect(s.read()).toBe(page);
  });

  it('empties it with --allow-empty', () => {
    const s = site('nested.md', 'nested.yaml');
    s.write(marked('- Ada Lovelace\n'));
    expect(s.dls('--allow-empty').code).toBe(0);
    expect(s.read()).toBe(marked(''));
  });

  it('regenerates a region that only shrinks: the file is the source', () => {
    const s = site('nested.md', 'nested.yaml');
    s.write('<!-- dls:dates:start -->\n- a: 1\n- b: 2\n- c: 3\n<!-- dls:dates:end -->\n');
    expect(s.dls().code).toBe(0);
    expect(shown(s.read()).listItems).toBe(2);
  });

  it('takes --allow-shrink only with --init', () => {
    const r = site('nested.md', 'nested.yaml').dls('--allow-shrink');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--allow-shrink only goes with --init');
  });
});
