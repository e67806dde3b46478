import type { Terminal } from '../../src/commands/prompting.js';

/** A terminal that answers prompts from a script (matched by the start of the message) and records what it saw. */
export function scriptedTerminal(replies: Record<string, string> = {}): Terminal & { asked: { message: string; default?: string }[]; out: string[]; rejected: string[] } {
  const asked: { message: string; default?: string }[] = [];
  const out: string[] = [];
  const rejected: string[] = [];
  return {
    interactive: true,
    asked,
    out,
    rejected,
    write: (t) => void out.push(t),
    ask: async (q) => {
      asked.push({ message: q.message, default: q.default });
      const key = Object.keys(replies).find((k) => q.message.startsWith(k));
      // Like a real prompt: an invalid answer is refused, then the user types the next one.
      for (const reply of key === undefined ? [''] : replies[key]!.split('|')) {
        const value = reply === '' ? (q.default ?? '') : reply;
        const verdict = q.validate(value);
        if (verdict === true) return value;
        rejected.push(verdict);
      }
      throw new Error(`no acceptable answer scripted for "${q.message}"`);
    },
  };
}

/** No terminal: prompts impossible, as in CI. */
export const noTerminal = (): Terminal & { out: string[] } => {
  const out: string[] = [];
  return { interactive: false, out, write: (t) => void out.push(t) };
};
