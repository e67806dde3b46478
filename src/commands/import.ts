import { basename, dirname, join, relative } from 'node:path';
import { DlsError, EXIT, usageError } from '../errors.js';
import { findRegions } from '../formats/markdown/readme-regions.js';
import { SECTION_NAMES } from '../formats/markdown/section-names.js';
import { isDate } from '../parse/formats.js';
import { isKnownZone } from '../time.js';
import { readInput } from './io.js';
import { changedError, editFileSafely, editTextSafely } from './edit-file.js';
import { processTerminal, type Terminal } from './prompting.js';
import { decodeReadme } from './readme-text.js';

/** Options of `dls import`. */
export interface ImportCommandOptions {
  page: string;
  /** workshop.yaml to write; next to the page when absent. */
  file?: string;
  timezone?: string;
  year?: string;
  /** The workshop's (first) day, YYYY-MM-DD, when the page does not say it. */
  date?: string;
  yes: boolean;
  force: boolean;
}

/** Runs `dls import`: page in, workshop.yaml out, fidelity report; markers on the page with `--yes`. */
export async function runImport(options: ImportCommandOptions, term: Terminal = processTerminal()): Promise<number> {
  if (options.timezone !== undefined && !isKnownZone(options.timezone)) throw usageError(`option '--timezone <zone>' argument '${options.timezone}' is invalid: expected an IANA zone such as Europe/Berlin`);
  const bytes = await readInput(options.page, 'page', 'pass the Markdown page to import, such as `dls import README.md`');
  if (bytes.includes(0)) throw new DlsError(`${options.page} is a binary file, not a Markdown page; nothing was written`);
  const text = decodeReadme(bytes, options.page);
  const file = options.file ?? join(dirname(options.page), 'workshop.yaml');
  const { importPage, formatFidelity, formatNote } = await import('../formats/import/index.js');
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1970 && year <= 2999)) throw usageError(`option '--year <yyyy>' argument '${options.year}' is invalid: expected a year such as 2025`);
  if (options.date !== undefined && !isDate(options.date)) throw usageError(`option '--date <yyyy-mm-dd>' argument '${options.date}' is invalid: expected a date such as 2025-11-16`);
  const given = { source: basename(options.page), timezone: options.timezone, year, date: options.date };
  let r = importPage(text, given);
  if (!r.ok && r.reason === 'zone') r = importPage(text, { ...given, timezone: await askZone(options.page, term) });
  if (!r.ok) {
    if (r.reason === 'nothing') throw new DlsError(`${options.page}: ${r.message}; nothing was written`);
    if (r.reason === 'date') throw usageError(`${options.page} names no day for the workshop: no program under a dated heading, no \`Workshop: date\` line in its dates, no date in its opening lines`, 'pass --date, such as --date 2025-11-16');
    if (r.reason === 'year') throw usageError(`${options.page} names no year, so its dates (such as Nov 17th) have none`, 'pass --year, such as --year 2025');
    if (r.reason === 'invalid') throw new DlsError('the imported workshop.yaml does not pass its own check; this is a bug in dls, please report it with the page', { diagnostics: r.diagnostics, exitCode: 70 });
    throw new DlsError('unreachable');
  }
  if (options.yes) {
    const regions = findRegions(text, SECTION_NAMES);
    if (!regions.ok || regions.regions.length > 0) throw new DlsError(`${options.page} already has dls markers; nothing was written`, { hint: 'import reads pages kept by hand; run `dls readme` on a marked page' });
  }
  const yaml = r.yaml;
  // Under the file's lock, an existing workshop.yaml is not overwritten without --force; the very file this
  // import writes (a second run, now with --yes) is no file to protect.
  await editFileSafely(file, (old) => {
    if (old !== undefined && Buffer.from(old).toString('utf8') !== yaml && !options.force) throw new DlsError(`${file} already exists; not overwriting it`, { hint: 'pass --force to replace it, or -f PATH to write another file; `dls readme --init --yes` marks the page without importing again' });
    return { content: yaml, result: undefined };
  });
  term.write(`wrote ${file}\n`);
  for (const n of r.notes) term.write(`${options.page}:${formatNote(n)}\n`);
  term.write(formatFidelity(r.fidelity));
  if (r.problems > 0) term.write(`the page's program has ${r.problems} problem${r.problems === 1 ? '' : 's'} (such as a speaker in two rooms at once); \`dls schedule check\` lists them\n`);
  const sections = r.fidelity.filter((f) => f.differences.length === 0).map((f) => f.section).join(', ');
  const kept = r.fidelity.filter((f) => f.differences.length > 0).map((f) => `${f.section} (${f.differences.length === 1 ? '1 line differs' : `${f.differences.length} lines differ`})`);
  const keptNote = kept.length > 0 ? `not marked, since \`dls readme\` would rewrite lines the page has: ${kept.join(', ')}; make workshop.yaml or its \`page:\` style match, then \`dls readme --init --yes\`\n` : '';
  if (!options.yes) {
    term.write(`${options.page} was left as it is. \`dls import ${options.page} --yes\` would put dls markers around: ${sections || 'nothing'}.\n${keptNote}`);
    return EXIT.ok;
  }
  // Marked under the page's lock, and only if the page is still the one imported: a hand edit made meanwhile is never lost.
  const unmarked = text.replace(/^\ufeff/, '');
  const marked = r.marked.replace(/^\ufeff/, '');
  await editTextSafely(options.page, (now) => {
    if (now !== unmarked) throw changedError(options.page);
    return { text: marked, result: undefined };
  });
  const rel = relative(dirname(options.page), file);
  term.write(keptNote);
  if (sections === '') return EXIT.ok;
  term.write(`marked ${sections} in ${options.page}; \`dls${rel === 'workshop.yaml' ? '' : ` -f ${file}`} readme --check ${options.page}\` now compares them with workshop.yaml\n`);
  return EXIT.ok;
}

async function askZone(page: string, term: Terminal): Promise<string> {
  const hint = 'pass --timezone with the IANA zone of the place, such as --timezone Europe/Berlin or --timezone America/Denver';
  if (!term.interactive) throw usageError(`${page} says neither a zone label (MST, CEST) nor a known city, so the times have no zone (no terminal to ask)`, hint);
  const ask = term.ask ?? (await import('./prompting.js')).inquirerAsker;
  return ask({ message: 'Time zone of the times on the page (IANA, such as America/Denver)', validate: (v) => isKnownZone(v) || 'an IANA zone such as Europe/Berlin' });
}
