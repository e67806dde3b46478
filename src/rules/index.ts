import type { Diagnostic } from '../diagnostics.js';
import type { Workshop } from '../model.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import { deadlinesInOrder, extensionsInOrder } from './date-rules.js';
import { noOverlapInRoom, noUnaccountedGap, speakerNotDoubleBooked } from './overlap-rules.js';
import { knownPerson, talkHasSpeaker, uniqueItemIds } from './reference-rules.js';
import type { Rule } from './rule.js';
import { endAfterStart, programInOrder, timeExists, withinWorkshopDays } from './time-rules.js';

/** Every schedule rule, in the order the README documents them. */
export const rules: readonly Rule[] = [
  noOverlapInRoom,
  speakerNotDoubleBooked,
  endAfterStart,
  timeExists,
  withinWorkshopDays,
  uniqueItemIds,
  knownPerson,
  deadlinesInOrder,
  extensionsInOrder,
  noUnaccountedGap,
  programInOrder,
  talkHasSpeaker,
];

/** Runs every enabled rule on a workshop and positions the findings in the file. */
export function runRules(workshop: Workshop, source: SourceMap, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (workshop.check.disable.includes(rule.id)) continue;
    rule.check(workshop, (f) => out.push({ severity: rule.severity, ruleId: rule.id, message: f.message, file, path: f.path, ...source.locate(f.path, f.at) }));
  }
  return out;
}
