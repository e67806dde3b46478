/**
 * Text from a user's files on its way to a terminal, a log or a CI annotation. A
 * control character there is not text but a command: ESC starts a terminal escape
 * sequence (retitle the window, rewrite the screen), CR and LF start a line that
 * looks like one of ours, and the bidi overrides and isolates reorder what the eye
 * reads (Trojan Source, CVE-2021-42574). So they are shown, never sent.
 */

/** C0 controls, DEL, C1 controls, the bidi embeddings, overrides and isolates, and the Unicode line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** What JSON.stringify leaves raw of {@link UNSAFE}: everything but C0, which it escapes itself. */
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

/** How one unsafe character is shown: `\n` `\r` `\t`, `\x1b` below U+0100, `\u202e` above. */
const shown = (c: string): string => {
  const code = c.charCodeAt(0);
  return SHORT[c] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
};

/**
 * Shows every control character, DEL and bidi control in `text` escaped (`\x1b`,
 * `\n`, `\u202e`), so that input can never move the cursor, start a forged line or
 * reorder what is read. Everything else is left as it is. The one function every
 * text output uses for what came from input.
 */
export function escapeForDisplay(text: string): string {
  return text.replace(UNSAFE, shown);
}

/**
 * Escapes, in JSON text, what `JSON.stringify` leaves raw but a terminal or a
 * JavaScript consumer would act on: DEL, C1 controls, U+2028/2029 and the bidi
 * controls become `\u007f`-style escapes. These characters only occur inside JSON
 * strings, where such an escape means the same character, so the data is unchanged.
 */
export function escapeJsonText(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}
