import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { writeSection } from '../../src/formats/markdown/registry.js';
import { headingsOf, listItemsOf, parseGfm, tableOf, visible } from './gfm.js';
import { existsSync, readFileSync } from 'node:fs';
import { FIXTURE_SEED_PATH, SEED_PAGE, SHARED_SEED_PATH, shippedWorkshop } from './sc19.js';

// Golden test against the real page: both sides are read back with a GFM parser and
// compared cell by cell, white space collapsed. Where the seed page has a typo, dls
// prints the corrected text; each correction is listed here, with the seed's text.
const SEED_TYPOS: Record<string, string> = {
  // A stray space before the comma.
  'Thorsten Kurth , LBNL': 'Thorsten Kurth, LBNL',
  'Sofia Vallecorsa , CERN, Switzerland': 'Sofia Vallecorsa, CERN, Switzerland',
  // The keynote title's double space ("Efforts of  HPC") vanishes when white space is
  // collapsed, and dls prints a single space.
};
const fixTypos = (cells: string[]) => cells.map((c) => SEED_TYPOS[c] ?? c);

const workshop = shippedWorkshop();
const generate = (section: Parameters<typeof writeSection>[0]) => writeSection(section, workshop, DEFAULT_MARKDOWN_OPTIONS);

describe('the generated page matches the real SC19 page', () => {
  it('has the same program table, cell for cell', () => {
    const ours = tableOf(generate('program'));
    const seed = tableOf(SEED_PAGE).map(fixTypos);
    expect(ours).toEqual(seed);
    expect(ours).toHaveLength(17);
  });

  it('prints the program heading with the closing parenthesis the seed forgot', () => {
    const [ours] = headingsOf(generate('program'));
    const seed = headingsOf(SEED_PAGE).find((h) => h.startsWith('Program'));
    // Seed typo: "### Program (Nov 17th, ... [502-503-504](url)" lacks the final ")".
    expect(ours).toBe(`${seed})`);
    expect(ours).toBe('Program (Nov 17th, 9AM--5:30PM, Location: [502-503-504](https://sc19.supercomputing.org/map/?location=r502-503-504))');
  });

  it('has the same important dates, extensions struck through oldest first', () => {
    const ours = listItemsOf(generate('dates'));
    expect(ours).toEqual(listItemsOf(SEED_PAGE, 'Import Dates'));
    expect(ours[0]).toBe('Papers due: ~~Sep 1st, 2019~~ ~~Sep 11th, 2019~~ Sep 16th, 2019');
  });

  it('has the same organizing committee', () => {
    const ours = listItemsOf(generate('committee'));
    expect(ours).toEqual(fixTypos(listItemsOf(SEED_PAGE, 'Organizing Committee')));
    expect(ours).toContain('Ian Foster (co-chair), UChicago & ANL, USA');
  });

  it('has the same topics, sign-up line and previous workshops', () => {
    expect(listItemsOf(generate('topics'))).toEqual(listItemsOf(SEED_PAGE, 'Topics include'));
    expect(headingsOf(generate('signup'))).toEqual(headingsOf(SEED_PAGE).filter((h) => h.startsWith('Please sign up')));
    const seedPrevious = parseGfm(SEED_PAGE).children;
    const after = seedPrevious.slice(seedPrevious.findIndex((n) => n.type === 'heading' && visible(n) === 'Previous Workshop') + 1);
    expect(parseGfm(generate('previous')).children.filter((n) => n.type !== 'html').map(visible)).toEqual(after.map(visible));
  });
});

describe('the copy of the SC19 page in test/fixtures', () => {
  it.runIf(existsSync(SHARED_SEED_PATH))('is byte-identical to shared/reference, so a clone without shared/ tests the same page', () => {
    expect(readFileSync(FIXTURE_SEED_PATH, 'utf8')).toBe(readFileSync(SHARED_SEED_PATH, 'utf8'));
  });
});
