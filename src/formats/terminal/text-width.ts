/**
 * Terminal cell widths, so columns line up with accents, CJK and emoji in titles:
 * combining marks take no cell, East Asian wide characters and emoji take two.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\u200b-\u200f\ufe0f]/u;

/** Cells a string takes in a terminal (no escape codes expected). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Cuts a string to at most `width` cells, ending in `…` when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return width > 0 ? `${out}…` : '';
}

/** Pads with spaces to exactly `width` cells (cutting first if needed). */
export function padEnd(s: string, width: number): string {
  const cut = truncate(s, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** Splits text into at most `rows` lines of `width` cells, at spaces where possible; the last line is cut with `…`. */
export function wrap(s: string, width: number, rows: number): string[] {
  const lines: string[] = [];
  let rest = s.trim();
  while (rest !== '' && lines.length < rows - 1 && displayWidth(rest) > width) {
    let cut = truncate(rest, width + 1).slice(0, -1);
    const space = cut.lastIndexOf(' ');
    if (space > width / 3) cut = cut.slice(0, space);
    lines.push(cut.trimEnd());
    rest = rest.slice(cut.length).trimStart();
  }
  if (rest !== '') lines.push(truncate(rest, width));
  return lines;
}
