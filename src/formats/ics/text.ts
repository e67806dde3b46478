/**
 * RFC 5545 lexical layer: TEXT escaping, UTC date-times, and line folding at 75
 * octets. Pure string functions; the rest of the ICS writer builds on these.
 */

/** Line terminator required by RFC 5545 §3.1. */
export const CRLF = '\r\n';

const FOLD_OCTETS = 75;
// RFC 5545 §3.3.11: TEXT may not contain control characters other than HTAB.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and newline. Line
 * breaks of any style become `\n`; control characters a TEXT value may not hold are
 * dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes each value and joins them with the unescaped commas of a multi-valued TEXT property (CATEGORIES). */
export const escapeTextList = (values: readonly string[]): string => values.map(escapeText).join(',');

/** An instant as a UTC DATE-TIME, `20191117T160500Z`. */
export function formatUtc(ms: number): string {
  if (!Number.isFinite(ms)) throw new Error(`bug: no instant to write (${ms})`);
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A `YYYY-MM-DD` day as a DATE value, `20191117`. */
export const formatDate = (day: string): string => day.replace(/-/g, '');

/** UTF-8 length of one UTF-16 code unit sequence starting at `code` (a surrogate pair counts 4 at its high half). */
function octets(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  return 3;
}

/**
 * Folds one content line (§3.1): no physical line exceeds 75 octets, a UTF-8
 * character is never split, and each continuation starts with one space (which
 * counts toward its 75). Returns the physical lines joined by CRLF, without a final one.
 */
export function foldLine(line: string): string {
  if (line.length * 3 <= FOLD_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const size = octets(code);
    if (used + size > FOLD_OCTETS) {
      parts.push(line.slice(start, i));
      start = i;
      used = 1; // the leading space of the continuation line
    }
    used += size;
    if (size === 4) i++; // the low surrogate travels with its high half
  }
  parts.push(line.slice(start));
  return parts.join(`${CRLF} `);
}

/** Undoes folding: CRLF (or a bare LF, as git may leave it) followed by one space or tab. */
export const unfoldLines = (text: string): string[] => text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
