/**
 * Binary search over intervals sorted by start and by end, for questions about a day's
 * items that would otherwise scan them all: how many run during a time, which starts next,
 * which ended last.
 */

/** Items sorted by start, their starts, and their ends sorted on their own. */
export interface Intervals<T> {
  byStart: T[];
  starts: number[];
  ends: number[];
}

/** The index of `items`, each spanning `at(item)` = [start, end). */
export function intervalsOf<T>(items: readonly T[], at: (item: T) => readonly [number, number]): Intervals<T> {
  const byStart = [...items].sort((a, b) => at(a)[0] - at(b)[0]);
  return { byStart, starts: byStart.map((i) => at(i)[0]), ends: items.map((i) => at(i)[1]).sort((a, b) => a - b) };
}

/** Index of the first value `>= x` (`orEqual`) or `> x` in ascending `values`. */
export function firstFrom(values: readonly number[], x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orEqual ? values[mid]! < x : values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
