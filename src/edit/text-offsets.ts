/** Offsets in source text, for edits that splice at line boundaries. */

/** Offset just after the newline ending the line that contains `offset - 1`. */
export function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Offset of the start of the line that contains `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Spaces at the start of the line that contains `offset`. */
export function lineIndent(text: string, offset: number): number {
  const start = lineStart(text, offset);
  return /^ */.exec(text.slice(start))![0].length;
}

/** Inserts text at an offset; appending after a last line without a newline adds one first. */
export function splice(text: string, offset: number, insert: string): string {
  // Appending after a last line without a newline: give it one first.
  if (offset === text.length && text !== '' && !text.endsWith('\n')) return `${text}\n${insert}`;
  return text.slice(0, offset) + insert + text.slice(offset);
}
