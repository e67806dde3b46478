import { formatCsv } from '../../mail/csv-write.js';
import type { MailWriter } from './writer.js';

/**
 * The attributes as JSON, where a formula character right after a `,` `;` (or blanks
 * after one) is written as its `\u` escape: the same JSON value for listmonk, and no
 * part for the CSV guard to neutralize, so the data arrives exactly as it was.
 */
const attributesJson = (attributes: object): string =>
  JSON.stringify(attributes).replace(/([,;][ \u00A0]*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/gu, (_m, before: string, c: string) => `${before}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

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
      return [r.email, r.name === '' ? r.email.slice(0, r.email.lastIndexOf('@')) : r.name, attributesJson(attributes)];
    }),
  ]);
