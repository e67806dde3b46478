import { suggest } from '../suggest.js';
import { expandAudiences, type AudienceResult, type Selection } from './audience.js';
import { selectMissing } from './missing.js';
import type { Group, Missing } from './recipient.js';
import { echoValue } from '../echo.js';

const EMPTY: Record<Group, string> = {
  people: 'the people registry has nobody with an address',
  speakers: 'no program item lists a speaker',
  committee: 'workshop.yaml has no committee',
  chairs: 'no committee member has a role with the word "chair"',
  signups: 'the sign-up CSV has no rows',
};

/**
 * Why a selection matches nobody at all (nobody exported, suppressed, rejected or
 * without an address), as a message and a hint; undefined when it matches someone.
 * An audience that includes the sign-ups may be empty (a form nobody has answered
 * yet), unless a `--role` names a role nobody in it has: that is a typo, and the hint
 * says which roles exist. Pure.
 */
export function explainNobody(result: AudienceResult, missing: readonly Missing[], selection: Selection): { message: string; hint: string } | undefined {
  if (result.recipients.length + result.suppressed.length + selectMissing(missing, selection).length > 0) return undefined;
  const to = `--to ${selection.to.join(',')}`;
  const wanted = expandAudiences(selection.to);
  const role = selection.role;
  if (role === undefined) {
    if (wanted.has('signups') || result.rejected.length > 0) return undefined;
    return { message: `${to} matches nobody`, hint: [...wanted].map((g) => EMPTY[g]).join('; ') };
  }
  const known = [...new Set([...result.roles, ...selectMissing(missing, { to: selection.to }).flatMap((m) => m.roles), ...(wanted.has('signups') ? ['signup'] : [])])];
  if (known.some((r) => r.toLowerCase() === role.toLowerCase())) return undefined;
  const close = suggest(role, known);
  const hint = close !== undefined ? `did you mean "${close}"?` : known.length > 0 ? `roles in ${to}: ${known.join(', ')}` : `nobody in ${to} has a role`;
  return { message: `--role ${echoValue(role)} matches nobody in ${to}`, hint };
}
