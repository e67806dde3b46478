import { diffOps } from './line-diff.js';

/** One line dls would write differently from the page. */
export interface Difference {
  /** 1-based page line, or the line after which the generated one would go. */
  line: number;
  /** `program row 7`, `program header`, `dates line 3`. */
  where: string;
  page: string;
  generated: string;
}

/** How much of one section `dls readme` would regenerate identically. */
export interface SectionFidelity {
  section: string;
  /** Non-blank page lines, and how many of them dls writes the same (white space aside). */
  lines: number;
  same: number;
  /** Of the `same` lines, those that differ in spacing only; `--yes` writes dls's spacing. */
  spacing: number;
  differences: Difference[];
  /** The region's new content for `--yes`: dls's line where it matches, the page's own line where it does not. */
  merged: string;
}

/**
 * Compares a section of the page (its lines `pageLines`, starting at page line `from`)
 * with what the writer generates. Lines match when they read the same once white space
 * is collapsed, cells are trimmed and a space before `,` or `;` is dropped.
 */
export function compareSection(section: string, pageLines: readonly string[], from: number, generated: string): SectionFidelity {
  const gen = generated.replace(/\n$/, '').split('\n');
  const labels = lineLabels(section, pageLines);
  const ops = diffOps(pageLines.map(normalizeLine), gen.map(normalizeLine));
  const differences: Difference[] = [];
  const merged: string[] = [];
  let same = 0;
  let spacing = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const p = removed[k];
      const at = p ?? removed.at(-1) ?? -1;
      differences.push({ line: from + Math.max(at, 0), where: p === undefined ? `${section} (new line)` : labels[p]!, page: p === undefined ? '' : pageLines[p]!, generated: added[k] === undefined ? '' : gen[added[k]!]! });
    }
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'same') {
      flush();
      merged.push(gen[op.b]!);
      if (pageLines[op.a]!.trim() !== '') same++;
      if (pageLines[op.a] !== gen[op.b]) spacing++;
    } else if (op.kind === 'a') {
      merged.push(pageLines[op.a]!);
      if (pageLines[op.a]!.trim() !== '') removed.push(op.a);
    } else if (gen[op.b]!.trim() !== '') added.push(op.b);
  }
  flush();
  const lines = pageLines.filter((l) => l.trim() !== '').length;
  return { section, lines, same, spacing, differences, merged: `${merged.join('\n')}\n` };
}

/** The key two lines are compared by. */
export function normalizeLine(line: string): string {
  const t = line.trim();
  if (!t.startsWith('|')) return squeeze(t);
  const cells = t.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => squeeze(c));
  return cells.map((c) => (/^:?-+:?$/.test(c) ? c.replace(/-+/, '---') : c)).join(' | ');
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').replace(/ ([,;])/g, '$1').trim();

/** `program row 7` for table rows, `program header`, `program heading`, else `dates line 3` (the section's own count). */
function lineLabels(section: string, lines: readonly string[]): string[] {
  let row = 0;
  let n = 0;
  return lines.map((l, i) => {
    if (l.trim() !== '') n++;
    const isRow = l.trim().startsWith('|');
    const isDelimiter = isRow && /^[\s|:-]+$/.test(l);
    if (isRow && /^[\s|:-]+$/.test(lines[i + 1] ?? '') && lines[i + 1]!.includes('-')) return `${section} header`;
    if (isDelimiter) return `${section} header`;
    if (isRow) return `${section} row ${++row}`;
    if (/^ {0,3}#{1,6}\s/.test(l)) return `${section} heading`;
    return `${section} line ${n}`;
  });
}
