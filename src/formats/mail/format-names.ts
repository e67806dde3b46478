/** The formats of `dls mail export --format`, in the order `--help` lists them (no writer code: the CLI loads this at start-up). */
export const MAIL_FORMATS = ['csv', 'google-groups', 'mailchimp', 'mailman', 'listmonk', 'vcard', 'bcc'] as const;
/** One of {@link MAIL_FORMATS}. */
export type MailFormat = (typeof MAIL_FORMATS)[number];
