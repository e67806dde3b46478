import type { PhrasingContent, TableCell } from 'mdast';
import type { LinkType } from '../../model.js';
import { linkTypeOfLabel } from './link-words.js';
import { collapse, plain, rawPlain } from './tree.js';

/** A link of an item as import writes it: `{ type, url }`, with `title` when the page labels it otherwise. */
export interface ReadLink {
  type: LinkType;
  url: string;
  title?: string;
}

/** A title cell as read: the title's own words, its slides and other links, and links it could not place. */
export interface ReadTitle {
  title: string;
  slides?: string;
  links: ReadLink[];
  keynotePrefix: boolean;
  /** Links among the title's words (`on [LUMI](url)`): their text stays in the title, the link has no place in workshop.yaml. */
  unplaced: { text: string; url: string }[];
  /** How the links sit after the title, as `page.title_links` names it, when they do. */
  linkStyle?: 'bracket' | 'parens' | 'dash';
}

// While the words around them are tidied, a link stands as `\uE000<n>\uE001` (naming material) or `\uE002<n>\uE001` (any other).
const PLACEHOLDER = /([\uE000\uE002])(\d+)\uE001/g;
const SEP = String.raw`\s*(?:[,;|/·]|&|\band\b)?\s*`;
const RUN = String.raw`(?:\uE000\d+\uE001${SEP})+`;
const DASH = String.raw`(?:[—–:|·]|-{1,2})?`;
/** Where material links sit apart from the title: in brackets, or a run of them after or before it (`— [paper](a), [video](b)`). */
const APART = [new RegExp(String.raw`\s*[[(]\s*${RUN}[\])]`, 'g'), new RegExp(String.raw`\s*${DASH}\s*${RUN}$`), new RegExp(String.raw`^\s*${RUN}${DASH}\s*`)];

/**
 * Reads a title cell: `Title`, `[Title](slides)`, `**Keynote:** Title`, and links that
 * name material after the title (`Title [[slides](s.pdf)]`, `Title ([slides](s.pdf))`,
 * `Title — [paper](doi), [video](url)`): they become the item's slides and links, and
 * the brackets, dash and commas around them leave the title. A link that is the whole
 * title gives the slides link. Any other link keeps its text in the title and is
 * returned as `unplaced`. A bold `Keynote:` prefix says the page marks keynotes that way.
 */
export function readTitleCell(cell: TableCell): ReadTitle {
  let children: PhrasingContent[] = cell.children;
  const first = children[0];
  const keynotePrefix = first?.type === 'strong' && /^keynote\s*:?$/i.test(plain(first));
  if (keynotePrefix) children = children.slice(1);
  const links = children.filter((c) => c.type === 'link').map((c) => ({ text: plain(c), url: c.url, type: linkTypeOfLabel(plain(c)) }));
  let n = 0;
  const shape = children.map((c) => (c.type === 'link' ? `${links[n]!.type ? '\uE000' : '\uE002'}${n++}\uE001` : rawPlain(c))).join('');
  const placed = new Set<number>();
  let linkStyle: ReadTitle['linkStyle'];
  const words = APART.reduce(
    (text, re, at) =>
      text.replace(re, (run) => {
        linkStyle ??= at === 0 ? (run.trim().startsWith('(') ? 'parens' : 'bracket') : at === 1 && run.includes('\u2014') ? 'dash' : undefined;
        return (run.replace(PLACEHOLDER, (_, _k, i: string) => (placed.add(Number(i)), '')), '');
      }),
    shape,
  );
  const own = links.filter((_, i) => placed.has(i)).map((l) => readLink(l.type!, l.text, l.url));
  const slides = own.find((l) => l.type === 'slides');
  const whole = /^\s*\uE002(\d+)\uE001\s*$/.exec(words);
  if (whole && !slides) {
    const link = links[Number(whole[1])]!;
    return { title: link.text, slides: link.url, links: own, keynotePrefix, unplaced: [] };
  }
  const unplaced = [...words.matchAll(PLACEHOLDER)].map((m) => links[Number(m[2])]!).map(({ text, url }) => ({ text, url }));
  const title = collapse(words.replace(PLACEHOLDER, (_, _k, i: string) => links[Number(i)]!.text));
  return { title, slides: slides?.url, links: own.filter((l) => l !== slides), keynotePrefix, unplaced, linkStyle };
}

/** `{ type, url }`, with the page's label as `title` where it is not the type's own word. */
const readLink = (type: LinkType, label: string, url: string): ReadLink => (label === type ? { type, url } : { type, url, title: label });
