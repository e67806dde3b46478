import { compareCodeUnits } from './compare.js';
import type { Path } from './model.js';
import { escapeForDisplay, escapeJsonText } from './safe-text.js';

/**
 * How bad a finding is. Warnings fail a check only under `--strict`; an info (such as
 * "this item was skipped by the rules") never fails anything and is not counted.
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about an input file: data, not an exception. `line` and `column` are
 * 1-based and point at the offending node.
 */
export interface Diagnostic {
  severity: Severity;
  /** Stable id, documented in the README (`no-overlap-in-room`, `yaml-syntax` ...). */
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
  /** Path of the node in the document, when the finding is about one. */
  path?: Path;
}

/** Sorts diagnostics by file position, then rule id, so output order is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || compareCodeUnits(a.ruleId, b.ruleId) || compareCodeUnits(a.message, b.message),
  );
}

/** Counts errors and warnings (infos are not counted). */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Painters for the text format; identity functions when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

/** A painter that adds no colour. */
export const plain: Paint = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s, green: (s) => s };

/**
 * `workshop.yaml:12:5 error message (rule-id)`: one line a diagnostic, as compilers
 * print them. The file name and message are shown with control characters escaped,
 * so a key or value from the file can neither drive the terminal nor start a line.
 */
export function formatDiagnosticText(d: Diagnostic, paint: Paint = plain): string {
  const severity = d.severity === 'error' ? paint.red('error') : d.severity === 'warning' ? paint.yellow('warning') : paint.dim('info');
  return `${paint.bold(`${escapeForDisplay(d.file)}:${d.line}:${d.column}`)} ${severity} ${escapeForDisplay(d.message)} ${paint.dim(`(${d.ruleId})`)}`;
}

/** The text report: one line a diagnostic, then a summary line. */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], file: string, paint: Paint = plain): string {
  const lines = sortDiagnostics(diagnostics).map((d) => formatDiagnosticText(d, paint));
  const { errors, warnings } = countDiagnostics(diagnostics);
  if (errors + warnings === 0) lines.push(paint.green(`${escapeForDisplay(file)}: no problems found`));
  else lines.push(paint.bold(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`));
  return lines.join('\n') + '\n';
}

/** The JSON report: an array of diagnostics, stable order, pretty-printed; every control and bidi character `\u`-escaped. */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  // A fixed key order, whatever order the producers built the objects in.
  const ordered = sortDiagnostics(diagnostics).map(({ severity, ruleId, message, file, line, column, path }) => ({ severity, ruleId, message, file, line, column, path }));
  return escapeJsonText(JSON.stringify(ordered, null, 2)) + '\n';
}

/**
 * GitHub Actions workflow commands, so findings show as annotations on the file. The
 * runner's own escaping keeps a line break from starting a command; control and bidi
 * characters are shown escaped first, as in the text report.
 */
export function formatDiagnosticsGithub(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const kind = d.severity === 'info' ? 'notice' : d.severity;
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}`;
      return `::${kind} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}

/** Formats diagnostics in one of the named formats. */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  file: string,
  paint: Paint = plain,
): string {
  if (format === 'json') return formatDiagnosticsJson(diagnostics);
  if (format === 'github') return formatDiagnosticsGithub(diagnostics);
  return formatDiagnosticsText(diagnostics, file, paint);
}

/** The output formats of `dls schedule check`. */
export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;
/** One of {@link DIAGNOSTIC_FORMATS}. */
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// The escaping GitHub's runner applies when it reads workflow commands.
function escapeData(s: string): string {
  return escapeForDisplay(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
