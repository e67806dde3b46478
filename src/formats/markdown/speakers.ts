import type { Person } from '../../model.js';
import { escapeInline } from './escape.js';

/**
 * The speaker cell: "Name, Affiliation". Consecutive speakers who share an
 * affiliation read "A & B, Affiliation" (three: "A, B & C, Affiliation"); groups
 * with different affiliations are separated by "; ". E-mail addresses are never
 * printed. With `italic`, affiliations read `*Affiliation*`.
 */
export function formatSpeakers(speakers: readonly Person[], italic = false): string {
  const groups: { names: string[]; affiliation?: string }[] = [];
  for (const p of speakers) {
    const last = groups.at(-1);
    if (last && last.affiliation !== undefined && last.affiliation === p.affiliation) last.names.push(p.name);
    else groups.push({ names: [p.name], affiliation: p.affiliation });
  }
  return groups.map((g) => [joinNames(g.names.map(escapeInline)), ...(g.affiliation ? [italic ? `*${escapeInline(g.affiliation)}*` : escapeInline(g.affiliation)] : [])].join(', ')).join('; ');
}

function joinNames(names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
}
