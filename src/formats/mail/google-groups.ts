import { formatCsv } from '../../mail/csv-write.js';
import type { MailWriter } from './writer.js';

/** The header of Google Workspace's bulk member upload (Admin console > Groups > Bulk upload members). */
export const GOOGLE_GROUPS_HEADER = ['Group Email [Required]', 'Member Email', 'Member Type', 'Member Role'];

/** Google Groups bulk upload: every recipient a `USER` with role `MEMBER` of `options.group`. */
export const writeGoogleGroups: MailWriter = (recipients, options) => {
  if (options.group === undefined) throw new Error('writeGoogleGroups needs options.group; the command checks --group');
  return formatCsv([GOOGLE_GROUPS_HEADER, ...recipients.map((r) => [options.group!, r.email, 'USER', 'MEMBER'])]);
};
