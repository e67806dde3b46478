// A display name made only of RFC 5322 atoms and spaces needs no quotes; one that
// starts with `#` gets them anyway, or `mailman addmembers` would skip the line as a comment.
const ATOMS = /^(?!#)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+( [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * A display name as RFC 5322 wants it in a header: as is when it is plain ASCII
 * words, otherwise a quoted-string with `"` and `\` escaped. Non-ASCII stays raw
 * UTF-8 inside the quotes (RFC 6532): this text is pasted into a mail client or read
 * by `mailman addmembers`, which both expect what a person would type, never RFC 2047
 * encoded-words (see docs/decisions.md ("Mailing lists")).
 */
export function formatDisplayName(name: string): string {
  return ATOMS.test(name) ? name : `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** `Display Name <addr>`, or the bare address when there is no name. */
export function formatMailbox(name: string, email: string): string {
  return name === '' ? email : `${formatDisplayName(name)} <${email}>`;
}
