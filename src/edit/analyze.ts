import type { Diagnostic } from '../diagnostics.js';
import type { Workshop } from '../model.js';
import { parseWorkshop } from '../parse/index.js';

/**
 * Every finding, and the workshop whenever the file could be read: an overlapping
 * program can still be shown, extended and shifted (that is how one fixes it).
 * `workshop` is absent when the YAML or its keys are invalid.
 */
export function analyzeWorkshop(text: string, file: string): { workshop?: Workshop; diagnostics: Diagnostic[] } {
  const r = parseWorkshop(text, file);
  return r.ok ? { workshop: r.workshop, diagnostics: r.warnings } : { workshop: r.workshop, diagnostics: r.diagnostics };
}

/** Findings in `after` that `before` did not have (positions aside: an insert moves lines). */
export function newFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set(before.map((d) => `${d.ruleId}\u0000${d.message}`));
  return after.filter((d) => !seen.has(`${d.ruleId}\u0000${d.message}`));
}
