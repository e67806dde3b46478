import type { TableCell, TableRow } from 'mdast';
import type { ItemKind } from '../../model.js';
import { plain } from './tree.js';

/**
 * A kind column: the cell right before the title that says what a row is, as many
 * workshop pages mark their keynotes (`| 9:10-10:00 | **Keynote** | Title | Speaker |`),
 * under an empty header or one such as Session or Type; other rows say Talk, Break,
 * Panel, or nothing. It becomes `page.keynote: cell` with its header and words.
 */
export interface KindColumn {
  header: string;
  /** The word the page prints for each kind, as printed (`**Keynote**`), first seen first. */
  words: Partial<Record<ItemKind, string>>;
}

const KIND_HEADER = /^(kind|type|session|format|category|)$/i;

/** The index of the kind column (the one right before `title`), or undefined when that column is something else. */
export function findKindColumn(header: readonly string[], rows: readonly TableRow[], title: number, taken: readonly number[]): number | undefined {
  const at = title - 1;
  if (at < 0 || taken.includes(at) || !KIND_HEADER.test(header[at] ?? 'x')) return undefined;
  const filled = rows.map((r) => r.children[at]).filter((c): c is TableCell => c !== undefined && plain(c) !== '');
  return filled.length > 0 && filled.every((c) => labelOf(c) !== undefined) ? at : undefined;
}

/** Up to three words without digits, perhaps all in bold or italics: `Keynote`, `**Invited Talk**`. */
function labelOf(cell: TableCell): string | undefined {
  const [only, ...rest] = cell.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (!only || rest.length > 0) return undefined;
  const text = plain(only);
  if (!/^[\p{L}][\p{L}' -]*$/u.test(text) || text.split(' ').length > 3) return undefined;
  if (only.type === 'text') return text;
  if (only.type === 'strong' || only.type === 'emphasis') return only.children.length === 1 && only.children[0]!.type === 'text' ? (only.type === 'strong' ? `**${text}**` : `*${text}*`) : undefined;
  return undefined;
}

const KIND_OF_LABEL: [RegExp, ItemKind][] = [
  [/keynote/i, 'keynote'],
  [/panel/i, 'panel'],
  [/break|lunch|coffee|dinner|reception/i, 'break'],
  [/opening|welcome/i, 'opening'],
  [/closing/i, 'closing'],
  [/talk|paper|presentation|lightning/i, 'talk'],
];

/** Reads a row's kind cell: the kind it names (recorded with its word in `column`), or undefined when empty. */
export function readKindCell(cell: TableCell | undefined, column: KindColumn): ItemKind | undefined {
  const word = cell && labelOf(cell);
  if (!word) return undefined;
  const kind = KIND_OF_LABEL.find(([re]) => re.test(word))?.[1] ?? 'other';
  column.words[kind] ??= word;
  return kind;
}
