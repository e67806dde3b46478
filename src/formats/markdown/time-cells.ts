import type { ProgramItem, Workshop } from '../../model.js';
import { zoneLabel } from '../../time.js';
import { formatClock } from './format-time.js';
import { SEPARATORS, type MarkdownOptions } from './options.js';
import { dayShift, labelRange, rangeEnd } from './zoned-range.js';

/** The Time cell of an item, as the built-in table writes it: labelled where its zone label differs from that of the day's `first` item. */
export function timeCell(item: ProgramItem, workshop: Workshop, options: MarkdownOptions, first: ProgramItem): string {
  return timeRange(item, workshop.timezone, options, shownLabel(options, zoneLabel(first.startMs, workshop.timezone)));
}

/** The label a cell may leave out: the header's; `undefined` labels each cell; `''` none. */
const shownLabel = (options: MarkdownOptions, label: string) => (options.zoneLabel === 'header' || options.zoneLabel === 'both' ? label : options.zoneLabel === 'cell' ? undefined : '');

/**
 * The item's time in `zone`, read from its instants. With `shown` (the header's
 * label), a row whose ends have another label (after a daylight-saving change) says
 * so; in another zone than the item's, `(+1)` and the like mark other days there.
 * With `shown` undefined, every range is labelled (`page.zone_label: cell`); with
 * `''`, no labels: the wall clock the organizer wrote. A point in time is one time.
 */
export function timeRange(item: ProgramItem, zone: string, options: MarkdownOptions, shown: string | undefined): string {
  const clock = (time: string) => formatClock(time, options.clock === '12', options.compactTimes, options);
  const start = rangeEnd(item.startMs, zone, { time: item.start, date: item.date });
  // `page.times: start` prints an item as a point in time: the start alone, labelled as a point is.
  if (item.point || options.times === 'start') return clock(start.time) + (shown === '' || start.label === shown ? '' : ` ${start.label}`) + (shown === '' ? '' : dayShift(start, start, item.date));
  const end = rangeEnd(item.endMs, zone, { time: item.end, date: item.date });
  if (shown === '') return labelRange({ ...start, label: '' }, { ...end, label: '' }, clock, SEPARATORS[options.separator]);
  return labelRange(start, end, clock, SEPARATORS[options.separator], shown) + dayShift(start, end, item.date);
}
