import type { Workshop } from '../../model.js';
import { writeAbout, writeContact, writeLogos, writeSubmission, writeTitle } from './about.js';
import { writeCommittee } from './committee.js';
import { writeDates } from './dates.js';
import { writePrevious, writeSignup, writeTopics } from './lists.js';
import type { MarkdownOptions } from './options.js';
import { writeProgram } from './program.js';

/** A pure section writer: the workshop in, Markdown text (ending in a newline, or empty) out. */
export type SectionWriter = (workshop: Workshop, options: MarkdownOptions) => string;

import { SECTION_NAMES, type SectionName } from './section-names.js';

export { INIT_SECTION_NAMES, SECTION_NAMES, type SectionName } from './section-names.js';

/** The registry: section name to writer. */
export const SECTION_WRITERS: Record<SectionName, SectionWriter> = {
  title: writeTitle,
  logos: writeLogos,
  about: writeAbout,
  submission: writeSubmission,
  contact: writeContact,
  signup: writeSignup,
  program: writeProgram,
  topics: writeTopics,
  dates: writeDates,
  committee: writeCommittee,
  previous: writePrevious,
};

/** Headings for sections whose writer prints none (`program` and `signup` print their own). */
export const SECTION_HEADINGS: Partial<Record<SectionName, string>> = {
  about: '### About',
  submission: '### Submission',
  topics: '### Topics',
  dates: '### Important Dates',
  committee: '### Organizing Committee',
  previous: '### Previous Workshops',
};

export { isSectionName } from './section-names.js';

/**
 * Wraps generated Markdown so Liquid (GitHub Pages) leaves it alone: `{% raw %}` and
 * `{% endraw %}` inside HTML comments, which GitHub hides and Liquid removes.
 */
export function guardLiquid(body: string): string {
  return body === '' ? '' : `${GUARD_START}${body}${GUARD_END}`;
}

const GUARD_START = '<!-- {% raw %} -->\n\n';
const GUARD_END = '\n<!-- {% endraw %} -->\n';

/** The section's own Markdown without the guard comments of {@link guardLiquid}. */
export function unguardLiquid(text: string): string {
  return text.startsWith(GUARD_START) && text.endsWith(GUARD_END) ? text.slice(GUARD_START.length, text.length - GUARD_END.length) : text;
}

/** Sections already rendered from the organizer's templates (`page.templates`), by name. */
export type RenderedSections = Partial<Record<SectionName, string>>;

const body = (name: SectionName, workshop: Workshop, options: MarkdownOptions, rendered: RenderedSections) => rendered[name] ?? SECTION_WRITERS[name](workshop, options);

/** One section, guarded from Liquid: what goes between its README markers. */
export function writeSection(name: SectionName, workshop: Workshop, options: MarkdownOptions, rendered: RenderedSections = {}): string {
  return guardLiquid(body(name, workshop, options, rendered));
}

/** Renders each named section of `workshop`, for `updateRegions`: what `dls readme` and `dls init` write between markers. */
export function sectionRenderer(workshop: Workshop, options: MarkdownOptions, rendered: RenderedSections = {}): (name: string) => string {
  // Each section is written once: a run asks for it to regenerate, to compare and to diff.
  const written = new Map<string, string>();
  return (name) => {
    let text = written.get(name);
    if (text === undefined) written.set(name, (text = writeSection(name as SectionName, workshop, options, rendered)));
    return text;
  };
}

/** Every section with its heading, in page order, guarded from Liquid. */
export function writeAllSections(workshop: Workshop, options: MarkdownOptions, rendered: RenderedSections = {}): string {
  const parts = SECTION_NAMES.map((name) => {
    const body = rendered[name] ?? SECTION_WRITERS[name](workshop, options);
    const heading = SECTION_HEADINGS[name];
    return body === '' ? '' : heading ? `${heading}\n\n${body}` : body;
  });
  return guardLiquid(parts.filter(Boolean).join('\n'));
}

/**
 * Whether the workshop has something to show in a section, for `readme --init` to
 * append it: text from its writer (or the organizer's template), except that a
 * program with no items and no `status` is no data, though it prints a placeholder.
 */
export function sectionHasData(name: SectionName, workshop: Workshop, render: (name: string) => string): boolean {
  if (name === 'program' && workshop.program.length === 0 && !workshop.status) return false;
  return render(name) !== '';
}
