/** Titles and names that break naive Markdown writers. */
export const NASTY = [
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
];
