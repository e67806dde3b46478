import { paintFor } from '../color.js';
import { countDiagnostics, formatDiagnostics, type DiagnosticFormat } from '../diagnostics.js';
import { EXIT } from '../errors.js';
import { loadWorkshop } from './load.js';

/** Options of `dls schedule check`, as the CLI parsed them. */
export interface CheckOptions {
  file: string;
  format: DiagnosticFormat;
  strict: boolean;
  maxGap?: number;
}

/** Runs `dls schedule check`: prints the findings and returns the exit code. */
export async function runCheck(options: CheckOptions): Promise<number> {
  const overrides = options.maxGap === undefined ? {} : { maxGapMinutes: options.maxGap };
  const { file, result } = await loadWorkshop(options.file, overrides);
  const diagnostics = result.ok ? result.warnings : result.diagnostics;
  const paint = paintFor(process.env, process.stdout.isTTY === true);
  process.stdout.write(formatDiagnostics(diagnostics, options.format, file, paint));
  const { errors, warnings } = countDiagnostics(diagnostics);
  return errors > 0 || (options.strict && warnings > 0) ? EXIT.problems : EXIT.ok;
}
