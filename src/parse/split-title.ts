import type { Issue } from './schema-kit.js';
import type { SourceMap } from './source-map.js';
import { quoteAdvice } from './unquoted.js';

/**
 * Rewrites "unknown key `Fast and Slow`" into what happened: a comma inside `{ }` cut
 * the value before it (`title: Deep Learning, Fast and Slow`). The issue moves to the
 * cut value's position and says how to quote it; one issue per cut value.
 */
export function explainSplitTitles(issues: Issue[], source: SourceMap): void {
  const seen = new Set<string>();
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k]!;
    if (issue.ruleId !== 'unknown-key') continue;
    const split = source.commaSplit(issue.path);
    if (!split) continue;
    const path = [...issue.path.slice(0, -1), split.key];
    const id = JSON.stringify(path);
    if (seen.has(id)) {
      issues.splice(k--, 1);
      continue;
    }
    seen.add(id);
    issues[k] = { path, ruleId: 'unquoted-text', message: quoteAdvice(split.key, split.value, ', ') };
  }
}
