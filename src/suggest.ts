/** Longest text compared for a hint: nobody mistypes a 100,000-character key, and comparing costs length squared. */
export const MAX_SUGGEST_LENGTH = 64;

/**
 * The closest candidate within a small edit distance, for "did you mean" hints. By
 * default the distance may grow with the length (a third of it); `maxDistance` caps it
 * where a wrong hint would be costly (time zones: St_Louis is not St_Johns). Texts
 * longer than {@link MAX_SUGGEST_LENGTH} get no hint and are never compared, so a hint
 * costs at most 64 × 64 steps per candidate.
 */
export function suggest(input: string, candidates: readonly string[], maxDistance?: number): string | undefined {
  if (input.length > MAX_SUGGEST_LENGTH) return undefined;
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = (maxDistance ?? Math.max(2, Math.floor(needle.length / 3))) + 1;
  for (const c of candidates) {
    // The lengths alone rule out most candidates: the distance is at least their difference.
    const candidate = c.toLowerCase();
    if (candidate.length > MAX_SUGGEST_LENGTH || Math.abs(candidate.length - needle.length) >= bestDistance) continue;
    const d = editDistance(needle, candidate);
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
