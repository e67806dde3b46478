/** Line endings of edited text: an edit changes only the lines it inserts. */

/**
 * Runs an edit on LF text and splices only what it changed back into the original:
 * every untouched byte keeps its own line ending (a mixed file stays as mixed as it
 * was), and the inserted lines take the ending of the line they follow.
 */
export function keepLineEndings<R extends { text: string }>(text: string, edit: (lf: string) => R): R {
  if (!text.includes('\r\n')) return edit(text);
  const lf = text.replace(/\r\n/g, '\n');
  const r = edit(lf);
  let head = 0;
  while (head < lf.length && head < r.text.length && lf[head] === r.text[head]) head++;
  let tail = 0;
  while (tail < lf.length - head && tail < r.text.length - head && lf[lf.length - 1 - tail] === r.text[r.text.length - 1 - tail]) tail++;
  const [from, to] = [originalOffset(text, head), originalOffset(text, lf.length - tail)];
  const eol = eolBefore(text, from);
  const middle = r.text.slice(head, r.text.length - tail).replace(/\n/g, eol);
  return { ...r, text: text.slice(0, from) + middle + text.slice(to) };
}

/** The offset in `text` of offset `lfOffset` of its LF-only copy. */
function originalOffset(text: string, lfOffset: number): number {
  let lf = 0;
  let i = 0;
  for (; i < text.length && lf < lfOffset; i++) if (!(text[i] === '\r' && text[i + 1] === '\n')) lf++;
  return i;
}

/** The ending of the last line before `offset` (else the first one after it). */
function eolBefore(text: string, offset: number): string {
  const nl = text.lastIndexOf('\n', offset - 1);
  const at = nl >= 0 ? nl : text.indexOf('\n', offset);
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}
