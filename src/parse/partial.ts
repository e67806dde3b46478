import type { Diagnostic } from '../diagnostics.js';
import type { Workshop } from '../model.js';
import type { SourceMap } from './source-map.js';
import type { PartialWorkshopFile, WorkshopFile } from './workshop-schema.js';
import { addDays } from './formats.js';

/** Stand-ins for required keys that could not be read, so the schedule rules still run. */
const STAND_IN_DATE = '2000-01-03';

/**
 * Rules that judge or name the workshop's `date` or the day of an item, which an item
 * without its own `date` takes from it (the order of the program compares those days): with no usable `date` that day is a stand-in
 * (the day before the first day an item gives, else {@link STAND_IN_DATE}), and a finding would be
 * about the stand-in, not the file ("the workshop `date` is 2000-01-03").
 */
const DAY_RULES = ['within-workshop-days', 'workshop-date-agrees', 'time-exists', 'item-within-session', 'talk-has-title', 'program-in-order'];

/**
 * The file with stand-ins for missing or invalid required keys (reported already),
 * and the rules whose verdict would be about a stand-in rather than the file: with no
 * usable `timezone`, times are compared in UTC and `time-exists` is not judged; with no
 * usable `date`, none of {@link DAY_RULES} is. Overlaps, double bookings and gaps still
 * run: items without a date share one day either way, a day apart from every dated item's,
 * so their verdicts stand.
 */
export function completeFile(parsed: PartialWorkshopFile): { complete: WorkshopFile; unchecked: string[] } {
  const unchecked: string[] = [];
  if (parsed.timezone === undefined) unchecked.push('time-exists');
  if (parsed.date === undefined) unchecked.push(...DAY_RULES);
  // The stand-in is a day no item gives (the day before the earliest one): items without a
  // date share it and are compared among themselves, never with items of a dated day.
  const dated = (parsed.program ?? []).flatMap((i) => (i?.date === undefined ? [] : [i.date])).sort();
  const firstDay = dated[0] === undefined ? undefined : addDays(dated[0], -1);
  const complete: WorkshopFile = {
    ...parsed,
    id: parsed.id ?? 'workshop',
    title: parsed.title ?? '',
    timezone: parsed.timezone ?? 'UTC',
    date: parsed.date ?? firstDay ?? STAND_IN_DATE,
    program: parsed.program ?? [],
  };
  return { complete, unchecked };
}

/** Items left out of the rules: one info diagnostic each, and which findings their absence would make wrong. */
export interface Skipped {
  diagnostics: Diagnostic[];
  /** True for a finding that a skipped item could explain: a gap on the day of a skipped item. */
  hides(d: Diagnostic, workshop: Workshop): boolean;
}

/** The program items that could not be read, and so are left out of the schedule rules. */
export function skippedItems(parsed: PartialWorkshopFile, source: SourceMap, file: string): Skipped {
  const holes: number[] = [];
  (parsed.program ?? []).forEach((item, index) => item === undefined && holes.push(index));
  const days = new Set(holes.map((i) => source.raw(['program', i, 'date']) ?? parsed.date));
  const diagnostics = holes.map((index): Diagnostic => {
    const path = ['program', index];
    const title = source.raw([...path, 'title']);
    const what = title ? `program[${index}] (${title})` : `program[${index}]`;
    return { severity: 'info', ruleId: 'skipped-item', message: `${what} has errors, so the schedule rules skipped it (overlaps, gaps, double bookings); fix them and check again`, file, path, ...source.locate(path) };
  });
  const hides = (d: Diagnostic, w: Workshop): boolean => {
    if (d.ruleId !== 'no-unaccounted-gap' || d.path?.[0] !== 'program') return false;
    const item = w.program.find((i) => i.index === d.path?.[1]);
    return item !== undefined && days.has(item.date);
  };
  return { diagnostics, hides };
}
