import type { Workshop } from '../../model.js';
import { escapeInline, escapeLineStart } from './escape.js';

/**
 * The `committee` section: `- Name (role), Affiliation, Country`, parts that are not
 * set left out. E-mail addresses are never printed.
 */
export function writeCommittee(workshop: Workshop): string {
  return workshop.committee
    .map(({ person, role }) => {
      const name = escapeLineStart(person.name) + (role ? ` (${escapeInline(role)})` : '');
      const rest = [person.affiliation, person.country].filter((x): x is string => Boolean(x?.trim())).map(escapeInline);
      return `- ${[name, ...rest].join(', ')}\n`;
    })
    .join('');
}
