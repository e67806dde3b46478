import { writeBcc } from './bcc.js';
import { writeMailCsv } from './csv.js';
import { writeGoogleGroups } from './google-groups.js';
import { writeListmonk } from './listmonk.js';
import { writeMailchimp } from './mailchimp.js';
import { writeMailman } from './mailman.js';
import type { MailWriter } from './writer.js';
import { writeVcard } from './vcard.js';

import type { MailFormat } from './format-names.js';

/** The registry: format name -> pure writer. */
export const mailWriters: Readonly<Record<MailFormat, MailWriter>> = {
  csv: writeMailCsv,
  'google-groups': writeGoogleGroups,
  mailchimp: writeMailchimp,
  mailman: writeMailman,
  listmonk: writeListmonk,
  vcard: writeVcard,
  bcc: writeBcc,
};
