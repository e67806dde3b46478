import { formatCsv } from '../../mail/csv-write.js';
import type { MailWriter } from './writer.js';
import { rolesCell } from './writer.js';

/** The plain CSV: `email,name,affiliation,roles`, roles joined with `; `. */
export const writeMailCsv: MailWriter = (recipients) =>
  formatCsv([['email', 'name', 'affiliation', 'roles'], ...recipients.map((r) => [r.email, r.name, r.affiliation, rolesCell(r.roles)])]);
