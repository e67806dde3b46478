import type { Diagnostic } from '../../diagnostics.js';
import { parseWorkshop } from '../../parse/index.js';
import { resolveMarkdownOptions } from '../markdown/options.js';
import { INIT_SECTION_NAMES, SECTION_WRITERS, type SectionName } from '../markdown/registry.js';
import { assemble } from './assemble.js';
import { compareSection, type SectionFidelity } from './fidelity.js';
import { placeMarkers } from './markers.js';
import type { Note } from './notes.js';
import { parsePage } from './tree.js';
import { formatImportedYaml } from './yaml-out.js';

export { formatFidelity } from './report.js';
export type { SectionFidelity } from './fidelity.js';
export { formatNote, type Note } from './notes.js';

/** How to import: the page's file name (for messages and the header comment) and the zone, when given. */
export interface ImportOptions {
  source: string;
  timezone?: string;
  /** The year of dates that name none, when the page names no year at all. */
  year?: number;
  /** The workshop's (first) day, YYYY-MM-DD, when the page's program does not name it. */
  date?: string;
}

/** A finished import: the workshop.yaml text, the page with markers, the fidelity per section, the notes. */
export interface Imported {
  ok: true;
  yaml: string;
  /** The page with `<!-- dls:NAME:start/end -->` around each imported section (for `--yes`). */
  marked: string;
  fidelity: SectionFidelity[];
  notes: Note[];
  /** Errors `dls schedule check` finds in the imported program (the page's own, such as a double-booked speaker). */
  problems: number;
}

/** Why an import could not finish. */
export type ImportFailure =
  | { ok: false; reason: 'nothing'; message: string }
  | { ok: false; reason: 'zone'; hints: string[] }
  | { ok: false; reason: 'year' }
  | { ok: false; reason: 'date' }
  | { ok: false; reason: 'invalid'; diagnostics: Diagnostic[] };

/**
 * Imports a hand-kept workshop page: GitHub-flavoured Markdown in, workshop.yaml text
 * out, with how faithfully `dls readme` would regenerate each section. Pure.
 */
export function importPage(text: string, options: ImportOptions): Imported | ImportFailure {
  const page = parsePage(text);
  const found = assemble(page, options.year, options.date);
  if (!found.looked.program && !found.looked.dates) {
    return { ok: false, reason: 'nothing', message: 'found no program and no important dates: looked for a heading with Program, Schedule or Agenda followed by a table whose rows start with a time, and for a list under a heading with Dates or Deadlines' };
  }
  if (!found.year) return { ok: false, reason: 'year' };
  if (found.file.date === undefined) return { ok: false, reason: 'date' };
  const timezone = options.timezone ?? found.zoneHints[0];
  if (timezone === undefined) return { ok: false, reason: 'zone', hints: [] };
  const yaml = formatImportedYaml({ ...found.file, timezone }, options.source, found.notes);
  const parsed = parseWorkshop(yaml, 'workshop.yaml');
  // Schedule rules that fail (a speaker in two rooms at once) are the page's own problems: import keeps them for `dls schedule check`.
  if (!parsed.workshop) return { ok: false, reason: 'invalid', diagnostics: parsed.ok ? [] : parsed.diagnostics };
  const problems = parsed.ok ? 0 : parsed.diagnostics.filter((d) => d.severity === 'error').length;
  const markdown = resolveMarkdownOptions(parsed.workshop.page);
  const lines = text.split(/\r\n|\n|\r/);
  const fidelity: SectionFidelity[] = [];
  for (const name of INIT_SECTION_NAMES) {
    const block = found.blocks[name];
    if (!block) continue;
    const generated = SECTION_WRITERS[name as SectionName](parsed.workshop, markdown);
    fidelity.push(compareSection(name, lines.slice(block.from - 1, block.to), block.from, generated));
  }
  // Only a section dls regenerates line for line gets markers: `dls readme` would rewrite any line that differs, and that text is the organizer's.
  const faithful = fidelity.filter((f) => f.differences.length === 0);
  const marked = placeMarkers(text, faithful.map((f) => ({ name: f.section, block: found.blocks[f.section as (typeof INIT_SECTION_NAMES)[number]]!, content: f.merged })));
  return { ok: true, yaml, marked, fidelity, notes: found.notes, problems };
}
