import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse, postprocess, preprocess } from 'micromark';
import { readFileSync } from 'node:fs';
const text = readFileSync('/tmp/grow/R30000.md', 'utf8').split('\n').slice(7, 5050).join('\n');
console.log('chars', text.length);
const ext = [gfm()], mext = [gfmFromMarkdown()];
for (let r = 0; r < 2; r++) {
  let t0 = performance.now();
  fromMarkdown(text, { extensions: ext, mdastExtensions: mext });
  let t1 = performance.now();
  const events = postprocess(parse({ extensions: ext }).document().write(preprocess()(text, undefined, true)));
  let t2 = performance.now();
  console.log('mdast', (t1 - t0).toFixed(0), 'events only', (t2 - t1).toFixed(0), 'events', events.length);
}
const off = { disable: { null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'hardBreakTrailing', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd', 'strikethrough', 'literalAutolink', 'literalAutolinkEmail', 'literalAutolinkHttp', 'literalAutolinkWww', 'gfmFootnoteCall', 'gfmLabelStartFootnote', 'taskListCheck'] } };
const ext2 = [gfm(), off];
for (let r = 0; r < 2; r++) {
  let t0 = performance.now();
  const tree = fromMarkdown(text, { extensions: ext2, mdastExtensions: mext });
  let t1 = performance.now();
  const events = postprocess(parse({ extensions: ext2 }).document().write(preprocess()(text, undefined, true)));
  let t2 = performance.now();
  console.log('block-only mdast', (t1 - t0).toFixed(0), 'events', (t2 - t1).toFixed(0), events.length, tree.children.length);
}
