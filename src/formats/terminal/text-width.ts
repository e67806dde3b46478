import stringWidth from 'string-width';

/**
 * Terminal cell widths, so columns line up with accents, CJK and emoji in titles:
 * string-width follows Unicode's East Asian Width and emoji data, per grapheme
 * cluster (a family emoji joined with ZWJ or a skin-toned thumb is one 2-cell
 * picture; a soft hyphen takes no cell).
 */

let segmenter: Intl.Segmenter | undefined;

// Printable ASCII and the marks the grid draws with (▌ ┆ ┊ · …, one cell each: East Asian
// "ambiguous", narrow outside CJK locales, as string-width counts them): one cell per
// character, without segmenting. Most lines of a large program are only these.
const SIMPLE = /^[\x20-\x7e▌┆┊·…]*$/;

/** Cells a string takes in a terminal (no escape codes expected). */
export function displayWidth(s: string): number {
  return SIMPLE.test(s) ? s.length : stringWidth(s);
}

/** Cuts a string to at most `width` cells, ending in `…` when cut; never inside a grapheme cluster. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let out = '';
  let cells = 0;
  for (const { segment } of segmenter.segment(s)) {
    cells += stringWidth(segment);
    if (cells > width - 1) break;
    out += segment;
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
