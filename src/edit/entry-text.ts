import type { NewEntry } from './splice.js';
import { renderEntry, type EntryStyle } from './style.js';
import { yamlScalar } from './yaml-text.js';

/**
 * The new entry as lines at `indent` (the column of its `-` or key), each ending in a
 * newline: one line when the style is flow and it fits, else a block of keys.
 */
export function blockLines(entry: NewEntry, style: EntryStyle, indent: number, inSeq: boolean): string {
  const pad = ' '.repeat(indent);
  const flowText = renderEntry(entry.value, style, true, entry.timeKeys);
  const flow = style.flow && indent + 2 + flowText.length <= style.maxFlowWidth;
  if (inSeq) {
    if (flow) return `${pad}- ${flowText}\n`;
    return renderEntry(entry.value, style, false, entry.timeKeys).split('\n').map((l, i) => `${pad}${i === 0 ? '- ' : '  '}${l}\n`).join('');
  }
  const key = `${pad}${renderKey(entry.mapKey!)}:`;
  if (flow) return `${key} ${flowText}\n`;
  return `${key}\n${renderEntry(entry.value, style, false, entry.timeKeys).split('\n').map((l) => `${pad}  ${l}\n`).join('')}`;
}

/** A mapping key as yaml writes it: plain unless it would read as something else (`null`, `1.0`). */
export const renderKey = yamlScalar;
