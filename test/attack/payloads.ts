import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Text that tries to take over whoever reads dls's output: terminal escapes, line
 * breaks that start a forged diagnostic or workflow command, and characters that
 * reorder what is read (Trojan Source). `shown` is how dls must print it: written
 * here by hand, not computed by dls's own escaping.
 */
export const FORGING_PAYLOADS: readonly { name: string; text: string; shown: string }[] = [
  { name: 'OSC window title (ESC ] 0 ; ... BEL)', text: '\u001b]0;pwned\u0007', shown: '\\x1b]0;pwned\\x07' },
  { name: 'CSI clear screen and home', text: '\u001b[2J\u001b[H', shown: '\\x1b[2J\\x1b[H' },
  { name: 'SGR hidden text', text: 'a\u001b[8mhidden', shown: 'a\\x1b[8mhidden' },
  { name: 'OSC 8 hyperlink', text: '\u001b]8;;https://evil.example\u001b\\\\x', shown: '\\x1b]8;;https://evil.example\\x1b\\\\x' },
  { name: 'BEL', text: 'ding\u0007', shown: 'ding\\x07' },
  { name: 'backspace over text', text: 'safe\b\b\b\bevil', shown: 'safe\\x08\\x08\\x08\\x08evil' },
  { name: 'CR rewriting the line', text: 'x\rworkshop.yaml:1:1 error forged (forged)', shown: 'x\\rworkshop.yaml:1:1 error forged (forged)' },
  { name: 'LF starting a forged diagnostic', text: 'x\nworkshop.yaml:1:1 error forged (forged)', shown: 'x\\nworkshop.yaml:1:1 error forged (forged)' },
  { name: 'CRLF starting a forged workflow command', text: 'x\r\n::error::forged', shown: 'x\\r\\n::error::forged' },
  { name: 'NUL', text: 'a\u0000b', shown: 'a\\x00b' },
  { name: 'DEL', text: 'a\u007fb', shown: 'a\\x7fb' },
  { name: 'C1 CSI (U+009B)', text: '\u009b2J', shown: '\\x9b2J' },
  { name: 'NEL (U+0085)', text: 'a\u0085b', shown: 'a\\x85b' },
  { name: 'RLO, right-to-left override', text: 'evil\u202etxt.exe', shown: 'evil\\u202etxt.exe' },
  { name: 'LRE, RLE, PDF', text: '\u202aa\u202bb\u202c', shown: '\\u202aa\\u202bb\\u202c' },
  { name: 'LRO', text: 'a\u202db', shown: 'a\\u202db' },
  { name: 'LRI, RLI, FSI, PDI isolates', text: '\u2066a\u2067b\u2068c\u2069', shown: '\\u2066a\\u2067b\\u2068c\\u2069' },
  { name: 'U+2028 line separator', text: 'a\u2028b', shown: 'a\\u2028b' },
  { name: 'U+2029 paragraph separator', text: 'a\u2029b', shown: 'a\\u2029b' },
];

/** Payloads a one-line title may hold (no control characters): the bidi ones and the separators. */
export const TITLE_PAYLOADS = FORGING_PAYLOADS.filter((p) => !/[\u0000-\u001f\u007f-\u009f]/.test(p.text));

// What no output of dls may hold raw: C0 but LF, DEL, C1, bidi embeddings, overrides and isolates, U+2028/9.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The characters of `out` that would act instead of show, as code points (empty when the output is safe). */
export const rawControls = (out: string): string[] => [...out.matchAll(RAW)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Lines of `out` that a payload forged: a diagnostic or workflow command that dls did not mean to write. */
export const forgedLines = (out: string): string[] => out.split('\n').filter((l) => /^(workshop\.yaml:1:1 error forged|::error::forged)/.test(l));

/** A YAML double-quoted scalar holding `s`, every character outside printable ASCII as a `\u` escape. */
export const yamlQuoted = (s: string): string =>
  `"${[...s].map((c) => (c === '"' || c === '\\' ? `\\${c}` : /[\u0020-\u007e]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;

/** A fresh folder with these files written in it. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-attack-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
