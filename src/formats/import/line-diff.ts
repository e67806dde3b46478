/** One step of a line alignment: a line of both sides, of `a` only, or of `b` only. */
export type DiffOp = { kind: 'same'; a: number; b: number } | { kind: 'a'; a: number } | { kind: 'b'; b: number };

/**
 * Aligns two lists of keys by their longest common subsequence. Common prefix and
 * suffix are matched first, so the quadratic table only covers the changed middle
 * (a page of 10,000 identical rows costs linear time).
 */
export function diffOps(a: readonly string[], b: readonly string[]): DiffOp[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const ops: DiffOp[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: 'same', a: i, b: i });
  ops.push(...middle(a, b, start, endA, endB));
  for (let i = 0; endA + i < a.length; i++) ops.push({ kind: 'same', a: endA + i, b: endB + i });
  return ops;
}

/** Above this many table cells, the middle is paired line by line instead (a page far from what dls writes). */
const MAX_CELLS = 4_000_000;

function middle(a: readonly string[], b: readonly string[], start: number, endA: number, endB: number): DiffOp[] {
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) return paired(a, b, start, endA, endB);
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[start + i] === b[start + j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) ops.push({ kind: 'same', a: start + i++, b: start + j++ });
    else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: 'a', a: start + i++ });
    else ops.push({ kind: 'b', b: start + j++ });
  }
  return ops;
}

/** Line i of one side against line i of the other: linear, for very different long sections. */
function paired(a: readonly string[], b: readonly string[], start: number, endA: number, endB: number): DiffOp[] {
  const ops: DiffOp[] = [];
  for (let i = start; i < Math.max(endA, endB); i++) {
    if (i < endA && i < endB && a[i] === b[i]) ops.push({ kind: 'same', a: i, b: i });
    else {
      if (i < endA) ops.push({ kind: 'a', a: i });
      if (i < endB) ops.push({ kind: 'b', b: i });
    }
  }
  return ops;
}
