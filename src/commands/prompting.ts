import { DlsError, usageError } from '../errors.js';
import { resolveAnswers, type Asker, type Question } from '../edit/questions.js';

/** What a command needs from the terminal; tests pass their own. */
export interface Terminal {
  /** True when both stdin and stdout are terminals, so prompts can be shown. */
  interactive: boolean;
  /** Asks a question; defaults to inquirer's input and select, loaded on first use. */
  ask?: Asker;
  write(text: string): void;
}

/** The real terminal of this process. */
export function processTerminal(): Terminal {
  return { interactive: process.stdin.isTTY === true && process.stdout.isTTY === true, write: (t) => void process.stdout.write(t) };
}

/** The configuration of an inquirer `input` prompt for a question: validated as it is submitted. */
export const inputConfig = (q: Parameters<Asker>[0]) => ({ message: q.message, default: q.default, validate: q.validate });

/** Asks with inquirer (./prompts.ts), imported lazily so other commands never load it. */
export const inquirerAsker: Asker = async (q) => {
  const { input, select } = await import('./prompts.js');
  if (q.choices) return select({ message: q.message, default: q.default, choices: q.choices.map((c) => ({ value: c, name: c })) });
  return input(inputConfig(q));
};

/** Exit code of a run the user interrupted with Ctrl-C, as shells report SIGINT. */
export const EXIT_INTERRUPTED = 130;

/**
 * Resolves the questions or throws: missing flags without a terminal, or invalid
 * flag values, are usage errors (exit 2); Ctrl-C at a prompt is exit 130, before
 * anything was written.
 */
export async function answer<A extends Record<string, string | undefined>>(questions: readonly Question<A>[], given: Partial<A>, yes: boolean, term: Terminal): Promise<Partial<A>> {
  const ask = term.interactive ? (term.ask ?? inquirerAsker) : undefined;
  let r;
  try {
    r = await resolveAnswers(questions, { given, yes, ask });
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new DlsError('cancelled; nothing was written', { exitCode: EXIT_INTERRUPTED });
    throw e;
  }
  if (r.ok) return r.answers;
  if (r.invalid.length > 0) throw usageError(`invalid ${r.invalid.length === 1 ? 'value' : 'values'}: ${r.invalid.join('; ')}`);
  const also = r.hints.map((h) => `; ${h}`).join('');
  if (!yes) throw usageError(`missing ${r.missing.join(', ')} (no terminal to ask)`, `pass ${r.missing.join(' ')} as flags, or --yes to accept the suggested answers${also}`);
  // With --yes, a flag that has a suggestion (the id, from the title) is filled once the flags it derives from are given.
  const unsuggested = r.missing.filter((flag) => questions.find((q) => q.flag === flag)?.suggest === undefined);
  const needed = unsuggested.length > 0 ? unsuggested : r.missing;
  throw usageError(`missing ${needed.join(', ')} (no terminal to ask, and --yes has no suggestion for ${needed.length === 1 ? 'it' : 'them'})`, `pass ${needed.join(' ')} as ${needed.length === 1 ? 'a flag' : 'flags'}; --yes suggests the other answers from them${also}`);
}
