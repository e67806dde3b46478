import type { ProgramItem } from '../../model.js';
import { span } from './clock.js';

/**
 * The time grid of one day, shared by all rooms so that side-by-side columns line
 * up: the day is cut at every start and end, and each slice gets rows in proportion
 * to its length (one row per `minutesPerRow`, at least one).
 */

/** A stretch of the day between two consecutive starts or ends. */
export interface Slice {
  from: number;
  to: number;
  rows: number;
}

/** A room's column: lanes of items that do not overlap each other (overlaps open a second lane). */
export interface RoomColumn {
  room: string | undefined;
  lanes: ProgramItem[][];
}

/** Cuts the day at every boundary; `items` must all end after they start. */
export function slicesOf(items: readonly ProgramItem[], minutesPerRow: number, zone: string): Slice[] {
  const cuts = [...new Set(items.flatMap((i) => span(i, zone)))].sort((a, b) => a - b);
  return cuts.slice(1).map((to, k) => ({ from: cuts[k]!, to, rows: Math.max(1, Math.round((to - cuts[k]!) / minutesPerRow)) }));
}

/** Groups items by room (first-seen order) and packs each room's items into lanes. */
export function roomColumns(items: readonly ProgramItem[], zone: string): RoomColumn[] {
  const span0 = (i: ProgramItem) => span(i, zone)[0];
  const span1 = (i: ProgramItem) => span(i, zone)[1];
  const rooms = new Map<string | undefined, ProgramItem[]>();
  for (const item of items) rooms.set(item.room, [...(rooms.get(item.room) ?? []), item]);
  return [...rooms].map(([room, list]) => {
    const lanes: ProgramItem[][] = [];
    for (const item of [...list].sort((a, b) => span0(a) - span0(b) || a.index - b.index)) {
      const lane = lanes.find((l) => span1(l[l.length - 1]!) <= span0(item));
      if (lane) lane.push(item);
      else lanes.push([item]);
    }
    return { room, lanes };
  });
}

/** Rows an item covers, given the slices. */
export function rowsOf(item: ProgramItem, slices: readonly Slice[], zone: string): number {
  const [s, e] = span(item, zone);
  return slices.filter((sl) => sl.from >= s && sl.to <= e).reduce((n, sl) => n + sl.rows, 0);
}
