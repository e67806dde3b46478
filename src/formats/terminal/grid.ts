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
  /** How the column is headed: `room 502`, `at Zum Storch` (an off-site location), `room (none)`. */
  label: string;
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
  // An off-site item without a room gets a column of its own place.
  const rooms = new Map<string | undefined, ProgramItem[]>();
  const keyOf = (i: ProgramItem) => i.room ?? (i.location === undefined ? undefined : `\u0000${i.location}`);
  for (const item of items) rooms.set(keyOf(item), [...(rooms.get(keyOf(item)) ?? []), item]);
  return [...rooms].map(([, list]) => {
    const room = list[0]!.room;
    const label = room !== undefined ? `room ${room}` : list[0]!.location !== undefined ? `at ${list[0]!.location}` : 'room (none)';
    const lanes: ProgramItem[][] = [];
    for (const item of [...list].sort((a, b) => span0(a) - span0(b) || a.index - b.index)) {
      const lane = lanes.find((l) => span1(l[l.length - 1]!) <= span0(item));
      if (lane) lane.push(item);
      else lanes.push([item]);
    }
    return { room, label, lanes };
  });
}

/** Rows an item covers, given the slices. */
export function rowsOf(item: ProgramItem, slices: readonly Slice[], zone: string): number {
  const [s, e] = span(item, zone);
  return slices.filter((sl) => sl.from >= s && sl.to <= e).reduce((n, sl) => n + sl.rows, 0);
}
