import type { Logo, Workshop } from '../../model.js';
import { escapeInline, escapeUrl } from './escape.js';
import { ordinal } from './format-time.js';

/** `## 3rd Deep Learning on Supercomputers Workshop (SC19)`: the page title, with the edition when known. */
export function writeTitle(workshop: Workshop): string {
  const edition = workshop.edition === undefined ? '' : `${ordinal(workshop.edition)} `;
  const conference = workshop.conference ? ` (${escapeInline(workshop.conference.name)})` : '';
  return `## ${edition}${escapeInline(workshop.title)}${conference}\n`;
}

/** The `about` section: the description as written (Markdown). */
export const writeAbout = (workshop: Workshop): string => (workshop.about ? `${workshop.about.trim()}\n` : '');

/** Text escaped for an HTML attribute value in double quotes; `{` as an entity, for Liquid. */
export const attribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;');

/** HTML wants a number of pixels (`300px` -> `300`) or a percentage (`50%`); '' when the width is not one. */
export const logoWidth = (w: string | undefined): string => {
  const m = w === undefined ? null : /^\s*(\d+)(px|%)?\s*$/.exec(w);
  return m ? `${m[1]}${m[2] === '%' ? '%' : ''}` : '';
};
const widthOf = (w: string | undefined): string => (logoWidth(w) === '' ? '' : ` width="${logoWidth(w)}"`);

function logoHtml(logo: Logo): string {
  const img = `<img src="${attribute(logo.image)}" alt="${attribute(logo.alt)}"${widthOf(logo.width)}>`;
  return logo.url ? `<a href="${attribute(logo.url)}">${img}</a>` : img;
}

/**
 * The `logos` section: one row of images in HTML, as the SC19 page has at its top.
 * HTML rather than kramdown's `{:width=...}`, which GitHub shows as text.
 */
export function writeLogos(workshop: Workshop): string {
  if (workshop.logos.length === 0) return '';
  return `<p>\n${workshop.logos.map(logoHtml).join('\n')}\n</p>\n`;
}

/** `Papers of 6 to 10 pages`, from the page limits that are set. */
function pagesSentence(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `Papers of ${max} pages` : `Papers of ${min} to ${max} pages`;
  if (max !== undefined) return `Papers of up to ${max} pages`;
  return min === undefined ? undefined : `Papers of at least ${min} pages`;
}

/**
 * What the `submission` section prints: the text as written (trimmed), the page-limit
 * sentence, and the template and submission-system URLs (escaped), each empty when
 * the text already shows it (its link, or both page numbers); then the
 * reproducibility requirements.
 */
export function submissionParts(workshop: Workshop): { text: string; pages: string; templateUrl: string; submitUrl: string; reproducibility: string } {
  const s = workshop.submission;
  const text = s?.text?.trim() ?? '';
  const shows = (url: string | undefined) => url !== undefined && text.includes(url);
  const numbers = [s?.minPages, s?.maxPages].filter((n) => n !== undefined);
  const pagesShown = text !== '' && numbers.length > 0 && numbers.every((n) => new RegExp(`\\b${n}\\b`).test(text));
  const url = (u: string | undefined) => (u && !shows(u) ? escapeUrl(u) : '');
  return { text, pages: (pagesShown ? undefined : pagesSentence(s?.minPages, s?.maxPages)) ?? '', templateUrl: url(s?.templateUrl), submitUrl: url(s?.url), reproducibility: workshop.reproducibility?.trim() ?? '' };
}

/**
 * The `submission` section: the text; a line with the page limits, the template and
 * the submission system (see {@link submissionParts}); the reproducibility requirements.
 */
export function writeSubmission(workshop: Workshop): string {
  const p = submissionParts(workshop);
  const facts = [p.pages, p.templateUrl && `using [the template](${p.templateUrl})`].filter(Boolean).join(', ');
  const submit = p.submitUrl ? `Submit through [the submission system](${p.submitUrl}).` : '';
  const line = [facts && `${facts}.`, submit].filter(Boolean).join(' ');
  const parts = [p.text, line && line[0]!.toUpperCase() + line.slice(1), p.reproducibility].filter(Boolean);
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

/** The `contact` section: `For questions, please contact <address>.` (an autolink in both renderers). */
export const writeContact = (workshop: Workshop): string => (workshop.contact ? `For questions, please contact <${workshop.contact}>.\n` : '');
