import { DateTime } from 'luxon';
import type { ProgramItem } from '../../model.js';
import { zoneLabel } from '../../time.js';
import type { SchedulePaint } from './cells.js';

/**
 * The time axis of one day in `dls schedule show`: positions are real minutes since
 * the day's midnight, from the instants, so a day with a daylight-saving change is
 * drawn to scale (1:00-3:00 on a spring-forward day is 60 minutes) and the clock in
 * the time column is read back from the instant (3:00, not 2:00).
 */

const midnights = new Map<string, number>();

/** Epoch ms of the start of `date` in `zone` (memoized: every item of a day asks). */
function midnight(date: string, zone: string): number {
  const key = `${zone} ${date}`;
  let ms = midnights.get(key);
  if (ms === undefined) midnights.set(key, (ms = DateTime.fromISO(date, { zone }).startOf('day').toMillis()));
  return ms;
}

/**
 * Minutes since midnight of an item's start and end, measured on the instants. A time
 * the clocks skip (no instant) is placed where luxon puts it, just after the gap.
 */
export function span(i: ProgramItem, zone: string): [number, number] {
  const known = spans.get(i);
  if (known?.zone === zone) return known.span;
  const day = midnight(i.date, zone);
  const at = (ms: number, wall: string) => Math.round(((Number.isFinite(ms) ? ms : DateTime.fromISO(`${i.date}T${wall}`, { zone }).toMillis()) - day) / 60_000);
  const found: [number, number] = [at(i.startMs, i.start), at(i.endMs, i.end)];
  spans.set(i, { zone, span: found });
  return found;
}

/** Each item's span, found once: the grid asks for it again and again. */
const spans = new WeakMap<ProgramItem, { zone: string; span: [number, number] }>();

/** How the time column(s) of a day are drawn: where the zone abbreviation changes, each changed row names it. */
export interface Clock {
  date: string;
  zone: string;
  secondZone?: string;
  /** Cells for an abbreviation after the time, 0 when the day keeps one abbreviation. */
  mainLabelW: number;
  secondLabelW: number;
}

/** The clock of a day whose grid is cut at `cuts` (minutes since midnight). */
export function clockOf(date: string, zone: string, secondZone: string | undefined, cuts: readonly number[]): Clock {
  const base = midnight(date, zone);
  const labelW = (z: string | undefined) => {
    const labels = new Set(z ? cuts.map((m) => zoneLabel(base + m * 60_000, z)) : []);
    return labels.size > 1 ? Math.max(...[...labels].map((l) => l.length)) : 0;
  };
  return { date, zone, secondZone, mainLabelW: labelW(zone), secondLabelW: labelW(secondZone) };
}

/** Cells of the time column(s), including the two trailing spaces. */
export const clockWidth = (c: Clock): number => 5 + (c.mainLabelW && 1 + c.mainLabelW) + 2 + (c.secondZone ? 7 + (c.secondLabelW && 1 + c.secondLabelW) + 2 : 0);

/**
 * The time cells of a row at `m` minutes since midnight; `previous` is the row before
 * (undefined for the first), whose abbreviation is named in the header.
 */
export function timeCells(c: Clock, m: number, previous: number | undefined, paint: SchedulePaint): string {
  const ms = midnight(c.date, c.zone) + m * 60_000;
  const label = (z: string, w: number) => {
    if (w === 0) return '';
    const now = zoneLabel(ms, z);
    const before = zoneLabel(midnight(c.date, c.zone) + (previous ?? m) * 60_000, z);
    return ` ${(previous !== undefined && now !== before ? now : '').padEnd(w)}`;
  };
  const here = DateTime.fromMillis(ms, { zone: c.zone });
  const main = `${here.toFormat('H:mm').padStart(5)}${label(c.zone, c.mainLabelW)}  `;
  if (!c.secondZone) return main;
  const there = DateTime.fromMillis(ms, { zone: c.secondZone });
  const day = there.toISODate()! > c.date ? '+1' : there.toISODate()! < c.date ? '-1' : '';
  return `${main}${paint.dim(`${`${there.toFormat('H:mm')}${day}`.padStart(7)}${label(c.secondZone, c.secondLabelW)}`)}  `;
}

/**
 * The header of the time column(s): each zone's abbreviation at the first row, above
 * the times, or above the abbreviation column on a day where it changes.
 */
export function clockHeader(c: Clock, first: number | undefined): string {
  const ms = first === undefined ? DateTime.fromISO(`${c.date}T12:00`, { zone: c.zone }).toMillis() : midnight(c.date, c.zone) + first * 60_000;
  const cell = (z: string, timeW: number, labelW: number) => (labelW ? `${' '.repeat(timeW)} ${zoneLabel(ms, z).padEnd(labelW)}` : zoneLabel(ms, z).padStart(timeW));
  const main = cell(c.zone, 5, c.mainLabelW);
  return c.secondZone ? `${main}  ${cell(c.secondZone, 7, c.secondLabelW)}` : main;
}
