import { formatCsv } from '../../mail/csv-write.js';
import type { MailWriter } from './writer.js';

/**
 * Mailchimp's contact import: `Email Address,First Name,Last Name,Tags`, the headers
 * Mailchimp maps on its own. Tags are the roles, comma-separated in one cell (a comma
 * inside a role becomes a space, or Mailchimp would split it).
 */
export const writeMailchimp: MailWriter = (recipients) =>
  formatCsv([
    ['Email Address', 'First Name', 'Last Name', 'Tags'],
    ...recipients.map((r) => [r.email, r.given, r.family, r.roles.map((t) => t.replace(/,/g, ' ')).join(',')]),
  ]);
