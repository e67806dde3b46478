import type { Topic, Workshop } from '../../model.js';
import { attribute, logoWidth, submissionParts } from './about.js';
import { committeeCells, committeeColumns, memberParts } from './committee.js';
import { DEFAULT_AOE_LINE, DEFAULT_AOE_MARK, aoeMarking, dateText, wasText } from './dates.js';
import { escapeInline, escapeLineStart, escapeUrl, link } from './escape.js';
import { formatDay, ordinal } from './format-time.js';
import { previousLine, signupLine } from './lists.js';
import type { MarkdownOptions } from './options.js';
import { programData } from './program-data.js';
import { SECTION_WRITERS, type SectionName } from './registry.js';

type Data = Record<string, unknown>;

/**
 * The data a section template receives. Every text value is already escaped for
 * Markdown (as the built-in sections escape it; values that start a list item with
 * `escapeLineStart`) and every URL percent-encoded, so a template that prints
 * `{{ item.title }}` cannot add a table column, a list item, a link or Liquid code,
 * whatever the title holds. Markdown the organizer wrote as Markdown (`about`,
 * `submission.text`, `status_note`, the page's headers) is passed as written, as the
 * built-in sections print it. `builtin` is the section dls would write itself; the
 * shipped templates (templates/builtin) print the same bytes from the other values.
 */
export function sectionData(name: SectionName, workshop: Workshop, options: MarkdownOptions): Data {
  const e = (s: string | undefined) => (s === undefined ? '' : escapeInline(s));
  const base = {
    builtin: SECTION_WRITERS[name](workshop, options),
    workshop: { id: e(workshop.id), title: e(workshop.title), city: e(workshop.city), room: workshop.room ? link(workshop.room, workshop.roomUrl) : '', date: formatDay(workshop.date, true, options), timezone: workshop.timezone, signup_url: workshop.signupUrl ? escapeUrl(workshop.signupUrl) : '', contact: e(workshop.contact) },
  };
  return { ...base, ...SECTION_DATA[name](workshop, options) };
}

const SECTION_DATA: Record<SectionName, (workshop: Workshop, options: MarkdownOptions) => Data> = {
  title: (w) => ({ edition: w.edition === undefined ? '' : ordinal(w.edition), conference: w.conference ? escapeInline(w.conference.name) : '' }),
  logos: (w) => ({ logos: w.logos.map((l) => ({ image: attribute(l.image), alt: attribute(l.alt), url: l.url ? attribute(l.url) : '', width: logoWidth(l.width) })) }),
  // The link text of the default line: `the DLS mail list`, from the id's first part.
  signup: (w, options) => ({ series: escapeInline(w.id.split('-')[0]!.toUpperCase()), signup_line: signupLine(w, options) }),
  program: programData,
  about: (w) => ({ about: w.about?.trim() ?? '' }),
  topics: (w) => ({ topics: w.topics.map(topicData), topic_lines: topicLines(w.topics, '') }),
  submission: (w) => {
    const p = submissionParts(w);
    return { text: p.text, pages: p.pages, template_url: p.templateUrl, submit_url: p.submitUrl, reproducibility: p.reproducibility };
  },
  dates: datesData,
  committee: (w, options) => {
    const italic = options.committeeAffiliation === 'italic';
    const columns = committeeColumns(options);
    return { italic_affiliations: italic, committee_style: options.committee, columns, rows: w.committee.map((m) => committeeCells(m, columns, italic)), members: w.committee.map(memberParts) };
  },
  // An e-mail address (validated as one) is printed as written: an autolink shows no escapes.
  contact: (w) => ({ contact_address: w.contact ?? '' }),
  previous: (w, options) => ({
    previous: w.previous.map((p) => ({ title: escapeInline(p.title), url: escapeUrl(p.url), link: link(p.title, p.url) })),
    previous_style: options.previous,
    previous_line: previousLine(w, options),
  }),
};

/** A topic for a template: `{ text, items }` at every level, escaped. */
function topicData(t: Topic): { text: string; items: unknown[] } {
  return typeof t === 'string' ? { text: escapeLineStart(t), items: [] } : { text: escapeLineStart(t.text), items: t.items.map(topicData) };
}

/** Topics and sub-topics as one flat list, each with the indent of its level (Liquid has no recursion without partial files). */
function topicLines(topics: readonly Topic[], indent: string): { text: string; indent: string; depth: number }[] {
  return topics.flatMap((t) => {
    const line = { text: escapeLineStart(typeof t === 'string' ? t : t.text), indent, depth: indent.length / 2 };
    return typeof t === 'string' ? [line] : [line, ...topicLines(t.items, `${indent}  `)];
  });
}

/** Deadlines: the date as the section writes it (`TBA`, `May, 2021`), earlier dates, `(AoE)` per date or one line for all. */
function datesData(w: Workshop, options: MarkdownOptions): Data {
  const aoe = aoeMarking(w);
  return {
    dates: w.importantDates.map((d) => ({ label: escapeLineStart(d.label), date: dateText(d, options), was: d.was.map((x) => wasText(x, d, options)), aoe: aoe.marks(d), note: d.note ? escapeInline(d.note) : '' })),
    all_aoe: aoe.line,
    aoe_line: options.aoeLine ?? DEFAULT_AOE_LINE,
    aoe_mark: options.aoeMark ?? DEFAULT_AOE_MARK,
  };
}
