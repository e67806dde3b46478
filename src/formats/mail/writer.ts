import type { Recipient } from '../../mail/recipient.js';

/** Options some formats need; the CLI fills them from flags. */
export interface MailWriterOptions {
  /** Google Groups: the group's address, already validated. */
  group?: string;
  /** BCC list: `,` (RFC 5322, most clients) or `;` (Outlook). */
  separator: ',' | ';';
  /** BCC list: addresses only, no display names. */
  bare: boolean;
}

/** A pure writer: recipients in the documented order -> the file's text. */
export type MailWriter = (recipients: readonly Recipient[], options: MailWriterOptions) => string;

/** Roles for one cell, joined with `; `. */
export const rolesCell = (roles: readonly string[]): string => roles.join('; ');
