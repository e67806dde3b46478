/**
 * Titles with text that GitHub's cmark-gfm turns into links (bare URLs, `www.`,
 * e-mail addresses). cmark-gfm reads URLs from the raw source, so an escape shows there
 * as a backslash; the interop suite checks them. micromark links them after parsing,
 * unlike cmark-gfm, so unit tests read their links as plain text.
 */
export const AUTOLINKS = [
  'Code: https://github.com/org/deep_learning',
  'See www.example.com/deep_learning--v2 and HTTPS://X.ORG/a_b*c*',
  'Mail first_last@deep_learning.org or mailto:a_b@example.org',
  'ftp://files.example.org/~x/[y]|z and http://a.org/x_y',
];

/** Titles and names that break naive Markdown writers. */
export const NASTY = [
  ...AUTOLINKS,
  'Pipes | in | titles',
  'a*b* and **bold** and _under_ and snake_case_name',
  'Code `x | y` and ``double``',
  '<script>alert(1)</script> & <b>bold</b>',
  '~~not struck~~ and ~tilde~',
  '[x](y "t") and ![img](z) and [ref][1] and [^note]',
  'Liquid {{ site.title }} and {% include x.html %}',
  'kramdown {:.class} and {::comment} and $$x^2$$',
  'Typography -- dash --- and ... "quotes" \'single\' << >>',
  'Entities &amp; &#123; &copy; and a back\\slash\\',
  '# not a heading',
  '1. not a list',
  '- not a bullet',
  "SC'18 by O'Neil: \"The Builder\"",
];
