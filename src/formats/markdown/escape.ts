/**
 * Escaping of plain text for the two renderers of a workshop page: GitHub
 * (cmark-gfm) and GitHub Pages (Liquid, then kramdown's GFM parser). A string passed
 * through {@link escapeInline} renders as the same literal text in both, inside a
 * table cell, a list item, a heading or a link text.
 */

// Backslash escapes that cmark-gfm and kramdown both honour. `$` stops kramdown's
// math; `|` ends a table cell in both. `'` and `"` are left as written (see
// docs/decisions.md, "The page"): kramdown's curly quotes are typography, not structure.
const BACKSLASHED = new Set(['\\', '*', '_', '[', ']', '|', '~', '$']);
// Entities instead where a backslash is not enough: `<` (raw HTML, autolinks),
// `>` (kramdown's `>>` guillemet), `{` (Liquid's `{{` and `{%`, kramdown's `{:`), and
// the backtick: kramdown's table splitter pairs even escaped backticks into a code span
// and then ignores the `|` between two cells.
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '{': '&#123;', '`': '&#96;' };
const ENTITY_LIKE = /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Collapses runs of ASCII white space (newlines included; a no-break space stays) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\v\f\r ]+/g, ' ').trim();
}

/**
 * Escapes text for inline Markdown: every `|`, emphasis, code, link, HTML, Liquid
 * and kramdown typography characters. White space is collapsed, so the result is
 * one line and safe in a table cell.
 */
export function escapeInline(text: string): string {
  const s = collapseWhitespace(text);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = s[i - 1];
    if (BACKSLASHED.has(c)) out += `\\${c}`;
    else if (c in ENTITIES) out += ENTITIES[c];
    else if (c === '&' && ENTITY_LIKE.test(s.slice(i))) out += '&amp;';
    else if (breaksAutolink(s, i)) out += `&#${c.charCodeAt(0)};`;
    // kramdown turns `--` into a dash and `...` into an ellipsis; break the runs.
    else if ((c === '-' || c === '.') && prev === c) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/**
 * cmark-gfm's autolink extension reads `http://`, `https://`, `ftp://` and `www.`
 * links from the raw source, backslashes included, so an escaped `_` in such a URL
 * shows as `\_`. An entity for the `:` of `://` or the `.` of `www.` stops the link
 * there; the rest of the text is escaped as usual and reads the same in kramdown,
 * which links no bare URLs. (E-mail addresses are linked after escapes are read,
 * so they show no backslash and need nothing.)
 */
function breaksAutolink(s: string, i: number): boolean {
  if (s[i] === ':') return s.startsWith('//', i + 1);
  return s[i] === '.' && /www$/i.test(s.slice(Math.max(0, i - 3), i));
}

/**
 * Escapes text that starts a block, such as a list item's first line: on top of
 * {@link escapeInline}, a leading `#`, `+`, `-`, `=` or `1.` would otherwise make a
 * heading, a nested list or an ordered list.
 */
export function escapeLineStart(text: string): string {
  const escaped = escapeInline(text);
  if (/^[#+\-=]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * A link destination safe in a table row and from Liquid: spaces, parentheses,
 * angle brackets, `|`, braces, quotes and backslashes are percent-encoded.
 */
export function escapeUrl(url: string): string {
  return url.trim().replace(/[\s()<>|{}\\"'`^]/g, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/** `[text](url)` with both parts escaped; plain escaped text when `url` is absent. */
export function link(text: string, url: string | undefined): string {
  return url ? `[${escapeInline(text)}](${escapeUrl(url)})` : escapeInline(text);
}
