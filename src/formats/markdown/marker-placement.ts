import type { Line } from './lines.js';
import type { MarkerPlacement } from './readme-init.js';
import { SECTION_HEADINGS } from './registry.js';

const pair = (name: string, eol: string) => [`<!-- dls:${name}:start -->${eol}`, `<!-- dls:${name}:end -->${eol}`] as const;

/** The text with the marker pairs of `placements` written in (`wrap` and `append`; the others add nothing). */
export function applyPlacements(lines: readonly Line[], placements: readonly MarkerPlacement[], eol: string): string {
  const wraps = placements.filter((p) => p.action === 'wrap');
  let out = '';
  for (const line of lines) {
    const opens = wraps.filter((p) => p.fromLine === line.number);
    // A marker right under a paragraph line would join that paragraph in kramdown.
    const previous = lines[line.number - 2]?.text.trim() ?? '';
    if (opens.length > 0 && previous !== '' && !/^#{1,6}\s/.test(previous)) out += eol;
    for (const p of opens) out += pair(p.section, eol)[0];
    const closes = wraps.filter((p) => p.toLine === line.number);
    out += line.text + (line.eol || (closes.length > 0 ? eol : ''));
    for (const p of closes) out += pair(p.section, eol)[1];
  }
  const appended = placements.filter((p) => p.action === 'append');
  if (appended.length === 0) return out;
  if (out !== '' && !out.endsWith('\n') && !out.endsWith('\r')) out += eol;
  for (const p of appended) {
    const heading = SECTION_HEADINGS[p.section];
    out += `${out === '' ? '' : eol}${heading ? `${heading}${eol}${eol}` : ''}${pair(p.section, eol).join('')}`;
  }
  return out;
}
