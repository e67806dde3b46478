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
 * was found; warnings alone leave it true. When only the schedule rules failed, the
 * failure still carries the `workshop`: an overlapping program can be shown and fixed. `checkOverrides` replace the file's `check:`
 * settings (the command line wins over the file).
 */
export function parseWorkshop(text: string, file = 'workshop.yaml', checkOverrides: Partial<CheckSettings> = {}): ParseResult {
  const tree = parseYamlTree(text, file);
  if (!tree.ok) return tree;
  const issues: Issue[] = [];
  const ctx: Context = { issues, raw: tree.source.raw };
  const parsed = workshopSchema.parse(tree.value, [], ctx);
  const positioned = (list: Issue[]): Diagnostic[] =>
    list.map((i) => ({ severity: 'error', ruleId: i.ruleId, message: i.message, file, path: i.path, ...tree.source.locate(i.path, i.at) }));
  if (parsed === INVALID) return { ok: false, diagnostics: positioned(issues) };
  const workshop = resolveWorkshop(parsed, issues);
  Object.assign(workshop.check, checkOverrides);
  const diagnostics = [...positioned(issues), ...runRules(workshop, tree.source, file)];
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, workshop };
  return { ok: true, workshop, source: tree.source, warnings: diagnostics };
}

/**
 * Decodes file bytes as UTF-8 text, refusing binary files: invalid UTF-8 or a NUL
 * byte gives a diagnostic instead of a garbled parse. A leading BOM is dropped.
 */
export function decodeWorkshopBytes(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, diagnostics: [binary(file, bytes, bad, `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8`)] };
  }
  const nul = text.search(/[\u0000-\u0008\u000e-\u001f\u007f]/);
  if (nul >= 0) {
    const code = text.charCodeAt(nul).toString(16).padStart(2, '0');
    return { ok: false, diagnostics: [binary(file, new TextEncoder().encode(text.slice(0, nul)), -1, `control character U+00${code.toUpperCase()} found`)] };
  }
  return { ok: true, text };
}

function binary(file: string, bytes: Uint8Array, at: number, what: string): Diagnostic {
  const before = at >= 0 ? bytes.subarray(0, at) : bytes;
  let line = 1;
  let lastNewline = -1;
  before.forEach((b, i) => {
    if (b === 10) {
      line++;
      lastNewline = i;
    }
  });
  const column = new TextDecoder().decode(before.subarray(lastNewline + 1)).length + 1;
  return { severity: 'error', ruleId: 'not-text', message: `${what}; expected a UTF-8 text file (is this a binary file?)`, file, line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest failing prefix; streaming mode does not fail on a
  // character merely cut off at the end of the prefix, so failure is monotone.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
