import { LINK_TYPE_ALIASES, LINK_TYPES, type LinkType } from '../../model.js';

/** Words a page labels material with, beyond the types and the aliases workshop.yaml accepts. */
const PAGE_WORDS: Readonly<Record<string, LinkType>> = {
  slide: 'slides', deck: 'slides', presentation: 'slides', video: 'video', vimeo: 'video', stream: 'video', livestream: 'video',
  arxiv: 'paper', article: 'paper', proceedings: 'paper', publication: 'paper', gitlab: 'code', software: 'code', notebook: 'code', project: 'web',
};

/** The kind of material a word names (`Slides`, `papers`, `recording`), or undefined. */
function typeOfWord(word: string): LinkType | undefined {
  for (const w of [word, word.replace(/s$/, '')]) {
    if ((LINK_TYPES as readonly string[]).includes(w)) return w as LinkType;
    const alias = LINK_TYPE_ALIASES[w] ?? PAGE_WORDS[w];
    if (alias) return alias;
  }
  return undefined;
}

/**
 * The kind of material a link's label names, read as pages write them: `slides`,
 * `paper`, `video`, `recording`, `pdf`, `code`, `poster`, `extended abstract`, `Slides
 * (PDF)`; the first word of up to three that names one. Undefined for any other label
 * (a name, a title), which then stays part of the title's words.
 */
export function linkTypeOfLabel(label: string): LinkType | undefined {
  const words = label.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return undefined;
  for (const w of words) {
    const type = typeOfWord(w);
    if (type) return type;
  }
  return undefined;
}
