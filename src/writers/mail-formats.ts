import { writeBcc } from './mail-bcc.js';
import { writeMailCsv } from './mail-csv.js';
import { writeGoogleGroups } from './mail-google-groups.js';
import { writeListmonk } from './mail-listmonk.js';
import { writeMailchimp } from './mail-mailchimp.js';
import { writeMailman } from './mail-mailman.js';
import type { MailWriter } from './mail-writer.js';
import { writeVcard } from './mail-vcard.js';

import type { MailFormat } from './mail-format-names.js';

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
