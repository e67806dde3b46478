import { formatDiagnosticsText, countDiagnostics } from '../diagnostics.js';
import { paintFor } from '../color.js';
import { DlsError, EXIT } from '../errors.js';
import type { ItemFields } from '../edit/add-questions.js';
import { questionsFor, spliceFor, type AddWhat, type Answers } from '../edit/add-plan.js';
import type { DateFields, PersonFields } from '../edit/entry-questions.js';
import { analyzeWorkshop, newFindings } from '../edit/analyze.js';
import type { Workshop } from '../model.js';
import { changedError, editTextSafely } from './edit-file.js';
import type { Diagnostic } from '../diagnostics.js';
import { escapeForDisplay } from '../safe-text.js';
import { editableWorkshop } from './editable.js';
import { answer, processTerminal, type Terminal } from './prompting.js';

export type { AddWhat };

/** Options of `dls add`: answers given as flags (`speaker` comma-joined), plus how to run. */
export type AddOptions = ItemFields & PersonFields & DateFields & { file: string; yes: boolean };

/** Runs `dls add <what>`: asks, inserts in order, re-checks, writes in place; a concurrent edit is never lost. */
export async function runAdd(what: AddWhat, options: AddOptions, term: Terminal = processTerminal()): Promise<number> {
  const first = await editableWorkshop(options.file);
  const given = givenFor(what, options);
  const answers = await answer(questionsFor(what, first.workshop), given, options.yes, term);
  // Applied under the file's lock to its current text: re-spliced when another edit landed since it was read.
  const done = await editTextSafely(options.file, async (text) => {
    if (text === undefined) throw changedError(options.file);
    const base = text === first.text ? first : freshBase(text, first.file, options.file);
    const fixed = text === first.text ? answers : await reanswer(what, base.workshop, term.interactive ? answers : given, term.interactive || options.yes, options.file);
    const edit = spliceFor(what, fixed, base.workshop, text);
    const after = analyzeWorkshop(edit.text, first.file);
    if (!after.workshop && text !== first.text) throw changedError(options.file);
    if (!after.workshop) throw new DlsError('the edit would make the file invalid; nothing was written (this is a bug in dls)', { diagnostics: after.diagnostics });
    return { text: edit.text, result: { summary: edit.summary, before: base.diagnostics, after: after.diagnostics } };
  });
  // Escaped line by line: the lines are ours, what is in them may come from input.
  term.write(done.summary.map((line) => `${escapeForDisplay(line)}\n`).join(''));
  return reportNewFindings(done.before, done.after, first.file, term);
}

/** The workshop another edit left behind, if an edit can still be applied to it. */
function freshBase(text: string, file: string, path: string): { workshop: Workshop; diagnostics: Diagnostic[] } {
  const fresh = analyzeWorkshop(text, file);
  if (!fresh?.workshop) throw changedError(path);
  return { workshop: fresh.workshop, diagnostics: fresh.diagnostics };
}

/** The answers again, checked (ids still free, suggested times after the new last item) against the changed workshop. */
async function reanswer(what: AddWhat, w: Workshop, given: Answers, yes: boolean, path: string): Promise<Answers> {
  try {
    return await answer(questionsFor(what, w), given, yes, { interactive: false, write: () => undefined });
  } catch {
    throw changedError(path);
  }
}

/**
 * Prints findings the edit introduced; exit 1 when one is an error. The edit is written
 * either way, and the heading says so: a script reading exit 1 must not take it for "nothing changed".
 */
export function reportNewFindings(before: Parameters<typeof newFindings>[0], after: Parameters<typeof newFindings>[1], file: string, term: Terminal): number {
  const fresh = newFindings(before, after);
  if (fresh.length === 0) return EXIT.ok;
  const errors = countDiagnostics(fresh).errors;
  const heading = errors > 0 ? `new findings (${file} was written; exit 1 for the new error${errors === 1 ? '' : 's'}):` : 'new findings:';
  term.write(`${heading}\n${formatDiagnosticsText(fresh, file, paintFor(process.env, process.stdout.isTTY === true))}`);
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

const FIELDS = {
  person: ['name', 'id', 'affiliation', 'country', 'email', 'url'],
  date: ['label', 'date'],
  item: ['title', 'kind', 'speaker', 'date', 'room', 'start', 'end', 'session', 'id'],
} as const;

const givenFor = (what: AddWhat, o: AddOptions): Answers => pick(o, FIELDS[what === 'person' || what === 'date' ? what : 'item']) as Answers;

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;
}
