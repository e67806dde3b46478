import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import { ZONE_OF_CITY } from './notes.js';
import { endLineOf, findAll, lineOf, plain, source, type Page } from './tree.js';
import { findDate, type FoundDate } from './when.js';
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
  /** The first date in the page's opening paragraphs (before its first section heading), with its line. */
  lead?: { date: FoundDate; line: number };
  /** `held online`, `a virtual workshop`, `a hybrid event`: how people attend, when the page says. */
  mode?: 'virtual' | 'hybrid';
  /** `2nd International Workshop on ...`: the edition, and the title without it. */
  edition?: number;
}

const paragraphs = (page: Page) => page.root.children.filter((n): n is Paragraph => n.type === 'paragraph');
/** A paragraph's inline parts, inside its emphasis when one wraps it whole (`*Held in conjunction with [ISC 2024](...), Hamburg.*`). */
const inlineOf = (p: Paragraph): PhrasingContent[] => {
  const only = p.children.length === 1 ? p.children[0] : undefined;
  return only?.type === 'emphasis' || only?.type === 'strong' ? only.children : p.children;
};

/** Reads the title (a level-1 heading, else "The ... workshop" in the text), conference, city, contact and sign-up link. */
export function readMeta(page: Page, previous?: Block): ReadMeta {
  const prose = paragraphs(page).map((p) => plain(p)).join('\n');
  const h1 = page.root.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  const named = /\bThe ((?:[A-Z][\w-]*|\([A-Z]+\)|on|of|for|and|in|the|&)(?: (?:[A-Z][\w-]*|\([A-Z]+\)|on|of|for|and|in|the|&))*) [Ww]orkshop\b/.exec(prose);
  const title = h1 ? plain(h1) : named ? `${named[1]!.replace(/\s*\([A-Z]+\)/g, '')} Workshop` : undefined;
  const conference = readConference(page, prose);
  const conf = conference?.name;
  const city = readCity(prose, page, conf);
  const cityZone = city ? ZONE_OF_CITY[city[1]!.toLowerCase()] : undefined;
  const mail = findAll(page.root, 'link').find((l) => l.url.startsWith('mailto:'));
  const lines = page.text.split(/\r\n|\n|\r/).filter((_, i) => !previous || i + 1 < previous.from || i + 1 > previous.to);
  const years = [...lines.join('\n').matchAll(/\b(19[7-9]\d|20\d\d)\b/g)].map((m) => +m[1]!);
  // `ISC25`, `SC'19`: the conference's two-digit year is this edition's too.
  const short = conf && /'?(\d{2})$/.exec(conf)?.[1];
  if (short) years.push(2000 + Number(short));
  const edition = title ? /^(\d{1,3})(?:st|nd|rd|th)\s+(?=\S)/i.exec(title) : null;
  return {
    title: edition ? title!.slice(edition[0].length) : title,
    edition: edition ? Number(edition[1]) : undefined,
    mode: VIRTUAL.test(prose) ? 'virtual' : HYBRID.test(prose) ? 'hybrid' : undefined,
    series: /\bthe (\w+) mail(?:ing)? list\b/i.exec(page.text)?.[1],
    conference,
    city: city ? (city[2] ? `${city[1]}, ${city[2]}` : city[1]) : undefined,
    cityZone,
    contact: mail?.url.slice('mailto:'.length),
    signup: readSignup(page),
    years,
    lead: leadDate(page),
  };
}

/** `Held in conjunction with SC25, St. Louis, November 16, 2025.`: the opening paragraphs' first date. */
function leadDate(page: Page): ReadMeta['lead'] {
  for (const node of page.root.children) {
    if (node.type === 'heading' && node.depth > 1) return undefined;
    const date = node.type === 'paragraph' ? findDate(plain(node)) : undefined;
    if (date) return { date, line: lineOf(node) };
  }
  return undefined;
}

// Phrases that say how people attend, not that something else is online (`submit online`).
const VIRTUAL = /\b(?:held (?:entirely |fully |only )?(?:online|virtually)|(?:fully |entirely )?virtual (?:workshop|event|edition|meeting|format)|online (?:workshop|event|edition|only)|(?:via|on) zoom)\b/i;
const HYBRID = /\b(?:hybrid (?:workshop|event|edition|format|mode|meeting)|(?:held |in )(?:a )?hybrid\b)/i;

const ALONGSIDE = /\b(?:in conjunction with|co-located with|held (?:at|with)|part of)(?: the)?\s*$/i;

/**
 * The conference the workshop belongs to: a link right after "in conjunction with",
 * "co-located with", "held at", "part of" (`[SC25](https://sc25...)`, `[ISC High
 * Performance 2025](...)`), else a name ending in its year after those words
 * (`SC19`, `ISC'21`, `IEEE Cluster 2025`, `eScience 2025`), linked when the page links it.
 */
function readConference(page: Page, prose: string): ReadMeta['conference'] {
  for (const p of paragraphs(page).map(inlineOf)) {
    const at = p.findIndex((c, i) => c.type === 'link' && i > 0 && ALONGSIDE.test(plain(p.slice(0, i))));
    const link = p[at];
    if (link?.type === 'link' && !link.url.startsWith('mailto:')) return { name: plain(link), url: link.url };
  }
  const name = /\b(?:in conjunction with|co-located with|held (?:at|with)|part of|at) (?:the )?((?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)(?: [A-Z][\w-]*)* ?'?\d{2,4})\b/.exec(prose)?.[1];
  if (!name) return undefined;
  return { name, url: findAll(page.root, 'link').find((l) => plain(l) === name)?.url };
}

// `Denver, CO`, `Hamburg, Germany`; never `Denver, November 17`. Without its region, only a city dls knows.
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b';
const PLACE = `([A-Z][a-z.]+(?: [A-Z][a-z.]+)*)(?:, (?!${MONTH_WORD})([A-Z]{2}\\b|[A-Z][a-z]+))?`;
const IN_PLACE = new RegExp(`\\b[Ii]n ${PLACE}`, 'g');
const AFTER_CONFERENCE = new RegExp(`^,\\s*${PLACE}`);
// A sentence's full stop is no part of the name (`in Hamburg.`); an abbreviation's is (`St. Louis`).
const known = (m: RegExpExecArray | null): m is RegExpExecArray => {
  if (m && m[2] === undefined && /[a-z]{3}\.$/.test(m[1]!)) m[1] = m[1]!.slice(0, -1);
  return Boolean(m && (m[2] || ZONE_OF_CITY[m[1]!.toLowerCase()]));
};

/**
 * The city, as `[, city, region?]`: `in Denver, CO` in the prose, else right after the
 * conference, linked (`[ISC 2025](...), Hamburg, Germany`) or not (`SC25, St. Louis, November 16`).
 */
function readCity(prose: string, page: Page, conference: string | undefined): RegExpExecArray | undefined {
  for (const m of prose.matchAll(IN_PLACE)) if (known(m as RegExpExecArray)) return m as RegExpExecArray;
  for (const p of paragraphs(page).map(inlineOf)) {
    const at = p.findIndex((c, i) => c.type === 'link' && i > 0 && ALONGSIDE.test(plain(p.slice(0, i))));
    const next = p[at + 1];
    const m = at >= 0 && next?.type === 'text' ? AFTER_CONFERENCE.exec(next.value) : null;
    if (known(m)) return m;
  }
  const after = conference === undefined ? -1 : prose.indexOf(conference);
  const m = after < 0 ? null : AFTER_CONFERENCE.exec(prose.slice(after + conference!.length));
  return known(m) ? m : undefined;
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
