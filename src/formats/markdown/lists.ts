import type { Topic, Workshop } from '../../model.js';
import { escapeLineStart, escapeUrl, link } from './escape.js';
import type { MarkdownOptions } from './options.js';
import { fillHeading } from './program.js';

/**
 * The `topics` section: the call for papers' topics as a list; sub-topics are nested
 * lists indented by two spaces per level (the content column of `- `, which
 * cmark-gfm and kramdown both read as a sub-list).
 */
export function writeTopics(workshop: Workshop): string {
  return topicLines(workshop.topics, '');
}

function topicLines(topics: readonly Topic[], indent: string): string {
  return topics
    .map((t) => (typeof t === 'string' ? `${indent}- ${escapeLineStart(t)}\n` : `${indent}- ${escapeLineStart(t.text)}\n${topicLines(t.items, `${indent}  `)}`))
    .join('');
}

/**
 * The `signup` section: `### Please sign up [the DLS mail list](url)`. "DLS" is the
 * first part of the workshop id, upper-cased; `page.signup` replaces the line, with
 * `{url}`. Empty without `signup_url`.
 */
export function writeSignup(workshop: Workshop, options?: MarkdownOptions): string {
  if (!workshop.signupUrl) return '';
  if (options?.signup !== undefined) return `${signupLine(workshop, options)}\n`;
  const series = workshop.id.split('-')[0]!.toUpperCase();
  return `### Please sign up ${link(`the ${series} mail list`, workshop.signupUrl)}\n`;
}

/** The page's own sign-up line (`page.signup` with `{url}` filled in), or '' when it has none or there is no link. */
export function signupLine(workshop: Workshop, options?: Pick<MarkdownOptions, 'signup'>): string {
  return options?.signup !== undefined && workshop.signupUrl ? fillHeading(options.signup, { url: escapeUrl(workshop.signupUrl) }) : '';
}

/** `page.previous_line` with `{links}` filled in (joined by `, `), or '' without that key or without previous workshops. */
export function previousLine(workshop: Workshop, options?: Pick<MarkdownOptions, 'previousLine'>): string {
  if (options?.previousLine === undefined || workshop.previous.length === 0) return '';
  return fillHeading(options.previousLine, { links: workshop.previous.map((p) => link(p.title, p.url)).join(', ') });
}

/**
 * The `previous` section: one linked paragraph per previous workshop; with
 * `page.previous: list` a bulleted list of links; with `page.previous_line` one
 * sentence, `{links}` joined by `, `.
 */
export function writePrevious(workshop: Workshop, options?: Pick<MarkdownOptions, 'previous' | 'previousLine'>): string {
  const links = workshop.previous.map((p) => link(p.title, p.url));
  if (links.length === 0) return '';
  if (options?.previousLine !== undefined) return `${previousLine(workshop, options)}\n`;
  if (options?.previous === 'list') return links.map((l) => `- ${l}\n`).join('');
  return links.map((l) => `${l}\n`).join('\n');
}
