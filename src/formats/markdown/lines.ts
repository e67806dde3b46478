/** A line of a text file with its offsets and its own line ending ('' on a last line without one). */
export interface Line {
  /** 1-based line number. */
  number: number;
  text: string;
  start: number;
  /** Offset just past the line ending. */
  end: number;
  eol: string;
}

/** Splits text into lines, keeping each line's ending (`\n`, `\r\n` or `\r`) so no byte is lost. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ number: lines.length + 1, text: text.slice(start, m.index), start, end: m.index + m[0].length, eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ number: lines.length + 1, text: text.slice(start), start, end: text.length, eol: '' });
  return lines;
}

/** The README's own line ending: the most common one, `\n` when there is none. */
export function dominantEol(lines: readonly Line[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.eol) counts.set(l.eol, (counts.get(l.eol) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\n';
}
