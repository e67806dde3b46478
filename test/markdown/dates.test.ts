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

  it('with was_year: omit, leaves the year off a struck date in the year of the date in force only', () => {
    const workshop = createWorkshop({ important_dates: [{ label: 'Papers due', date: '2026-01-15', was: ['2025-12-20', '2026-01-05'] }] });
    const md = writeSection('dates', workshop, { ...DEFAULT_MARKDOWN_OPTIONS, wasYear: 'omit', ordinals: false });
    expect(listItemsOf(md)).toEqual(['Papers due: ~~Dec 20, 2025~~ ~~Jan 5~~ Jan 15, 2026']);
  });

  it('with was_ordinals, writes struck dates with or without ordinals whatever the dates in force do', () => {
    const workshop = createWorkshop({ important_dates: [{ label: 'Papers due', date: '2025-08-08', was: ['2025-08-01'] }] });
    const struck = (o: object) => listItemsOf(writeSection('dates', workshop, { ...DEFAULT_MARKDOWN_OPTIONS, wasYear: 'omit', ...o }));
    expect(struck({ wasOrdinals: false })).toEqual(['Papers due: ~~Aug 1~~ Aug 8th, 2025']);
    expect(struck({ ordinals: false, wasOrdinals: true })).toEqual(['Papers due: ~~Aug 1st~~ Aug 8, 2025']);
    expect(struck({})).toEqual(['Papers due: ~~Aug 1st~~ Aug 8th, 2025']);
  });

  it('prints nothing, not even the Liquid guard, without dates', () => {
    expect(dates({})).toBe('');
  });
});
