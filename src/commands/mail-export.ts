import { dirname, isAbsolute, join, relative } from 'node:path';
import { DlsError, EXIT, usageError } from '../errors.js';
import { buildAudience } from '../mail/audience.js';
import { selectMissing } from '../mail/missing.js';
import { explainNobody } from '../mail/nobody.js';
import { parseCsv } from '../mail/csv.js';
import { detectDelimiter } from '../mail/csv-delimiter.js';
import type { Audience, Entry, Rejected } from '../mail/recipient.js';
import { formatMailReport } from '../mail/report.js';
import { signupEntries } from '../mail/signups.js';
import { parseSuppression } from '../mail/suppress.js';
import { workshopEntries } from '../mail/workshop-entries.js';
import type { MailFormat } from '../formats/mail/format-names.js';
import { mailWriters } from '../formats/mail/formats.js';
import { readInput, writeOutput } from './io.js';
import { checkFormatFlags, checkGroup } from './mail-flags.js';
import { escapeForDisplay } from '../safe-text.js';
import { loadValidWorkshop } from './load.js';

/** Options of `dls mail export`, as the CLI parsed them. */
export interface MailExportOptions {
  file: string;
  to: Audience[];
  role?: string;
  format: MailFormat;
  signups?: string;
  suppress?: string;
  group?: string;
  /** bcc only; `,` when not given. */
  separator?: ',' | ';';
  bare: boolean;
  output?: string;
  strict: boolean;
  /** List every person without an address, not just their count. */
  verbose?: boolean;
}

/** Runs `dls mail export`: reads the workshop, sign-ups and suppression list, writes one list. */
export async function runMailExport(o: MailExportOptions): Promise<number> {
  checkFormatFlags(o);
  const group = o.format === 'google-groups' ? checkGroup(o.group) : undefined;
  const { file, workshop, source } = await loadValidWorkshop(o.file, o.strict);
  const base = o.file === '-' ? '.' : dirname(o.file);
  const inWorkshopDir = (p: string | undefined) => (p === undefined ? undefined : isAbsolute(p) ? p : join(base, p));
  const { entries, missing } = workshopEntries(workshop, source, file);
  const wantsSignups = o.to.includes('signups') || o.to.includes('all');
  const signupsPath = o.signups ?? inWorkshopDir(workshop.mailing.signups);
  if (o.to.includes('signups') && signupsPath === undefined) {
    throw usageError('--to signups needs the sign-up CSV', 'pass --signups FILE, or set mailing.signups in workshop.yaml');
  }
  if (wantsSignups && signupsPath !== undefined) {
    const signups = await readSignups(signupsPath);
    if (signups.length === 0) process.stderr.write(`note: ${escapeForDisplay(shown(signupsPath))} has no sign-ups yet (no rows under the header)\n`);
    for (const signup of signups) entries.push(signup); // not push(...signups): a million arguments overflow the stack
  } else if (wantsSignups) process.stderr.write('note: no sign-up CSV (set mailing.signups in workshop.yaml or pass --signups FILE); exporting workshop.yaml only\n');
  const suppressPath = o.suppress ?? inWorkshopDir(workshop.mailing.suppress);
  const suppression = suppressPath === undefined ? { keys: new Map<string, string>(), rejected: [] as Rejected[] } : parseSuppression(await readText(suppressPath, 'suppression file'), shown(suppressPath));
  const selection = { to: o.to, role: o.role };
  const audience = buildAudience(entries, suppression.keys, selection);
  const nobody = explainNobody(audience, missing, selection);
  if (nobody) throw new DlsError(nobody.message, { hint: nobody.hint });
  const text = mailWriters[o.format](audience.recipients, { group, separator: o.separator ?? ',', bare: o.bare });
  await writeOutput(o.output, text, [o.file, signupsPath, suppressPath]);
  process.stderr.write(formatMailReport(audience, suppression.rejected, selectMissing(missing, selection), o.format, o.output ?? 'standard output', o.verbose));
  return o.strict && audience.rejected.length + suppression.rejected.length > 0 ? EXIT.problems : EXIT.ok;
}

async function readSignups(path: string): Promise<Entry[]> {
  const name = shown(path);
  const text = await readText(path, 'sign-up CSV');
  const csv = parseCsv(text, detectDelimiter(text));
  if (!csv.ok) throw new DlsError(`${name}:${csv.line}: ${csv.message}`);
  const signups = signupEntries(csv.records, name);
  if (!signups.ok) throw new DlsError(signups.message);
  return signups.entries;
}

/** Reads a private mail file as UTF-8; a missing one is an error, never an empty list. */
async function readText(path: string, what: string): Promise<string> {
  const bytes = await readInput(path, what, what === 'suppression file' ? 'create it empty if nobody has unsubscribed; every export honours it' : undefined);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DlsError(`${shown(path)} is not UTF-8 text`, { hint: 'download the CSV again from Google Forms, or save it as "CSV UTF-8" in your spreadsheet' });
  }
}

/** A path as messages show it: relative to the current folder when it is inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
