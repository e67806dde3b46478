import { parseAddress } from './address.js';
import type { Rejected } from './recipient.js';

/** The suppression list: address key -> the line that names it (`suppress.txt:3`). */
export interface Suppression {
  keys: Map<string, string>;
  rejected: Rejected[];
}

/**
 * Reads a suppression file: one address per line, optionally as `Name <addr>`;
 * blank lines and lines starting with `#` are skipped. Addresses are matched as the
 * export matches them (case-insensitive, domain in punycode). A line that is not an
 * address is reported, since it may be someone who asked to leave. Pure.
 */
export function parseSuppression(text: string, file: string): Suppression {
  const keys = new Map<string, string>();
  const rejected: Rejected[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const origin = `${file}:${i + 1}`;
      const angle = /<([^<>]*)>$/.exec(line);
      const parsed = parseAddress(angle ? angle[1]! : line);
      if (parsed.ok) {
        if (!keys.has(parsed.address.key)) keys.set(parsed.address.key, origin);
      } else rejected.push({ origin, value: line, reason: parsed.reason });
    });
  return { keys, rejected };
}
