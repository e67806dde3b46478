import type { Workshop } from '../model.js';
import { suggest } from '../suggest.js';

/** Maps a speaker answer (ids or names, comma-separated) to person ids, or says who is unknown. */
export function speakerIds(answer: string, w: Workshop): { ids: string[] } | { unknown: string } {
  const ids: string[] = [];
  for (const part of answer.split(',').map((s) => s.trim()).filter(Boolean)) {
    const id = w.people.has(part) ? part : personByName(part, w);
    if (id === undefined) {
      const hint = suggest(part, [...w.people.keys()]);
      return { unknown: `unknown person "${part}"${hint ? ` (did you mean ${hint}?)` : ''}; expected an id from people (add one with \`dls add person\`)` };
    }
    ids.push(id);
  }
  return { ids };
}

/** The id of the person with this full name, or the only one with this word in their name (`Ada`, `lovelace`). */
function personByName(name: string, w: Workshop): string | undefined {
  const q = name.toLowerCase();
  const people = [...w.people.values()];
  const full = people.find((p) => p.name.toLowerCase() === q);
  if (full) return full.id;
  const byWord = people.filter((p) => p.name.toLowerCase().split(/[\s.-]+/).includes(q));
  return byWord.length === 1 ? byWord[0]!.id : undefined;
}
