import type { AudienceResult } from './audience.js';
import type { Missing, Rejected } from './recipient.js';
import { escapeForDisplay } from '../safe-text.js';

/** `signups.csv:14: rejected "bob@@example.org": it has more than one @` */
export const formatRejected = (r: Rejected): string => `${r.origin}: rejected ${JSON.stringify(r.value)}: ${r.reason}`;

/**
 * The people left out for want of an address: one line each when `verbose` (or when
 * there is just one), else one summary line with the count, as a 33-person committee
 * without addresses is one fact, not 33.
 */
function formatMissing(missing: readonly Missing[], verbose: boolean): string[] {
  const each = missing.map((m) => `${m.origin}: note: ${m.name} (${m.roles.join(', ')}) has no email; add one to include them`);
  if (verbose || missing.length <= 1) return each;
  const roles = [...new Set(missing.flatMap((m) => m.roles))].join(', ');
  return [`note: ${missing.length} people (${roles}) have no email and were left out; add \`email:\` to include them (--verbose lists them)`];
}

/**
 * What `dls mail export` tells on stderr: every rejected entry with its origin, every
 * address that two different-looking people share, the selected people without an
 * address (counted; listed with `verbose`), and a summary line. Addresses that were
 * suppressed are counted, not listed. Pure.
 */
export function formatMailReport(result: AudienceResult, extraRejected: readonly Rejected[], missing: readonly Missing[], format: string, target: string, verbose = false): string {
  const lines = [...extraRejected, ...result.rejected].map(formatRejected);
  for (const s of result.shared) lines.push(`${s.origin}: note: ${s.other} and ${s.kept} share ${s.email}; exported once, as ${s.kept}`);
  lines.push(...formatMissing(missing, verbose));
  const rejected = extraRejected.length + result.rejected.length;
  const n = result.recipients.length;
  lines.push(
    `dls: wrote ${n} recipient${n === 1 ? '' : 's'} as ${format} to ${target}; ${result.suppressed.length} suppressed, ${rejected} rejected` +
      (missing.length > 0 ? `, ${missing.length} without an address` : ''),
  );
  // Names, addresses and paths come from the sign-ups and workshop.yaml: shown escaped.
  return lines.map(escapeForDisplay).join('\n') + '\n';
}
