import { usageError } from '../errors.js';
import { parseAddress } from '../mail/address.js';
import type { MailExportOptions } from './mail-export.js';
import { echoValue } from '../echo.js';

/** A flag that only some formats read is refused with the others, never silently ignored. */
export function checkFormatFlags(o: MailExportOptions): void {
  if (o.group !== undefined && o.format !== 'google-groups') throw usageError(`--group is only for --format google-groups, not --format ${o.format}`, 'drop --group, or add --format google-groups');
  const bcc = [...(o.separator !== undefined ? ['--sep'] : []), ...(o.bare ? ['--bare'] : [])].join(' and ');
  if (bcc !== '' && o.format !== 'bcc') throw usageError(`${bcc} ${bcc.includes(' and ') ? 'are' : 'is'} only for --format bcc, not --format ${o.format}`, `drop ${bcc}, or add --format bcc`);
}

/** The `--group` address of `--format google-groups`, normalized; a usage error when missing or invalid. */
export function checkGroup(group: string | undefined): string {
  if (group === undefined) throw usageError('--format google-groups needs the group address', 'pass --group list@example.org');
  const parsed = parseAddress(group);
  if (!parsed.ok) throw usageError(`--group ${echoValue(group)} is not an address: ${parsed.reason}`);
  return parsed.address.email;
}
