/**
 * The closest candidate within a small edit distance, for "did you mean" hints. By
 * default the distance may grow with the length (a third of it); `maxDistance` caps it
 * where a wrong hint would be costly (time zones: St_Louis is not St_Johns).
 */
export function suggest(input: string, candidates: readonly string[], maxDistance?: number): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = (maxDistance ?? Math.max(2, Math.floor(needle.length / 3))) + 1;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with a transposition counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
