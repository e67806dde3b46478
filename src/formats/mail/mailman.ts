import { formatMailbox } from '../../mail/mailbox.js';
import type { MailWriter } from './writer.js';

/**
 * The file `mailman addmembers FILE LIST` reads: one `Display Name <addr>` a line, raw
 * UTF-8, names quoted per RFC 5322 where mailman's parser needs it (commas, quotes,
 * non-ASCII, a leading `#` that would make the line a comment).
 */
export const writeMailman: MailWriter = (recipients) => recipients.map((r) => `${formatMailbox(r.name, r.email)}\n`).join('');
