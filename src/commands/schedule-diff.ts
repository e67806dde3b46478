import { DlsError, EXIT, usageError } from '../errors.js';
import { diffWorkshops, writeDiff, type DiffFormat } from '../formats/diff/writer.js';
import { pageClock } from '../formats/markdown/format-time.js';
import { resolveMarkdownOptions } from '../formats/markdown/options.js';
import { writeOutput } from './io.js';
import { readVersion } from './workshop-version.js';
import { echoValue } from '../echo.js';
import { escapeForDisplay } from '../safe-text.js';

/** Options of `dls schedule diff`. */
export interface ScheduleDiffOptions {
  file: string;
  old?: string;
  new?: string;
  since?: string;
  format: DiffFormat;
  exitCode: boolean;
  force: boolean;
  date?: string;
  output?: string;
}

/** The heading date of the Markdown changelog: `--date`, else `updated:` of the new version, else SOURCE_DATE_EPOCH. */
function headingDate(o: ScheduleDiffOptions, updated: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (o.date !== undefined) return o.date;
  if (updated !== undefined) return updated.slice(0, 10);
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : undefined;
}

/** Runs `dls schedule diff`: prints what changed between two versions. */
export async function runScheduleDiff(o: ScheduleDiffOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (o.since !== undefined && o.old !== undefined) throw usageError('give either OLD or --since REV, not both');
  const oldSpec = o.since !== undefined ? `git:${o.since}` : o.old;
  if (oldSpec === undefined) throw usageError('what to compare with? give OLD (a file or git:REV), or --since REV', 'dls schedule diff --since HEAD~1');
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw usageError(`--date expects YYYY-MM-DD; got ${echoValue(o.date)}`);
  const before = await readVersion(oldSpec, o.file);
  const after = await readVersion(o.new ?? o.file, o.file);
  if (before.workshop.id !== after.workshop.id && !o.force) {
    throw new DlsError(`${before.name} is workshop "${before.workshop.id}" and ${after.name} is "${after.workshop.id}": two different workshops`, { exitCode: EXIT.usage, hint: 'pass --force to compare them anyway' });
  }
  const diff = diffWorkshops(before.workshop, after.workshop, { before: before.name, after: after.name });
  const multiDay = before.workshop.date !== before.workshop.endDate || after.workshop.date !== after.workshop.endDate;
  // Times as the page prints them (`9:00AM` on a 12-hour page), so a changelog reads like the program.
  const clock = pageClock(resolveMarkdownOptions(after.workshop.page));
  const text = writeDiff(diff, { format: o.format, multiDay, date: headingDate(o, after.workshop.updated, env), clock });
  if (o.format === 'text' && diff.changes.length === 0) process.stderr.write(`dls: no changes between ${escapeForDisplay(before.name)} and ${escapeForDisplay(after.name)}\n`);
  await writeOutput(o.output, text, [o.file]);
  return o.exitCode && diff.changes.length > 0 ? EXIT.problems : EXIT.ok;
}
