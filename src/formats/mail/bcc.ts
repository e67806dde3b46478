import { formatMailbox } from '../../mail/mailbox.js';
import type { MailWriter } from './writer.js';

/**
 * One line to paste into a mail client's BCC field: an RFC 5322 address list with
 * quoted display names, separated by `, `, or by `; ` for Outlook; addresses only
 * with `bare`.
 */
export const writeBcc: MailWriter = (recipients, options) => {
  const items = recipients.map((r) => (options.bare ? r.email : formatMailbox(r.name, r.email)));
  return items.length === 0 ? '' : `${items.join(`${options.separator} `)}\n`;
};
