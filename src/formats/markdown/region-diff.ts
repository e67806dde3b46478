import type { Region } from './region-scan.js';
import { escapeForDisplay } from '../../safe-text.js';

/**
 * A short diff of stale README regions for `dls readme --check`: per region, the
 * changed lines only (`-` now in the README, `+` generated), at most `limit` of them,
 * control and bidi characters shown escaped.
 */
export function formatRegionDiff(file: string, text: string, regions: readonly Region[], render: (name: string) => string, limit = 12): string {
  let out = '';
  for (const r of regions) {
    const current = text.slice(r.contentStart, r.contentEnd);
    const generated = render(r.name).replace(/\n/g, r.eol);
    if (current === generated) continue;
    const changes = diffLines(current.split(/\r\n|\n|\r/), generated.split(r.eol));
    if (changes.length === 0) changes.push(`(line endings differ; generated lines end like the start marker's line)`);
    out += `${file}:${r.startLine}-${r.endLine} dls:${r.name} is stale:\n`;
    out += changes.slice(0, limit).map((c) => `  ${escapeForDisplay(c)}\n`).join('');
    if (changes.length > limit) out += `  ... ${changes.length - limit} more changed lines\n`;
  }
  return out;
}

/** Changed lines of an LCS line diff, `-old` and `+new`, in order. */
export function diffLines(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) (i++, j++);
    else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`-${a[i++]}`);
    else out.push(`+${b[j++]}`);
  }
  return out;
}
