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

// One letter, optionally with a dot: a middle initial such as `T.` in "Ian T. Foster".
const INITIAL = /^\p{L}\.?$/u;

/**
 * Splits a full name into a given name and a family name, for tools that want two
 * fields: the first word, plus any initials right after it, is the given name
 * (`Ian T.` / `Foster`), the rest the family name (`Simon` / `Portegies Zwart`); the
 * last word always stays in the family name. `Family, Given` (one comma) is read as
 * written. Names vary too much to do better without asking; a sign-up form with
 * separate columns keeps its own split. Pure.
 */
export function splitName(name: string): { given: string; family: string } {
  const clean = cleanText(name);
  const parts = clean.split(',');
  if (parts.length === 2 && parts[0]!.trim() !== '' && parts[1]!.trim() !== '') return { given: parts[1]!.trim(), family: parts[0]!.trim() };
  const words = clean === '' ? [] : clean.split(' ');
  let g = 1;
  while (g < words.length - 1 && INITIAL.test(words[g]!)) g++;
  return { given: words.slice(0, g).join(' '), family: words.slice(g).join(' ') };
}
