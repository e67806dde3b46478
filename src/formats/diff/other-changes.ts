import type { CommitteeMember, ImportantDate, Workshop } from '../../model.js';
import { personKey } from '../../match-person.js';
import type { Change, DateView, MemberView } from './changes.js';

/** Changes of important dates and of the committee between two workshops. */

const fold = (s: string): string => s.normalize('NFC').trim().toLowerCase();
const dateView = (d: ImportantDate): DateView => ({ label: d.label, date: d.date, was: [...d.was] });
const memberView = (m: CommitteeMember): MemberView => (m.role === undefined ? { name: m.person.name } : { name: m.person.name, role: m.role });

/** Later, at the same precision (a day after a day, a month after a month); a date that becomes TBA, or a month that becomes a day, is changed, not extended. */
const extended = (prev: ImportantDate, now: ImportantDate): boolean => prev.precision === now.precision && now.precision !== 'tba' && now.date > prev.date;

/** Dates matched by label (any case): added, removed, extended (later), or changed (earlier). */
export function dateChanges(before: Workshop, after: Workshop): Change[] {
  const old = new Map(before.importantDates.map((d) => [fold(d.label), d]));
  const out: Change[] = [];
  for (const d of after.importantDates) {
    const prev = old.get(fold(d.label));
    old.delete(fold(d.label));
    if (!prev) out.push({ kind: 'date-added', area: 'dates', key: d.label, people: [], after: dateView(d) });
    else if (prev.date !== d.date) out.push({ kind: extended(prev, d) ? 'date-extended' : 'date-changed', area: 'dates', key: d.label, people: [], before: dateView(prev), after: dateView(d) });
  }
  for (const d of old.values()) out.push({ kind: 'date-removed', area: 'dates', key: d.label, people: [], before: dateView(d) });
  return out;
}

/** Committee members matched by person id (else name): added, removed, or a new role. */
export function committeeChanges(before: Workshop, after: Workshop): Change[] {
  const keyOf = (m: CommitteeMember) => personKey(m.person);
  const old = new Map(before.committee.map((m) => [keyOf(m), m]));
  const out: Change[] = [];
  for (const m of after.committee) {
    const prev = old.get(keyOf(m));
    old.delete(keyOf(m));
    if (!prev) out.push({ kind: 'committee-added', area: 'committee', key: keyOf(m), people: [], after: memberView(m) });
    else if ((prev.role ?? '') !== (m.role ?? '')) out.push({ kind: 'committee-role', area: 'committee', key: keyOf(m), people: [], before: memberView(prev), after: memberView(m) });
  }
  for (const m of old.values()) out.push({ kind: 'committee-removed', area: 'committee', key: keyOf(m), people: [], before: memberView(m) });
  return out;
}
