import { diffArrays } from 'diff';
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

/**
 * Beyond this many changed lines a shortest diff costs more than it tells (Myers is
 * O(N·D)): the lines are then paired in place, which is what a stale table row is.
 */
const MAX_EDITS = 500;

/** Changed lines of a line diff (jsdiff's Myers diff), `-old` and `+new`, in order. */
export function diffLines(a: readonly string[], b: readonly string[]): string[] {
  const changes = diffArrays([...a], [...b], { maxEditLength: MAX_EDITS });
  if (!changes) return diffInPlace(a, b);
  return changes.flatMap((c) => (c.added ? c.value.map((l) => `+${l}`) : c.removed ? c.value.map((l) => `-${l}`) : []));
}

/** Linear fallback: after the common head and tail, line i of one side against line i of the other. */
function diffInPlace(a: readonly string[], b: readonly string[]): string[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: string[] = [];
  for (let i = head; i < Math.max(a.length, b.length) - tail; i++) {
    if (i < a.length - tail && i < b.length - tail && a[i] === b[i]) continue;
    if (i < a.length - tail) out.push(`-${a[i]}`);
    if (i < b.length - tail) out.push(`+${b[i]}`);
  }
  return out;
}
