import type { Workshop } from '../model.js';
import { echoValue } from '../echo.js';
import { suggest } from '../suggest.js';
import { checkText } from './validators.js';

/** A speaker as `dls add talk` writes it: a person id, or an inline `{ name }` for someone not in `people`. */
export type SpeakerRef = string | { name: string };

/**
 * Maps a speaker answer (comma-separated) to speakers: an id or name of someone in
 * `people` becomes their id; a new full name (two words or more, not a near miss of
 * a known name) becomes an inline speaker. Anything else is refused with a
 * did-you-mean, since a one-word answer that matches no one is most likely a typo.
 */
export function resolveSpeakers(answer: string, w: Workshop): { speakers: SpeakerRef[] } | { unknown: string } {
  const speakers: SpeakerRef[] = [];
  const names = [...w.people.values()].map((p) => p.name);
  for (const part of answer.split(',').map((s) => s.trim()).filter(Boolean)) {
    const verdict = checkText(part);
    if (verdict !== true) return { unknown: `speaker ${echoValue(part)} ${verdict}` };
    const id = w.people.has(part) ? part : personByName(part, w);
    if (id !== undefined) {
      speakers.push(id);
      continue;
    }
    const hint = suggest(part, [...w.people.keys(), ...names]);
    if (/\S\s+\S/.test(part) && hint === undefined) {
      speakers.push({ name: part.replace(/\s+/g, ' ') });
      continue;
    }
    return { unknown: `unknown person ${echoValue(part)}${hint ? ` (did you mean ${hint}?)` : ''}; expected an id or name from people, or a new speaker's full name` };
  }
  return { speakers };
}

/** The names of the new (inline) speakers among `speakers`. */
export const inlineNames = (speakers: readonly SpeakerRef[]): string[] => speakers.flatMap((s) => (typeof s === 'string' ? [] : [s.name]));

/** The id of the person with this full name, or the only one with this word in their name (`Ada`, `lovelace`). */
function personByName(name: string, w: Workshop): string | undefined {
  const q = name.toLowerCase();
  const people = [...w.people.values()];
  const full = people.find((p) => p.name.toLowerCase() === q);
  if (full) return full.id;
  const byWord = people.filter((p) => p.name.toLowerCase().split(/[\s.-]+/).includes(q));
  return byWord.length === 1 ? byWord[0]!.id : undefined;
}
