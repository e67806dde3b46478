import type { Diagnostic } from '../diagnostics.js';
import type { Workshop } from '../model.js';
import { resolveWorkshop } from '../parse/resolve.js';
import { INVALID, type Context, type Issue } from '../parse/schema-kit.js';
import { workshopSchema } from '../parse/workshop-schema.js';
import { parseYamlTree } from '../parse/yaml-tree.js';
import { runRules } from '../rules/index.js';

/**
 * Like `parseWorkshop`, but keeps the workshop when only schedule rules failed: an
 * overlapping program can still be shown, extended and shifted (that is how one
 * fixes it). `workshop` is absent when the YAML or its keys are invalid.
 */
export function analyzeWorkshop(text: string, file: string): { workshop?: Workshop; diagnostics: Diagnostic[] } {
  const tree = parseYamlTree(text, file);
  if (!tree.ok) return { diagnostics: tree.diagnostics };
  const issues: Issue[] = [];
  const ctx: Context = { issues, raw: tree.source.raw };
  const parsed = workshopSchema.parse(tree.value, [], ctx);
  const positioned = (): Diagnostic[] => issues.map((i) => ({ severity: 'error', ruleId: i.ruleId, message: i.message, file, path: i.path, ...tree.source.locate(i.path, i.at) }));
  if (parsed === INVALID) return { diagnostics: positioned() };
  const workshop = resolveWorkshop(parsed, issues);
  return { workshop, diagnostics: [...positioned(), ...runRules(workshop, tree.source, file)] };
}

/** Findings in `after` that `before` did not have (positions aside: an insert moves lines). */
export function newFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set(before.map((d) => `${d.ruleId}\u0000${d.message}`));
  return after.filter((d) => !seen.has(`${d.ruleId}\u0000${d.message}`));
}
