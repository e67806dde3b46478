import { cutValue } from '../echo.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Workshop } from '../model.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import { deadlinesInOrder, extensionsInOrder, workshopDateAgrees } from './date-rules.js';
import { itemWithinSession, knownSession } from './session-rules.js';
import { noOverlapInRoom, noOverlapInTrack } from './overlap-rules.js';
import { noUnaccountedGap, speakerNotDoubleBooked } from './booking-rules.js';
import { knownPerson, talkHasSpeaker, talkHasTitle, uniqueItemIds } from './reference-rules.js';
import type { Rule } from './rule.js';
import { suggest } from '../suggest.js';
import { endAfterStart, programInOrder, timeExists, withinWorkshopDays } from './time-rules.js';

/** Every schedule rule, in the order the README documents them. */
export const rules: readonly Rule[] = [
  noOverlapInRoom,
  noOverlapInTrack,
  speakerNotDoubleBooked,
  endAfterStart,
  timeExists,
  withinWorkshopDays,
  uniqueItemIds,
  knownPerson,
  deadlinesInOrder,
  extensionsInOrder,
  workshopDateAgrees,
  knownSession,
  itemWithinSession,
  noUnaccountedGap,
  programInOrder,
  talkHasSpeaker,
  talkHasTitle,
];

/** Rules the exports rely on: a program that breaks them has no instants to write. */
const ESSENTIAL: ReadonlySet<string> = new Set([endAfterStart.id, timeExists.id, withinWorkshopDays.id]);

/**
 * Findings that make an output wrong, so exports and the page refuse to write while
 * they stand: times that do not exist or end before they start, items outside the
 * workshop's days, duplicate ids (calendar UIDs) and unknown people (a name printed
 * as an id). Every other schedule finding (overlaps, double bookings, gaps, order) is
 * a warning for the exports; `dls schedule check` stays the gate.
 */
const BLOCKS_OUTPUT: ReadonlySet<string> = new Set([...ESSENTIAL, uniqueItemIds.id, knownPerson.id, 'unknown-rule']);
const SCHEDULE_RULES: ReadonlySet<string> = new Set(rules.map((r) => r.id));

/** True for an error that must stop an export: any problem in the file itself, or a schedule finding that makes the output wrong. */
export const blocksOutput = (d: Diagnostic): boolean => d.severity === 'error' && (!SCHEDULE_RULES.has(d.ruleId) || BLOCKS_OUTPUT.has(d.ruleId));

/** `check.disable` must name rules that exist and may be turned off. */
function checkDisabled(workshop: Workshop, source: SourceMap, file: string): Diagnostic[] {
  const ids = rules.map((r) => r.id);
  return workshop.check.disable.flatMap((id, i): Diagnostic[] => {
    const path = ['check', 'disable', i];
    const at = { severity: 'error' as const, file, path, ...source.locate(path) };
    if (ESSENTIAL.has(id)) return [{ ...at, ruleId: 'unknown-rule', message: `rule \`${id}\` cannot be turned off: calendars and pages need items whose times exist and end after they start; expected one of ${ids.filter((r) => !ESSENTIAL.has(r)).join(', ')}` }];
    if (ids.includes(id)) return [];
    const hint = suggest(id, ids);
    return [{ ...at, ruleId: 'unknown-rule', message: `\`${cutValue(id)}\` is not a rule; ${hint ? `did you mean \`${hint}\`?` : `expected one of ${ids.join(', ')}`}` }];
  });
}

/**
 * Runs every enabled rule on a workshop and positions the findings in the file.
 * `unjudged` names rules that cannot judge this file (its zone could not be read).
 */
export function runRules(workshop: Workshop, source: SourceMap, file: string, unjudged: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = checkDisabled(workshop, source, file);
  for (const rule of rules) {
    if (unjudged.includes(rule.id) || (workshop.check.disable.includes(rule.id) && !ESSENTIAL.has(rule.id))) continue;
    rule.check(workshop, (f) => out.push({ severity: rule.severity, ruleId: rule.id, message: f.message, file, path: f.path, ...source.locate(f.path, f.at) }));
  }
  return out;
}
