import type { CsvDelimiter } from './csv.js';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The delimiter of a CSV text, read from its first line (the header): whichever of
 * comma, semicolon and tab occurs most often outside quotes there. A tie or a line
 * without any of them means a comma. Excel writes `;` in locales whose decimal mark is
 * a comma (most of Europe), and "Tab delimited text" writes tabs. Pure.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}
