import type { AudienceResult } from './audience.js';
import type { Missing, Rejected } from './recipient.js';
import { escapeForDisplay } from '../safe-text.js';

/** `signups.csv:14: rejected "bob@@example.org": it has more than one @` */
export const formatRejected = (r: Rejected): string => `${r.origin}: rejected ${JSON.stringify(r.value)}: ${r.reason}`;

/**
 * What `dls mail export` tells on stderr: every rejected entry with its origin, every
 * address that two different-looking people share, every selected person without an
 * address, and a summary line. Addresses that were
 * suppressed are counted, not listed. Pure.
 */
export function formatMailReport(result: AudienceResult, extraRejected: readonly Rejected[], missing: readonly Missing[], format: string, target: string): string {
  const lines = [...extraRejected, ...result.rejected].map(formatRejected);
  for (const s of result.shared) lines.push(`${s.origin}: note: ${s.other} and ${s.kept} share ${s.email}; exported once, as ${s.kept}`);
  for (const m of missing) lines.push(`${m.origin}: note: ${m.name} (${m.roles.join(', ')}) has no email; add one to include them`);
  const rejected = extraRejected.length + result.rejected.length;
  const n = result.recipients.length;
  lines.push(
    `dls: wrote ${n} recipient${n === 1 ? '' : 's'} as ${format} to ${target}; ${result.suppressed.length} suppressed, ${rejected} rejected` +
      (missing.length > 0 ? `, ${missing.length} without an address` : ''),
  );
  // Names, addresses and paths come from the sign-ups and workshop.yaml: shown escaped.
  return lines.map(escapeForDisplay).join('\n') + '\n';
}
