import type { Workshop } from '../../model.js';
import { escapeInline, escapeLineStart } from './escape.js';
import type { MarkdownOptions } from './options.js';

/**
 * The `committee` section: `- Name (role), Affiliation, Country`, parts that are not
 * set left out; the affiliation in italics with `page.committee_affiliation: italic`.
 * E-mail addresses are never printed.
 */
export function writeCommittee(workshop: Workshop, options?: Pick<MarkdownOptions, 'committeeAffiliation'>): string {
  const italic = options?.committeeAffiliation === 'italic';
  const shown = (s: string | undefined) => (s?.trim() ? escapeInline(s) : undefined);
  return workshop.committee
    .map(({ person, role }) => {
      const name = escapeLineStart(person.name) + (role ? ` (${escapeInline(role)})` : '');
      const affiliation = shown(person.affiliation);
      const rest = [affiliation && italic ? `*${affiliation}*` : affiliation, shown(person.country)].filter((x): x is string => x !== undefined);
      return `- ${[name, ...rest].join(', ')}\n`;
    })
    .join('');
}
