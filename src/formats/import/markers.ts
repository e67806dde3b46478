import { dominantEol, splitLines } from '../markdown/lines.js';
import { guardLiquid } from '../markdown/registry.js';
import type { Block } from './lists.js';

/**
 * The page with a marker pair around each imported section: the lines of `block`
 * are replaced by the start marker, `content` guarded from Liquid as `dls readme`
 * writes it, and the end marker. Every other byte is kept; a blank line goes before
 * a start marker that would otherwise join the paragraph above it.
 */
export function placeMarkers(text: string, regions: readonly { name: string; block: Block; content: string }[]): string {
  const lines = splitLines(text);
  const eol = dominantEol(lines);
  const byStart = new Map(regions.map((r) => [r.block.from, r]));
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const r = byStart.get(line.number);
    if (!r) {
      out += line.text + line.eol;
      continue;
    }
    const previous = lines[i - 1]?.text.trim() ?? '';
    if (previous !== '' && !/^#{1,6}\s/.test(previous)) out += eol;
    out += `<!-- dls:${r.name}:start -->${eol}${guardLiquid(r.content).replace(/\n/g, eol)}<!-- dls:${r.name}:end -->${eol}`;
    i = r.block.to - 1;
    if (lines[i]!.eol === '' && i === lines.length - 1) out = out.slice(0, -eol.length) + '';
  }
  return out;
}
