import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DlsError, EXIT } from '../errors.js';
import { addGitignorePatterns } from '../edit/gitignore.js';
import { initQuestions, type InitFields } from '../edit/init-questions.js';
import { formatInitTemplate, PRIVATE_PATTERNS, type InitAnswers } from '../edit/init-template.js';
import { addReadmeMarkers, initSections } from '../edit/readme-markers.js';
import { parseWorkshop } from '../parse/index.js';
import { writeFileAtomic } from './io.js';
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
  const existing = await readOptional(options.file);
  if (existing !== undefined && !options.force) {
    throw new DlsError(`${options.file} already exists; not overwriting it`, { exitCode: EXIT.problems, hint: 'pass --force to replace it, or -f PATH to start another file' });
  }
  if (!(await isFolder(dirname(options.file)))) throw new DlsError(`cannot write ${options.file}: folder ${dirname(options.file)} does not exist`);
  const answers = (await answer(initQuestions(machineZone), options, options.yes, term)) as InitAnswers;
  const text = formatInitTemplate(answers);
  const check = parseWorkshop(text, options.file);
  if (!check.ok) throw new DlsError('the new workshop.yaml does not pass its own check; this is a bug in dls', { diagnostics: check.diagnostics });
  await writeFileAtomic(options.file, text);
  term.write(`wrote ${options.file}\n`);
  const dir = dirname(options.file);
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
  const old = await readOptional(path);
  const next = change(old);
  if (next === undefined) return;
  await writeFileAtomic(path, next);
  term.write(old === undefined ? `wrote ${path}\n` : `${what} ${path}\n`);
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DlsError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}
