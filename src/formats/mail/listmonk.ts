import { formatCsv } from '../../mail/csv-write.js';
import type { MailWriter } from './writer.js';

/**
 * listmonk's subscriber import: `email,name,attributes`, attributes a JSON object
 * (`affiliation`, `roles`). listmonk needs a name, so a recipient without one gets
 * the part of the address before the @.
 */
export const writeListmonk: MailWriter = (recipients) =>
  formatCsv([
    ['email', 'name', 'attributes'],
    ...recipients.map((r) => {
      const attributes = { ...(r.affiliation === '' ? {} : { affiliation: r.affiliation }), roles: r.roles };
      return [r.email, r.name === '' ? r.email.slice(0, r.email.lastIndexOf('@')) : r.name, JSON.stringify(attributes)];
    }),
  ]);
