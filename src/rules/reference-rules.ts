import { UNKNOWN_PERSON, type ResolvedPerson } from '../parse/resolve.js';
import { suggest } from '../suggest.js';
import { clock, describeItem, type Rule } from './rule.js';
import { isPlaceholderTitle } from '../titles.js';

/** Item ids are unique, so calendar UIDs are. */
export const uniqueItemIds: Rule = {
  id: 'unique-item-ids',
  severity: 'error',
  description: 'Item ids are unique (calendar UIDs derive from them).',
  check(w, report) {
    const seen = new Map<string, number>();
    for (const item of w.program) {
      if (item.id === undefined) continue;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, item.index);
      else report({ path: ['program', item.index, 'id'], message: `id \`${item.id}\` is already used by program[${first}]; expected a unique id` });
    }
  },
};

/** Every person id names someone in `people`. */
export const knownPerson: Rule = {
  id: 'known-person',
  severity: 'error',
  description: 'Every speaker and committee `person` id is declared in `people`.',
  check(w, report) {
    const ids = [...w.people.keys()];
    const people = [...w.program.flatMap((i) => i.speakers), ...w.committee.map((c) => c.person)] as ResolvedPerson[];
    for (const p of people) {
      if (!p[UNKNOWN_PERSON]) continue;
      const hint = suggest(p.id!, ids);
      report({ path: p.path, message: `\`${p.id}\` is not in \`people\`; ${hint ? `did you mean \`${hint}\`?` : 'expected a declared person id, or an inline mapping with `name`'}` });
    }
  },
};

/** Talks and keynotes name a speaker. */
export const talkHasSpeaker: Rule = {
  id: 'talk-has-speaker',
  severity: 'warning',
  description: 'Every talk and keynote has at least one speaker.',
  check(w, report) {
    for (const item of w.program) {
      if ((item.kind === 'talk' || item.kind === 'keynote') && item.speakers.length === 0) {
        report({ path: ['program', item.index, 'title'], message: `${item.kind} ${describeItem(item)} has no speakers; expected \`speakers\`, or a kind such as break or other` });
      }
    }
  },
};

/** Every item has a real title; `TBA` is fine in a draft, and said so. */
export const talkHasTitle: Rule = {
  id: 'talk-has-title',
  severity: 'warning',
  description: 'Every item has a title; one left out, or written TBA or TBD, shows as TBA (calendars add the speakers).',
  check(w, report) {
    for (const item of w.program) {
      if (!isPlaceholderTitle(item.title)) continue;
      const who = item.speakers.length > 0 ? ` by ${item.speakers.map((p) => p.name).join(', ')}` : '';
      report({ path: ['program', item.index], message: `the ${item.kind} at ${clock(item.start)} on ${item.date}${who} has no title yet (shown as TBA); expected \`title:\` once it is known` });
    }
  },
};
