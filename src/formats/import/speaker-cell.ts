import type { Nodes, PhrasingContent, TableCell } from 'mdast';
import { collapse, findAll, rawPlain } from './tree.js';
import type { PrintedPerson } from './people.js';

// Italic text stands between these two while a cell is split: `Name, *Affiliation*` marks the affiliation.
const EM = '\uE010';
const END = '\uE011';
const ITALIC = /([^\uE010]*?)\uE010([^\uE011]*)\uE011/g;
/** Between people: `&`, `and`, `,` (`;` separates groups before this). */
const BETWEEN = /\s*(?:,|&|\band\b)\s*/;
const unmark = (s: string) => s.replace(/[\uE010\uE011]/g, '');

/** A cell's text with its italics marked, white space collapsed. */
export function markedText(nodes: readonly PhrasingContent[]): string {
  const walk = (n: Nodes): string => (n.type === 'emphasis' ? `${EM}${n.children.map(walk).join('')}${END}` : 'children' in n ? (n.children as Nodes[]).map(walk).join('') : rawPlain(n));
  return collapse(nodes.map(walk).join(''));
}

/** Who a speaker or chair cell names: people, and whether it said `TBA` (no one yet). */
export interface ReadPeople {
  people: PrintedPerson[];
  /** The cell named no one yet (`TBA`, `TBD`, `To be announced`): left out of the people. */
  tba?: string;
}

/**
 * Reads a speaker cell: `Name, Affiliation`, `A & B, Affiliation`, `A, B & C, Aff`,
 * `A, Aff1; B, Aff2`, `A, *Aff1* & B, *Aff2*` (an italic part after a name is its
 * affiliation), `A and B`, a panel's names after `Panelists:`. A group such as `Workshop
 * Chairs` is a group speaker; `TBA` names no one.
 */
export function readSpeakerCell(cell: TableCell): ReadPeople & { italic: boolean; panelists: boolean } {
  const italic = findAll(cell, 'emphasis').length > 0;
  const text = markedText(cell.children);
  const panelists = /^panelists?\s*:/i.test(unmark(text));
  return { ...readPeople(text.replace(/^panelists?\s*:\s*/i, ''), 'speakers'), italic, panelists };
}

/**
 * Reads the chairs of a session row, its marked text after `Chair:` or `Chairs:`. After
 * `Chair:` a plain `Name, Affiliation` is one person; after `Chairs:` commas separate
 * names (`Maria Rossi, Tom Hill`) unless the part reads as an institution (`Lena Weber, CSCS`).
 */
export function readChairs(marked: string, plural: boolean): ReadPeople {
  return readPeople(marked, plural ? 'chairs' : 'speakers');
}

function readPeople(marked: string, shape: 'speakers' | 'chairs'): ReadPeople {
  const tba = TBA.exec(unmark(marked).trim())?.[0];
  if (tba) return { people: [], tba };
  const people = marked
    .split(/;(?![^\uE010]*\uE011)/)
    .map(collapse)
    .filter((g) => unmark(g) !== '')
    .flatMap((g) => (g.includes(EM) ? readItalicGroup(g) : shape === 'chairs' ? readNameList(g) : readGroup(g)))
    .map((p) => (GROUP.test(p.name) && p.affiliation === undefined ? { ...p, group: true as const } : p));
  return { people };
}

const TBA = /^(?:tba|tbd|tbc|n\/a|to be (?:announced|determined|confirmed))\.?$/i;
const GROUP = /^(?:(?:the )?(?:workshop|program|programme|organi[sz]ing|steering|general|session|track) )?(?:co-)?(?:chairs?|organi[sz]ers|committee)$|^(?:the )?organi[sz]ers$|^(?:all|everyone|all (?:participants|speakers|attendees|authors|panelists))$/i;

/** `A, *Aff1* & B, *Aff2*`, `A & B, *Aff*`: each italic part is the affiliation of the names before it. */
function readItalicGroup(group: string): PrintedPerson[] {
  const out: PrintedPerson[] = [];
  let end = 0;
  for (const m of group.matchAll(ITALIC)) {
    end = m.index + m[0].length;
    const affiliation = collapse(m[2]!) || undefined;
    const names = namesOf(m[1]!);
    if (names.length === 0 && out.length > 0 && affiliation) out.at(-1)!.affiliation = [out.at(-1)!.affiliation, affiliation].filter(Boolean).join(', ');
    else out.push(...names.map((name) => ({ name, affiliation })));
  }
  return [...out, ...namesOf(group.slice(end)).map((name) => ({ name }))];
}

const namesOf = (text: string) => unmark(text).split(BETWEEN).map(collapse).filter(Boolean);

/** A plain group: `Name, Affiliation`, `A & B, Aff`, `A, B & C, Aff`; `A, Aff & B, Aff` when the middle part reads as an institution. */
function readGroup(group: string): PrintedPerson[] {
  const two = /^([^,&]+), ([^,&]+) (?:&|and) ([^,&]+), (.+)$/.exec(group);
  if (two && (two[2] === two[4] || isInstitution(two[2]!))) return [{ name: collapse(two[1]!), affiliation: two[2]! }, { name: collapse(two[3]!), affiliation: two[4]! }];
  if (two) return [two[1]!, two[2]!, two[3]!].map((name) => ({ name: collapse(name), affiliation: two[4]! }));
  const comma = group.indexOf(',');
  const names = comma < 0 ? group : group.slice(0, comma);
  const affiliation = comma < 0 ? undefined : collapse(group.slice(comma + 1)) || undefined;
  return names
    .split(/\s*(?:&|\band\b)\s*/)
    .map(collapse)
    .filter(Boolean)
    .map((name) => ({ name, affiliation }));
}

/** `Maria Rossi, Tom Hill & Lena Weber, CSCS`: names, a part that reads as an institution belonging to the name before it. */
function readNameList(group: string): PrintedPerson[] {
  const out: PrintedPerson[] = [];
  for (const part of namesOf(group)) {
    const last = out.at(-1);
    if (last && last.affiliation === undefined && isInstitution(part)) last.affiliation = part;
    else out.push({ name: part });
  }
  return out;
}

/** True for what reads as an institution rather than a name: `RIKEN`, `ETH Zurich`, `University of Tokyo`, `Argonne National Laboratory`. */
function isInstitution(text: string): boolean {
  const t = collapse(text);
  return /^(?:[A-Z0-9][A-Z0-9&.-]+)(?: [A-Z][\w.-]*)*$/.test(t) && /^[A-Z0-9&.-]{2,}\b/.test(t) || /\b(?:univ|universit(?:y|ät|at|é|à|e)|institut(?:e|o)?|labs?|laborator(?:y|ies|ium|io)|cent(?:er|re)|college|school|inc|corp|gmbh|ltd|national|research|foundation|hospital|academy|polytechnic|supercomputing)\b/i.test(t);
}
