import type { Workshop } from '../model.js';
import { echoValue } from '../echo.js';
import { suggest } from '../suggest.js';
import { matchPeople } from '../match-person.js';
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
    const found = matchPeople(part, [...w.people.values()]);
    if (found.length === 1) {
      speakers.push(found[0]!.id!);
      continue;
    }
    if (found.length > 1) return { unknown: `${echoValue(part)} names ${found.length} people (${found.map((p) => p.id).join(', ')}); expected one of their ids` };
    const hint = suggest(part, [...w.people.keys(), ...names]);
    if (/\S\s+\S/.test(part) && hint === undefined) {
      speakers.push({ name: part.replace(/\s+/g, ' ') });
      continue;
    }
    // A one-word name is more often a typo of an id than a new speaker: it joins people first (`dls add person`).
    const single = hint === undefined && !/\s/.test(part.trim()) ? `; a speaker known by one name joins people first: dls add person --name ${echoValue(part)}` : '';
    return { unknown: `unknown person ${echoValue(part)}${hint ? ` (did you mean ${hint}?)` : ''}; expected an id or name from people, or a new speaker's full name${single}` };
  }
  return { speakers };
}

/** The names of the new (inline) speakers among `speakers`. */
export const inlineNames = (speakers: readonly SpeakerRef[]): string[] => speakers.flatMap((s) => (typeof s === 'string' ? [] : [s.name]));

