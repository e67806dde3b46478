import { echoValue } from '../echo.js';

/**
 * Questions that prompts and flags both answer (habit 7). A command lists its
 * questions once; {@link resolveAnswers} takes each answer from its flag, else from
 * `--yes` defaults, else from an interactive prompt, and otherwise reports the flag
 * as missing. Pure apart from the injected {@link Asker}.
 */

/** One question: the option key it fills and how to ask and check it. */
export interface Question<A extends Record<string, string | undefined>> {
  key: keyof A & string;
  /** The flag that answers it, such as `--start`. */
  flag: string;
  message: string;
  /** Suggested answer, computed from the earlier answers. */
  suggest?: (answers: Partial<A>) => string | undefined;
  /** `true` when acceptable, else the reason shown to the user. */
  validate?: (value: string, answers: Partial<A>) => true | string;
  /** Optional questions accept an empty answer. */
  optional?: boolean;
  /** Not prompted for: the suggestion stands unless a flag says otherwise. */
  quiet?: boolean;
  /** Fixed choices, offered as a list. */
  choices?: readonly string[];
  /**
   * A default offered only at a prompt, where the user sees it: never taken by `--yes`
   * (the machine's time zone is no answer for a workshop elsewhere).
   */
  promptDefault?: (answers: Partial<A>) => string | undefined;
  /** Words added to the usage error when the flag is missing: `--city Denver is in America/Denver`. */
  missingHint?: (answers: Partial<A>) => string | undefined;
}

/** Asks one question in a terminal; returns the typed answer. */
export type Asker = (question: { message: string; default?: string; validate: (value: string) => true | string; choices?: readonly string[] }) => Promise<string>;

/** How answers may be obtained in this run. */
export interface AnswerSources<A> {
  /** Values given as flags. */
  given: Partial<A>;
  /** `--yes`: accept suggestions without asking. */
  yes: boolean;
  /** Present when a terminal can be prompted. */
  ask?: Asker;
}

/** The answers, or the flags still needed (no terminal) and the invalid flag values. */
export type Resolution<A> = { ok: true; answers: Partial<A> } | { ok: false; missing: string[]; invalid: string[]; hints: string[] };

/** Fills every question from flags, defaults or prompts, in order. */
export async function resolveAnswers<A extends Record<string, string | undefined>>(questions: readonly Question<A>[], sources: AnswerSources<A>): Promise<Resolution<A>> {
  const answers: Partial<A> = {};
  const missing: string[] = [];
  const invalid: string[] = [];
  const hints: string[] = [];
  for (const q of questions) {
    const check = (v: string): true | string => (v === '' ? (q.optional ? true : 'an answer is required') : (q.validate?.(v, answers) ?? true));
    const given = sources.given[q.key];
    const suggestion = q.suggest?.(answers);
    let value: string | undefined;
    if (given !== undefined) {
      const verdict = check(given);
      if (verdict !== true) invalid.push(`${q.flag} ${echoValue(given)}: ${verdict}`);
      // An invalid answer suggests nothing to the questions after it (an end date from a bad first day).
      value = verdict === true ? given : undefined;
    } else if ((sources.yes || q.quiet) && (suggestion !== undefined || q.optional)) {
      value = suggestion ?? '';
      const verdict = check(value);
      // A suggestion can be wrong too: an end suggested after a start at 23:50.
      if (verdict !== true) invalid.push(`${q.flag} (suggested ${echoValue(value)}): ${verdict}; give ${q.flag}`);
    }
    else if (q.quiet) value = undefined; // only unanswerable when an earlier answer is missing, which is reported
    else if (sources.ask) value = (await sources.ask({ message: q.message, default: suggestion ?? q.promptDefault?.(answers), validate: check, choices: q.choices })).trim();
    else if (q.optional) value = suggestion ?? '';
    else {
      missing.push(q.flag);
      const hint = q.missingHint?.(answers);
      if (hint) hints.push(hint);
    }
    if (value !== undefined && value !== '') answers[q.key] = value as A[typeof q.key];
  }
  return missing.length + invalid.length === 0 ? { ok: true, answers } : { ok: false, missing, invalid, hints };
}
