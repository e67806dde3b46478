import { dominantEol, fencedLines, splitLines, type Line } from './lines.js';
import { INIT_SECTION_NAMES, SECTION_HEADINGS, type SectionName } from './registry.js';
import { findSectionBlock } from './section-finders.js';

/** Where {@link insertRegionMarkers} put one marker pair. */
export interface MarkerPlacement {
  section: SectionName;
  /** `wrap`: around existing lines that show this section; `append`: a new, empty pair at the end. */
  action: 'wrap' | 'append';
  /** 1-based lines of the original text that the pair wraps; for `append`, the last line. */
  fromLine: number;
  toLine: number;
}

/**
 * Adds `<!-- dls:NAME:start -->` / `<!-- dls:NAME:end -->` pairs to a README that has
 * none. A section the README already shows (a `### Program` heading and its table, the
 * list under "Important Dates", ...) is wrapped where it is; the others are appended
 * at the end, under a heading where the section prints none. The regions are left as
 * they are: fill them with `updateRegions`. Pure; `text` may be empty.
 */
export function insertRegionMarkers(text: string, sections: readonly SectionName[] = INIT_SECTION_NAMES): { text: string; placements: MarkerPlacement[] } {
  const lines = splitLines(text);
  const eol = dominantEol(lines);
  const fenced = fencedLines(lines);
  const taken = new Set<number>();
  const placements: MarkerPlacement[] = [];
  for (const section of sections) {
    const block = findSectionBlock(section, lines, fenced, taken);
    if (!block) continue;
    for (let n = block.from; n <= block.to; n++) taken.add(n);
    placements.push({ section, action: 'wrap', fromLine: block.from, toLine: block.to });
  }
  const last = lines.length;
  for (const section of sections) if (!placements.some((p) => p.section === section)) placements.push({ section, action: 'append', fromLine: last, toLine: last });
  return { text: applyPlacements(lines, placements, eol), placements };
}

const pair = (name: string, eol: string) => [`<!-- dls:${name}:start -->${eol}`, `<!-- dls:${name}:end -->${eol}`] as const;

function applyPlacements(lines: readonly Line[], placements: readonly MarkerPlacement[], eol: string): string {
  let out = '';
  for (const line of lines) {
    const opens = placements.filter((p) => p.action === 'wrap' && p.fromLine === line.number);
    // A marker right under a paragraph line would join that paragraph in kramdown.
    const previous = lines[line.number - 2]?.text.trim() ?? '';
    if (opens.length > 0 && previous !== '' && !/^#{1,6}\s/.test(previous)) out += eol;
    for (const p of opens) out += pair(p.section, eol)[0];
    out += line.text + (line.eol || (placements.some((p) => p.action === 'wrap' && p.toLine === line.number) ? eol : ''));
    for (const p of placements) if (p.action === 'wrap' && p.toLine === line.number) out += pair(p.section, eol)[1];
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
