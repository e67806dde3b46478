import { expandAudiences, type Selection } from './audience.js';
import type { Missing } from './recipient.js';

/**
 * The people of the selection who have no address, once each (a speaker of three
 * talks is one note), with the roles of all their mentions. Pure.
 */
export function selectMissing(missing: readonly Missing[], selection: Selection): Missing[] {
  const wanted = expandAudiences(selection.to);
  const byOrigin = new Map<string, Missing>();
  for (const m of missing) {
    const seen = byOrigin.get(m.origin);
    if (seen) seen.roles = [...new Set([...seen.roles, ...m.roles])];
    if (seen) seen.groups = [...new Set([...seen.groups, ...m.groups])];
    else byOrigin.set(m.origin, { ...m });
  }
  const role = selection.role?.toLowerCase();
  return [...byOrigin.values()].filter(
    (m) => m.groups.some((g) => wanted.has(g)) && (role === undefined || m.roles.some((r) => r.toLowerCase() === role)),
  );
}
