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

/**
 * A track's column: lanes of items that do not overlap each other (overlaps open a
 * second lane). `label` names the track and its rooms, with the time of each room
 * change: `track A · room 502, from 13:00 room 507`.
 */
export interface RoomColumn {
  label: string;
  lanes: ProgramItem[][];
}

/** Cuts the day at every boundary; `items` must all end after they start. */
export function slicesOf(items: readonly ProgramItem[], minutesPerRow: number, zone: string): Slice[] {
  const cuts = [...new Set(items.flatMap((i) => span(i, zone)))].sort((a, b) => a - b);
  return cuts.slice(1).map((to, k) => ({ from: cuts[k]!, to, rows: Math.max(1, Math.round((to - cuts[k]!) / minutesPerRow)) }));
}

/**
 * Groups items by track (first-seen order; items without a track share one) and packs
 * each track's items into lanes. A single-track day that changes rooms is one column.
 */
export function roomColumns(items: readonly ProgramItem[], zone: string): RoomColumn[] {
  const span0 = (i: ProgramItem) => span(i, zone)[0];
  const span1 = (i: ProgramItem) => span(i, zone)[1];
  const tracks = new Map<string | undefined, ProgramItem[]>();
  for (const item of items) {
    const list = tracks.get(item.track);
    if (list) list.push(item);
    else tracks.set(item.track, [item]);
  }
  return [...tracks].map(([track, list]) => {
    const lanes: ProgramItem[][] = [];
    // Each lane's last end, so placing an item compares numbers, not items.
    const ends: number[] = [];
    const sorted = [...list].sort((a, b) => span0(a) - span0(b) || a.index - b.index);
    for (const item of sorted) {
      const start = span0(item);
      const k = ends.findIndex((end) => end <= start);
      if (k >= 0) {
        lanes[k]!.push(item);
        ends[k] = span1(item);
      } else {
        lanes.push([item]);
        ends.push(span1(item));
      }
    }
    return { label: [track === undefined ? '' : `track ${track}`, roomsLabel(sorted)].filter(Boolean).join(' · '), lanes };
  });
}

/**
 * `room A`; `room A, from 13:00 room B` when the track moves (each room from the first
 * item in it); `rooms A, B` when it goes back and forth, as parallel rooms do.
 */
function roomsLabel(sorted: readonly ProgramItem[]): string {
  const order: string[] = [];
  const from = new Map<string, string>();
  let back = false;
  for (const item of sorted) {
    if (item.room === undefined || item.room === order[order.length - 1]) continue;
    if (from.has(item.room)) back = true;
    else from.set(item.room, item.start.replace(/^0/, ''));
    order.push(item.room);
  }
  const rooms = [...from.keys()];
  if (rooms.length <= 1 || back) return rooms.length === 0 ? '' : `${rooms.length === 1 ? 'room' : 'rooms'} ${rooms.join(', ')}`;
  return rooms.map((r, k) => (k === 0 ? `room ${r}` : `from ${from.get(r)} room ${r}`)).join(', ');
}
