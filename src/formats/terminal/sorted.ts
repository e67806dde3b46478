/**
 * Binary search over ascending numbers, for questions about a day's items that would
 * otherwise scan them all: how many start before a time, which end by it.
 */

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
