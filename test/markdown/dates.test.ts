import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { writeSection } from '../../src/formats/markdown/registry.js';
import { createWorkshop } from '../helpers/workshop.js';
import { listItemsOf, parseGfm, visible } from './gfm.js';

const dates = (overrides: Record<string, unknown>) => writeSection('dates', createWorkshop(overrides), DEFAULT_MARKDOWN_OPTIONS);

describe('the important dates', () => {
  it('strikes every earlier deadline, oldest first, with ordinal days', () => {
    const md = dates({ important_dates: [{ label: 'Papers due', date: '2019-09-23', was: ['2019-09-01', '2019-09-02', '2019-09-03', '2019-09-11'] }] });
    expect(listItemsOf(md)).toEqual(['Papers due: ~~Sep 1st, 2019~~ ~~Sep 2nd, 2019~~ ~~Sep 3rd, 2019~~ ~~Sep 11th, 2019~~ Sep 23rd, 2019']);
  });

  it('says when deadlines are Anywhere on Earth', () => {
    const md = dates({ deadline_timezone: 'AoE', important_dates: [{ label: 'Papers due', date: '2019-09-16' }] });
    expect(parseGfm(md).children.map(visible)).toContain('All deadlines are Anywhere on Earth (AoE, UTC-12).');
  });

  it('prints nothing, not even the Liquid guard, without dates', () => {
    expect(dates({})).toBe('');
  });
});
