import type { SectionFidelity } from './fidelity.js';

const percent = (same: number, lines: number) => (lines === 0 ? 100 : Math.floor((same / lines) * 1000) / 10);

/**
 * The fidelity report: per section, how many page lines `dls readme` writes the same,
 * then each line it would write differently.
 */
export function formatFidelity(fidelity: readonly SectionFidelity[]): string {
  let out = 'fidelity (lines dls readme regenerates as the page has them):\n';
  for (const f of fidelity) {
    const spacing = f.spacing > 0 ? `; ${f.spacing} differ in spacing only` : '';
    out += `  ${f.section.padEnd(9)} ${f.same}/${f.lines} (${percent(f.same, f.lines)}%)${spacing}\n`;
  }
  for (const f of fidelity) for (const d of f.differences) out += `  line ${d.line}: ${d.where}: page ${JSON.stringify(d.page)} vs generated ${JSON.stringify(d.generated)}\n`;
  return out;
}
