/** `.gitignore` with the patterns appended that it lacks, or `undefined` when it has them all. */
export function addGitignorePatterns(existing: string | undefined, patterns: readonly string[]): string | undefined {
  const have = new Set((existing ?? '').split(/\r?\n/).map((l) => l.trim()));
  const lacking = patterns.filter((p) => !have.has(p));
  if (lacking.length === 0) return undefined;
  const base = existing === undefined || existing === '' ? '' : existing.endsWith('\n') ? `${existing}\n` : `${existing}\n\n`;
  return `${base}# dls: private mailing-list files (sign-ups, unsubscribes)\n${lacking.join('\n')}\n`;
}
