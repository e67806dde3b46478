import { alignLines } from '../line-align.js';
import type { Region } from './region-scan.js';
import { regionText } from './readme-regions.js';
import { escapeForDisplay } from '../../safe-text.js';

/**
 * A short diff of stale README regions, for `dls readme --check` (`is stale`) and for what
 * `dls readme` replaced (`regenerated`): per region, the changed lines only (`-` in the
 * README, `+` generated), at most `limit` of them, control and bidi characters shown escaped.
 */
export function formatRegionDiff(file: string, text: string, regions: readonly Region[], render: (name: string) => string, limit = 12, verb = 'is stale'): string {
  let out = '';
  for (const r of regions) {
    const current = text.slice(r.contentStart, r.contentEnd);
    const generated = regionText(r, render);
    if (current === generated) continue;
    const changes = diffLines(current.split(/\r\n|\n|\r/), generated.split(r.eol));
    if (changes.length === 0) changes.push(`(line endings differ; generated lines end like the start marker's line)`);
    out += `${file}:${r.startLine}-${r.endLine} dls:${r.name} ${verb}:\n`;
    out += changes.slice(0, limit).map((c) => `  ${escapeForDisplay(c)}\n`).join('');
    if (changes.length > limit) out += `  ... ${changes.length - limit} more changed lines\n`;
  }
  return out;
}

/** Changed lines of a line diff, `-old` and `+new`, in order (see {@link alignLines}). */
export function diffLines(a: readonly string[], b: readonly string[]): string[] {
  return alignLines(a, b).flatMap((op) => (op.kind === 'a' ? [`-${a[op.a]}`] : op.kind === 'b' ? [`+${b[op.b]}`] : []));
}
