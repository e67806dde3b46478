import type { Diagnostic } from './diagnostics.js';

/** Exit codes: 0 success, 1 the input has problems, 2 the command was used wrongly. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * The one error type a user may see. It carries its exit code; `src/cli.ts` is the
 * only place that catches it, prints it and sets `process.exitCode`. Any other
 * thrown value is a bug in dls.
 */
export class DlsError extends Error {
  readonly exitCode: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly hint?: string;

  constructor(message: string, options: { exitCode?: number; diagnostics?: readonly Diagnostic[]; hint?: string } = {}) {
    super(message);
    this.name = 'DlsError';
    this.exitCode = options.exitCode ?? EXIT.problems;
    this.diagnostics = options.diagnostics ?? [];
    this.hint = options.hint;
  }
}

/** A usage error: wrong flags, a missing file. Exit code 2. */
export function usageError(message: string, hint?: string): DlsError {
  return new DlsError(message, { exitCode: EXIT.usage, hint });
}
