import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../helpers/workshop.js';
import { exportIcs, readIcs } from './read-ics.js';

const importantDates = [
  { label: 'Papers due', date: '2019-09-16', was: ['2019-09-01'] },
  { label: 'Workshop', date: '2019-11-17' },
];
const deadlines = (overrides: Record<string, unknown>) => readIcs(exportIcs(createWorkshop({ important_dates: importantDates, ...overrides }), { scope: { kind: 'deadlines' } })).events;
const iso = (ms: number) => new Date(ms).toISOString();

describe('the important-dates calendar (--deadlines)', () => {
  it('shows a deadline at 23:59 on its day in the workshop zone (MDT in September)', () => {
    const [due] = deadlines({});
    expect(iso(due!.startMs)).toBe('2019-09-17T05:59:00.000Z');
    expect(due!.summary).toBe('Papers due: Test Workshop');
    expect(due!.description).toContain('earlier deadline: 2019-09-01');
  });

  it('shows an Anywhere-on-Earth deadline at 23:59 UTC-12, which is 11:59Z the next day', () => {
    const [due] = deadlines({ deadline_timezone: 'AoE' });
    expect(iso(due!.startMs)).toBe('2019-09-17T11:59:00.000Z');
    expect(due!.description).toContain('Anywhere on Earth');
  });

  it('writes the workshop day as an all-day event whose end date is the exclusive day after', () => {
    const day = deadlines({})[1]!;
    expect([day.allDay, day.startDay, day.endDay]).toEqual([true, '2019-11-17', '2019-11-18']);
  });

  it('spans every day of a multi-day workshop, across a month end', () => {
    const day = deadlines({ date: '2019-11-29', end_date: '2019-12-01', important_dates: [{ label: 'Workshop', date: '2019-11-30' }] })[0]!;
    expect([day.startDay, day.endDay]).toEqual(['2019-11-29', '2019-12-02']);
  });

  it('keeps a deadline UID when the deadline is extended', () => {
    const uid = deadlines({})[0]!.uid;
    expect(deadlines({ important_dates: [{ label: 'Papers due', date: '2019-09-20' }] })[0]!.uid).toBe(uid);
  });
});
