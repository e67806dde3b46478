import type { Diagnostic } from '../diagnostics.js';
import type { CheckSettings, Workshop } from '../model.js';
import { runRules } from '../rules/index.js';
import { completeFile, skippedItems } from './partial.js';
import { resolveWorkshop } from './resolve.js';
import { INVALID, type Context, type Issue } from './schema-kit.js';
import { explainSplitTitles } from './split-title.js';
import { workshopSchema } from './workshop-schema.js';
import { parseYamlTree, type SourceMap } from './yaml-tree.js';

/** The outcome of reading a workshop file. */
export type ParseResult =
  | { ok: true; workshop: Workshop; source: SourceMap; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; workshop?: Workshop; source?: SourceMap };

/**
 * Parses and validates `workshop.yaml` text, then runs every schedule rule. Pure:
 * the same text gives the same result on any machine. `ok` is false when any error
 * was found; warnings alone leave it true.
 *
 * Like tsc and eslint, one run reports everything that can be found: only a file
 * that cannot be read as YAML stops before the schedule rules. Items with errors are
 * left out of the rules (an info diagnostic names each), and a missing or bad
 * `timezone` or `date` is stood in for so that overlaps still show. The failure
 * carries `workshop` only when the file itself is valid and just the schedule rules
 * failed: an overlapping program can be shown, edited and exported. `checkOverrides`
 * replace the file's `check:` settings (the command line wins over the file).
 */
export function parseWorkshop(text: string, file = 'workshop.yaml', checkOverrides: Partial<CheckSettings> = {}): ParseResult {
  const tree = parseYamlTree(text, file);
  if (!tree.ok) return tree;
  const issues: Issue[] = [];
  const ctx: Context = { issues, raw: tree.source.raw };
  const parsed = workshopSchema.parsePartial(tree.value, [], ctx);
  explainSplitTitles(issues, tree.source);
  const positioned = (list: Issue[]): Diagnostic[] =>
    list.map((i) => ({ severity: 'error', ruleId: i.ruleId, message: i.message, file, path: i.path, ...tree.source.locate(i.path, i.at) }));
  if (parsed === INVALID) return { ok: false, diagnostics: positioned(issues) };
  const { complete, unchecked } = completeFile(parsed);
  const workshop = resolveWorkshop(complete, issues);
  Object.assign(workshop.check, checkOverrides);
  const skipped = skippedItems(parsed, tree.source, file);
  const findings = runRules(workshop, tree.source, file, unchecked).filter((d) => !skipped.hides(d, workshop));
  const diagnostics = [...positioned(issues), ...skipped.diagnostics, ...findings];
  if (issues.length > 0) return { ok: false, diagnostics, source: tree.source };
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, workshop, source: tree.source };
  return { ok: true, workshop, source: tree.source, warnings: diagnostics };
}

export { decodeWorkshopBytes } from './decode.js';
