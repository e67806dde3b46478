import type { Diagnostic } from '../diagnostics.js';
import type { CheckSettings, Workshop } from '../model.js';
import { runRules } from '../rules/index.js';
import { resolveWorkshop } from './resolve.js';
import { INVALID, type Context, type Issue } from './schema-kit.js';
import { workshopSchema } from './workshop-schema.js';
import { parseYamlTree, type SourceMap } from './yaml-tree.js';

/** The outcome of reading a workshop file. */
export type ParseResult =
  | { ok: true; workshop: Workshop; source: SourceMap; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; workshop?: Workshop };

/**
 * Parses and validates `workshop.yaml` text, then runs every schedule rule. Pure:
 * the same text gives the same result on any machine. `ok` is false when any error
 * was found; warnings alone leave it true. Problems in the file itself (YAML, keys,
 * values) stop before the schedule rules, which would otherwise judge a half-read
 * program. When only schedule rules failed, the failure still carries the `workshop`:
 * an overlapping program can be shown and fixed. `checkOverrides` replace the file's
 * `check:` settings (the command line wins over the file).
 */
export function parseWorkshop(text: string, file = 'workshop.yaml', checkOverrides: Partial<CheckSettings> = {}): ParseResult {
  const tree = parseYamlTree(text, file);
  if (!tree.ok) return tree;
  const issues: Issue[] = [];
  const ctx: Context = { issues, raw: tree.source.raw };
  const parsed = workshopSchema.parse(tree.value, [], ctx);
  const positioned = (list: Issue[]): Diagnostic[] =>
    list.map((i) => ({ severity: 'error', ruleId: i.ruleId, message: i.message, file, path: i.path, ...tree.source.locate(i.path, i.at) }));
  if (parsed !== INVALID && parsed.program === undefined && parsed.status === undefined) {
    issues.push({ path: [], ruleId: 'missing-key', message: 'the file lacks the required key `program`; expected `program:` with one item per talk or break (`program: []` while it is unknown), or `status: cancelled` or `postponed`' });
  }
  if (parsed === INVALID || issues.length > 0) return { ok: false, diagnostics: positioned(issues) };
  const workshop = resolveWorkshop(parsed, issues);
  Object.assign(workshop.check, checkOverrides);
  const diagnostics = [...positioned(issues), ...runRules(workshop, tree.source, file)];
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, workshop };
  return { ok: true, workshop, source: tree.source, warnings: diagnostics };
}

export { decodeWorkshopBytes } from './decode.js';
