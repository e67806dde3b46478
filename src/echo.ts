import { escapeJsonText } from './safe-text.js';

/**
 * How a value the user typed is shown back in a message: escaped, so a line break or
 * a control character cannot forge a second line of output, and cut, so a 120,000
 * character argument does not fill the terminal. Every message that echoes a flag
 * value goes through here.
 */

/** Longest value echoed whole, in characters; longer ones keep 79 and end in `…`. */
export const ECHO_LIMIT = 80;

/** The value cut to {@link ECHO_LIMIT} characters (code points), ending in `…` when cut; not quoted. */
export function cutValue(value: string, limit = ECHO_LIMIT): string {
  if (value.length <= limit) return value;
  const chars = Array.from(value);
  return chars.length <= limit ? value : `${chars.slice(0, limit - 1).join('')}…`;
}

/** The value cut and double-quoted, with control characters, DEL, C1, line separators and bidi controls escaped (one escaping, {@link escapeJsonText}). */
export function echoValue(value: string, limit = ECHO_LIMIT): string {
  return escapeJsonText(JSON.stringify(cutValue(value, limit)));
}
