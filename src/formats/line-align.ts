import { diffArrays } from 'diff';

/**
 * One line alignment for every place that compares two texts line by line (`dls
 * readme --check`, `dls import`'s fidelity report): jsdiff's Myers diff, and beyond
 * {@link MAX_EDITS} changed lines the lines paired in place.
 */

/** One step of a line alignment: a line of both sides, of `a` only, or of `b` only. */
export type DiffOp = { kind: 'same'; a: number; b: number } | { kind: 'a'; a: number } | { kind: 'b'; b: number };

/**
 * Beyond this many changed lines a shortest diff costs more than it tells (Myers is
 * O(N·D)): the lines are then paired in place, which is what a stale table row is.
 */
const MAX_EDITS = 500;

/** Aligns two lists of lines (or keys). */
export function alignLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  const changes = diffArrays([...a], [...b], { maxEditLength: MAX_EDITS });
  if (!changes) return alignInPlace(a, b);
  const ops: DiffOp[] = [];
  let [i, j] = [0, 0];
  for (const c of changes) {
    for (let k = 0; k < c.value.length; k++) {
      if (c.added) ops.push({ kind: 'b', b: j++ });
      else if (c.removed) ops.push({ kind: 'a', a: i++ });
      else ops.push({ kind: 'same', a: i++, b: j++ });
    }
  }
  return ops;
}

/** Linear fallback: after the common head and tail, line i of one side against line i of the other. */
function alignInPlace(a: readonly string[], b: readonly string[]): DiffOp[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: DiffOp[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: 'same', a: i, b: i });
  for (let i = head; i < Math.max(a.length, b.length) - tail; i++) {
    if (i < a.length - tail && i < b.length - tail && a[i] === b[i]) ops.push({ kind: 'same', a: i, b: i });
    else {
      if (i < a.length - tail) ops.push({ kind: 'a', a: i });
      if (i < b.length - tail) ops.push({ kind: 'b', b: i });
    }
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: 'same', a: a.length - k, b: b.length - k });
  return ops;
}
