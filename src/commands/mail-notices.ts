import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DlsError, EXIT, usageError } from '../errors.js';
import { programChanges, statusChange } from '../formats/diff/changes.js';
import { chooseDtstamp } from '../formats/ics/dtstamp.js';
import { writeEml, writeMbox, type EmlOptions } from '../formats/notice/eml.js';
import { buildNotices, type Notice } from '../formats/notice/notices.js';
import { DEFAULT_NOTICE_TEMPLATE } from '../formats/notice/template.js';
import { parseAddress } from '../mail/address.js';
import { loadValidWorkshop } from './load.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import { readInput, writeFileAtomic } from './io.js';
import { readVersion } from './workshop-version.js';
import { decodeForRewrite } from './text-encoding.js';
import { calendarName } from '../formats/ics/writer.js';
import { echoValue } from '../echo.js';
import { escapeForDisplay } from '../safe-text.js';

/** Options of `dls mail notices`. */
export interface MailNoticesOptions {
  file: string;
  since?: string;
  all: boolean;
  output?: string;
  format: 'eml' | 'mbox';
  dryRun: boolean;
  force: boolean;
  template?: string;
  from?: string;
  /** Refuse on any schedule finding, as the exports do. */
  strict?: boolean;
}

/** Runs `dls mail notices`: one message per affected speaker, written to a folder; nothing is sent. */
export async function runMailNotices(o: MailNoticesOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if ((o.since === undefined) === !o.all) throw usageError('say whose notices: --since REV (speakers whose slots changed) or --all (every speaker)');
  if (o.output === undefined && !o.dryRun) throw usageError('name the folder for the messages with -o DIR (or list them with --dry-run)');
  const { file, workshop: after, source } = await loadValidWorkshop(o.file, o.strict);
  const before = o.since !== undefined ? (await readVersion(`git:${o.since}`, o.file)).workshop : undefined;
  const fromText = o.from ?? after.contact;
  if (fromText === undefined) throw usageError('notices need a sender: set `contact:` in workshop.yaml or pass --from ADDRESS');
  const from = parseAddress(fromText);
  if (!from.ok) throw usageError(`--from ${echoValue(fromText)} is not a usable address: ${from.reason}`);
  const template = o.template === undefined ? DEFAULT_NOTICE_TEMPLATE : decodeForRewrite(await readInput(o.template, 'template'), o.template).text;
  const stamp = chooseDtstamp(after, env.SOURCE_DATE_EPOCH);
  const changes = before ? [...statusChange(before, after), ...programChanges(before, after)] : [];
  const built = buildNotices(after, { before, changes, all: o.all, since: o.since, dtstamp: stamp.ms, template });
  if (!built.ok) throw new DlsError(`${o.template}:${built.problem.line}:${built.problem.column}: ${built.problem.message}`, { hint: 'the notice template is LiquidJS; see `dls mail notices --help`' });
  for (const s of built.skipped) process.stderr.write(`dls: note: ${escapeForDisplay(`${s.person.name} (${where(source, file, s.person.path)}) gets no notice: ${s.reason}`)}\n`);
  const eml: EmlOptions = { from: { name: calendarName(after, undefined), email: from.address.email }, workshopId: after.id, dateMs: stamp.ms };
  if (o.dryRun) return listNotices(built.notices, o);
  await writeNotices(built.notices, eml, o);
  return EXIT.ok;
}

function where(source: SourceMap, file: string, path: readonly (string | number)[]): string {
  const at = source.locate(path);
  return `${file}:${at.line}:${at.column}`;
}

function listNotices(notices: readonly Notice[], o: MailNoticesOptions): number {
  const dir = o.output ?? '.';
  for (const n of notices) process.stdout.write(`${escapeForDisplay(`${o.format === 'mbox' ? join(dir, 'notices.mbox') : join(dir, `${n.name}.eml`)}: ${n.to.name} <${n.to.email}>: ${n.subject}`)}\n`);
  process.stderr.write(`dls: ${notices.length} notice${notices.length === 1 ? '' : 's'} would be written (dry run; nothing written)\n`);
  return EXIT.ok;
}

async function writeNotices(notices: readonly Notice[], eml: EmlOptions, o: MailNoticesOptions): Promise<void> {
  const dir = o.output!;
  const existing = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    if (e.code === 'ENOTDIR') throw usageError(`-o ${dir} is a file; expected a folder for the messages`);
    throw new DlsError(`cannot read the folder ${dir}: ${e.code ?? e.message}`);
  });
  if (existing.length > 0 && !o.force) throw new DlsError(`refusing to write into ${dir}: it is not empty`, { hint: 'choose an empty or new folder, or pass --force to write over messages of the same names' });
  await mkdir(dir, { recursive: true });
  const messages = notices.map((n) => writeEml(n, eml));
  if (o.format === 'mbox') await writeFileAtomic(join(dir, 'notices.mbox'), writeMbox(messages, eml));
  else for (const [i, n] of notices.entries()) await writeFileAtomic(join(dir, `${n.name}.eml`), messages[i]!);
  process.stderr.write(`dls: wrote ${notices.length} notice${notices.length === 1 ? '' : 's'} to ${dir}${o.format === 'mbox' ? '/notices.mbox' : ''}; nothing was sent\n`);
}
