/**
 * Free text from a form or workshop.yaml, made safe to put on one line: Unicode NFC,
 * every run of white space or control characters one space, trimmed. Pure.
 */
export function cleanText(s: string | undefined): string {
  if (s === undefined) return '';
  return s
    .normalize('NFC')
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
    .trim();
}

/**
 * Splits a full name into a given name (the first word) and a family name (the rest),
 * for tools that want two fields; `Family, Given` (one comma) is read as written.
 * Names vary too much to do better without asking; a sign-up form with separate
 * columns keeps its own split.
 */
export function splitName(name: string): { given: string; family: string } {
  const clean = cleanText(name);
  const parts = clean.split(',');
  if (parts.length === 2 && parts[0]!.trim() !== '' && parts[1]!.trim() !== '') return { given: parts[1]!.trim(), family: parts[0]!.trim() };
  const space = clean.indexOf(' ');
  if (space < 0) return { given: clean, family: '' };
  return { given: clean.slice(0, space), family: clean.slice(space + 1) };
}
