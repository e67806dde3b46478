import { lstat, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DlsError, EXIT } from '../errors.js';
import { addGitignorePatterns } from '../edit/gitignore.js';
import { initQuestions, type InitFields } from '../edit/init-questions.js';
import { formatInitTemplate, PRIVATE_PATTERNS, type InitAnswers } from '../edit/init-template.js';
import { addReadmeMarkers, initSections } from '../edit/readme-markers.js';
import { parseWorkshop } from '../parse/index.js';
import { editFileSafely, editTextSafely } from './edit-file.js';
import { readInput } from './io.js';
import { decodeForRewrite } from './text-encoding.js';
import { formatJsonSchema } from './schema.js';
import { answer, processTerminal, type Terminal } from './prompting.js';

/** Options of `dls init`: the answers given as flags, plus how to run. */
export interface InitOptions extends InitFields {
  file: string;
  yes: boolean;
  force: boolean;
}

/** Runs `dls init`: asks, then writes workshop.yaml, the README markers and .gitignore. */
export async function runInit(options: InitOptions, term: Terminal = processTerminal(), machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<number> {
  if ((await exists(options.file)) && !options.force) throw alreadyExists(options.file);
  if (!(await isFolder(dirname(options.file)))) throw new DlsError(`cannot write ${options.file}: folder ${dirname(options.file)} does not exist`);
  const dir = dirname(options.file);
  // Files init rewrites must be UTF-8: refused before anything is written, so a Latin-1 README stops init cleanly.
  for (const name of ['README.md', '.gitignore', 'workshop.schema.json']) await readOptional(join(dir, name));
  const answers = (await answer(initQuestions(machineZone), options, options.yes, term)) as InitAnswers;
  const text = formatInitTemplate(answers);
  const check = parseWorkshop(text, options.file);
  if (!check.ok) throw new DlsError('the new workshop.yaml does not pass its own check; this is a bug in dls', { diagnostics: check.diagnostics });
  // Under the lock: another init that created the file meanwhile is not overwritten without --force.
  await editFileSafely(options.file, (old) => {
    if (old !== undefined && !options.force) throw alreadyExists(options.file);
    return { content: text, result: undefined };
  });
  term.write(`wrote ${options.file}\n`);
  const sections = initSections(check.workshop);
  let kept: string[] = [];
  const readme = (old: string | undefined) => {
    const r = addReadmeMarkers(old, check.workshop);
    kept = r.kept;
    return r.text;
  };
  await update(join(dir, 'README.md'), readme, term, `added ${sections.slice(0, -1).join(', ')} and ${sections[sections.length - 1]} sections to`);
  if (kept.length > 0) {
    term.write(`left README.md as it is: it already shows ${kept.join(', ')} by hand; once workshop.yaml holds them, \`dls readme --init\` marks them for regeneration\n`);
  }
  await update(join(dir, 'workshop.schema.json'), (old) => (old === formatJsonSchema() ? undefined : formatJsonSchema()), term, 'updated');
  await update(join(dir, '.gitignore'), (ignore) => addGitignorePatterns(ignore, PRIVATE_PATTERNS), term, 'listed the private mailing files in');
  term.write('next: `dls add talk` to build the program, `dls schedule show` to see it, `dls readme` to refresh the README after an edit\n');
  return EXIT.ok;
}

async function update(path: string, change: (old: string | undefined) => string | undefined, term: Terminal, what: string): Promise<void> {
  const r = await editTextSafely(path, (old) => {
    const text = change(old);
    return { text, result: { wrote: text !== undefined, created: old === undefined } };
  });
  if (r.wrote) term.write(r.created ? `wrote ${path}\n` : `${what} ${path}\n`);
}

const alreadyExists = (path: string) =>
  new DlsError(`${path} already exists; not overwriting it`, { exitCode: EXIT.problems, hint: 'pass --force to replace it, or -f PATH to start another file' });

const exists = async (path: string): Promise<boolean> => (await lstat(path).catch(() => undefined)) !== undefined;

/** A file's text, if it exists; one that is not UTF-8 is refused (see `decodeForRewrite`). */
async function readOptional(path: string): Promise<string | undefined> {
  if (!(await exists(path))) return undefined;
  return decodeForRewrite(await readInput(path), path).text;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}
