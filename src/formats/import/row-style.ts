import type { ReadProgram } from './program.js';

/**
 * The page style of the program's rows beyond single cells: a kind column
 * (`page.keynote: cell`, its header and words) and how session rows are printed
 * (`page.session_chair`, `page.session_time`). Only keys that differ from the defaults.
 */
export function rowStyle(program: ReadProgram): Record<string, string | boolean | Record<string, string>> {
  const style: Record<string, string | boolean | Record<string, string>> = {};
  const column = program.cells.kindColumn;
  if (column) {
    style.keynote = 'cell';
    if (column.header !== '') style.kind_header = column.header;
    const words = Object.entries(column.words);
    if (!(words.length === 1 && column.words.keynote === 'Keynote') && words.length > 0) style.kind_words = Object.fromEntries(words) as Record<string, string>;
  }
  // A panel whose speakers are not after `Panelists:` (`| Panel | Title | A; B |`) prints them plain.
  if (program.items.some((i) => i.kind === 'panel') && !program.cells.panelists) style.panel = 'plain';
  const { sessions } = program;
  if (sessions.some((s) => s.chairIn === 'title') && !sessions.some((s) => s.chairIn === 'speaker')) style.session_chair = 'title';
  if (sessions.length > 0 && sessions.every((s) => !s.window)) style.session_time = 'empty';
  // `Chair: Lena Weber, *CSCS*` in a session row: chairs print with their affiliations.
  if (sessions.some((s) => s.chairIn !== undefined && s.chairs.some((c) => c.affiliation !== undefined))) style.chair_affiliation = true;
  const windows = announcedDayWindows(program);
  if (windows.length > 0) style.day_windows = Object.fromEntries(windows);
  return style;
}

/**
 * Day headings that announce other hours than their items' first start and last end
 * (`### Tuesday, 18 November 2025, 9:00-12:00` over talks to 11:00, a closing at TBA):
 * the window as written, zone label included, by date, as a single program heading keeps its own.
 */
function announcedDayWindows(program: ReadProgram): [string, string][] {
  return program.days.flatMap((d): [string, string][] => {
    const own = program.items.filter((i) => i.date === d.iso);
    if (!d.window || !d.iso || own.length === 0) return [];
    const start = own.map((i) => i.start).sort()[0];
    const end = own.map((i) => i.end ?? i.start).sort().at(-1);
    if (d.window.range.start === start && d.window.range.end === end) return [];
    return [[d.iso, d.zone ? `${d.window.text} ${d.zone}` : d.window.text]];
  });
}
