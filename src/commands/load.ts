import { DlsError } from '../errors.js';
import { formatDiagnosticText, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { blocksOutput } from '../rules/index.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import type { CheckSettings, Workshop } from '../model.js';
import { decodeWorkshopBytes, parseWorkshop, type ParseResult } from '../parse/index.js';
import { displayName, readInput } from './io.js';

/** Reads and parses a workshop file. Never throws at a user's mistake: bad content is in the result. */
export async function loadWorkshop(path: string, checkOverrides: Partial<CheckSettings> = {}): Promise<{ file: string; result: ParseResult; text?: string }> {
  const file = displayName(path);
  const decoded = decodeWorkshopBytes(await readInput(path, 'file', 'run `dls init` to create a workshop.yaml, or pass -f PATH'), file);
  if (!decoded.ok) return { file, result: decoded };
  return { file, result: parseWorkshop(decoded.text, file, checkOverrides), text: decoded.text };
}

/**
 * Loads a workshop for the commands that write something from it (exports, the page,
 * mail). A problem that would make the output wrong is a DlsError (exit 1, nothing
 * written); other schedule findings (an overlap, a gap) go to stderr as warnings with
 * a pointer to `dls schedule check`, and the command goes on. With `strict`, any
 * finding refuses.
 */
export async function loadValidWorkshop(path: string, strict = false): Promise<{ file: string; workshop: Workshop; source: SourceMap }> {
  const { file, result } = await loadWorkshop(path);
  const diagnostics = result.ok ? result.warnings : result.diagnostics;
  const findings = diagnostics.filter((d) => d.severity !== 'info');
  if (!result.workshop || !result.source || diagnostics.some(blocksOutput)) {
    throw new DlsError(`${file} has problems; nothing was written`, { diagnostics, hint: 'fix the errors above; `dls schedule check` lists them too' });
  }
  if (strict && findings.length > 0) {
    throw new DlsError(`${file} has ${plural(findings.length, 'schedule finding')} and --strict is on; nothing was written`, { diagnostics, hint: 'run `dls schedule check` for details, or leave out --strict to write anyway' });
  }
  if (findings.length > 0) process.stderr.write(formatFindingsAsWarnings(findings));
  return { file, workshop: result.workshop, source: result.source };
}

/** Schedule findings as warnings on stderr, then one line pointing to the check. */
function formatFindingsAsWarnings(findings: readonly Diagnostic[]): string {
  const lines = sortDiagnostics(findings).map((d) => formatDiagnosticText({ ...d, severity: 'warning' }));
  lines.push(`dls: warning: ${plural(findings.length, 'schedule finding')} above ${findings.length === 1 ? 'does' : 'do'} not stop this command; \`dls schedule check\` explains them (and fails CI on errors), --strict makes them stop it`);
  return `${lines.join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Loads a workshop to show or edit: schedule findings (an overlap) do not stop it,
 * since seeing and editing the program is how they get fixed; a file that cannot be
 * read as a workshop (not text, invalid YAML or keys) does (exit 1). `purpose` ends
 * the message: "has problems to fix before it can be edited".
 */
export async function loadWorkshopModel(path: string, purpose: string): Promise<{ file: string; text: string; workshop: Workshop; diagnostics: Diagnostic[] }> {
  const { file, result, text } = await loadWorkshop(path);
  const workshop = result.workshop;
  const diagnostics = result.ok ? result.warnings : result.diagnostics;
  if (!workshop || text === undefined) throw new DlsError(`${file} has problems to fix before ${purpose}`, { diagnostics, hint: 'run `dls schedule check` for details' });
  return { file, text, workshop, diagnostics };
}
