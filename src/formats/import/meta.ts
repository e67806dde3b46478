import type { Heading, Paragraph } from 'mdast';
import { ZONE_OF_CITY } from './notes.js';
import { endLineOf, findAll, lineOf, plain, source, type Page } from './tree.js';
import type { Block } from './lists.js';

/** What the page says about the workshop itself, outside the sections dls generates. */
export interface ReadMeta {
  title?: string;
  series?: string;
  conference?: { name: string; url?: string };
  city?: string;
  cityZone?: string;
  contact?: string;
  signup?: { url: string; line: string; template: string; block: Block };
  /** Years the page names, in page order, outside the list of previous workshops (their years are not this edition's). */
  years: number[];
}

const paragraphs = (page: Page) => page.root.children.filter((n): n is Paragraph => n.type === 'paragraph');

/** Reads the title (a level-1 heading, else "The ... workshop" in the text), conference, city, contact and sign-up link. */
export function readMeta(page: Page, previous?: Block): ReadMeta {
  const prose = paragraphs(page).map((p) => plain(p)).join('\n');
  const h1 = page.root.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  const named = /\bThe ((?:[A-Z][\w-]*|\([A-Z]+\)|on|of|for|and|in|the|&)(?: (?:[A-Z][\w-]*|\([A-Z]+\)|on|of|for|and|in|the|&))*) [Ww]orkshop\b/.exec(prose);
  const title = h1 ? plain(h1) : named ? `${named[1]!.replace(/\s*\([A-Z]+\)/g, '')} Workshop` : undefined;
  const conference = readConference(page, prose);
  const conf = conference?.name;
  const city = /\bin ([A-Z][a-z.]+(?: [A-Z][a-z.]+)*), ([A-Z]{2}\b|[A-Z][a-z]+)/.exec(prose) ?? cityAfterConference(page);
  const cityZone = city ? ZONE_OF_CITY[city[1]!.toLowerCase()] : undefined;
  const mail = findAll(page.root, 'link').find((l) => l.url.startsWith('mailto:'));
  const lines = page.text.split(/\r\n|\n|\r/).filter((_, i) => !previous || i + 1 < previous.from || i + 1 > previous.to);
  const years = [...lines.join('\n').matchAll(/\b(19[7-9]\d|20\d\d)\b/g)].map((m) => +m[1]!);
  // `ISC25`, `SC'19`: the conference's two-digit year is this edition's too.
  const short = conf && /'?(\d{2})$/.exec(conf)?.[1];
  if (short) years.push(2000 + Number(short));
  return {
    title,
    series: /\bthe (\w+) mail(?:ing)? list\b/i.exec(page.text)?.[1],
    conference,
    city: city ? `${city[1]}, ${city[2]}` : undefined,
    cityZone,
    contact: mail?.url.slice('mailto:'.length),
    signup: readSignup(page),
    years,
  };
}

const ALONGSIDE = /\b(?:in conjunction with|co-located with|held (?:at|with)|part of)(?: the)?\s*$/i;

/**
 * The conference the workshop belongs to: a link right after "in conjunction with",
 * "co-located with", "held at", "part of" (`[SC25](https://sc25...)`, `[ISC High
 * Performance 2025](...)`), else a name ending in its year after those words
 * (`SC19`, `ISC'21`, `IEEE Cluster 2025`, `eScience 2025`), linked when the page links it.
 */
function readConference(page: Page, prose: string): ReadMeta['conference'] {
  for (const p of paragraphs(page)) {
    const at = p.children.findIndex((c, i) => c.type === 'link' && i > 0 && ALONGSIDE.test(plain(p.children.slice(0, i))));
    const link = p.children[at];
    if (link?.type === 'link' && !link.url.startsWith('mailto:')) return { name: plain(link), url: link.url };
  }
  const name = /\b(?:in conjunction with|co-located with|held (?:at|with)|part of|at) (?:the )?((?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)(?: [A-Z][\w-]*)* ?'?\d{2,4})\b/.exec(prose)?.[1];
  if (!name) return undefined;
  return { name, url: findAll(page.root, 'link').find((l) => plain(l) === name)?.url };
}

/**
 * `Held in conjunction with [ISC 2025](...), Hamburg, Germany.`: the city and country
 * right after the conference's link, as `[, city, country]` like the prose match.
 */
function cityAfterConference(page: Page): RegExpExecArray | null {
  for (const p of paragraphs(page)) {
    const at = p.children.findIndex((c, i) => c.type === 'link' && i > 0 && ALONGSIDE.test(plain(p.children.slice(0, i))));
    const next = p.children[at + 1];
    const m = at >= 0 && next?.type === 'text' ? /^,\s*([A-Z][a-z.]+(?: [A-Z][a-z.]+)*), ([A-Z]{2}\b|[A-Z][a-z]+)/.exec(next.value) : null;
    if (m) return m;
  }
  return null;
}

/** A heading or paragraph that asks readers to sign up, with its link: the line becomes a template with `{url}`. */
function readSignup(page: Page): ReadMeta['signup'] {
  const node = page.root.children.find((n) => (n.type === 'heading' || n.type === 'paragraph') && /sign[\s-]?up|subscribe|mail(ing)? list/i.test(plain(n)) && findAll(n, 'link').some((l) => !l.url.startsWith('mailto:')));
  if (!node) return undefined;
  const link = findAll(node, 'link').find((l) => !l.url.startsWith('mailto:'))!;
  const line = source(page, node);
  const linkSource = source(page, link);
  const template = line.replace(linkSource, linkSource.replace(link.url, '{url}'));
  return { url: link.url, line, template, block: { from: lineOf(node), to: endLineOf(node) } };
}
