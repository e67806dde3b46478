import { formatDiagnosticsText, countDiagnostics } from '../diagnostics.js';
import { paintFor } from '../color.js';
import { DlsError, EXIT } from '../errors.js';
import { addImportantDate, addPerson, addProgramItem } from '../edit/add-entries.js';
import { itemQuestions, type ItemFields } from '../edit/add-questions.js';
import { inlineNames, resolveSpeakers, type SpeakerRef } from '../edit/speakers.js';
import { dateQuestions, personQuestions, type DateFields, type PersonFields } from '../edit/entry-questions.js';
import { analyzeWorkshop, newFindings } from '../edit/analyze.js';
import type { Workshop } from '../model.js';
import { cutValue, echoValue } from '../echo.js';
import { escapeForDisplay } from '../safe-text.js';
import { writeFileAtomic } from './io.js';
import { editableWorkshop } from './editable.js';
import { answer, processTerminal, type Terminal } from './prompting.js';

/** What `dls add` can add. */
export type AddWhat = 'talk' | 'break' | 'person' | 'date';

/** Options of `dls add`: answers given as flags (`speaker` comma-joined), plus how to run. */
export type AddOptions = ItemFields & PersonFields & DateFields & { file: string; yes: boolean };

/** Runs `dls add <what>`: asks, inserts in order, re-checks, writes in place. */
export async function runAdd(what: AddWhat, options: AddOptions, term: Terminal = processTerminal()): Promise<number> {
  const { text, workshop, diagnostics, file } = await editableWorkshop(options.file);
  const edit = await editFor(what, options, workshop, text, term);
  const after = analyzeWorkshop(edit.text, file);
  if (!after.workshop) throw new DlsError('the edit would make the file invalid; nothing was written (this is a bug in dls)', { diagnostics: after.diagnostics });
  await writeFileAtomic(options.file, edit.text);
  term.write(`${escapeForDisplay(edit.summary)}\n`);
  return reportNewFindings(diagnostics, after.diagnostics, file, term);
}

/** Prints findings the edit introduced; exit 1 when one is an error. */
export function reportNewFindings(before: Parameters<typeof newFindings>[0], after: Parameters<typeof newFindings>[1], file: string, term: Terminal): number {
  const fresh = newFindings(before, after);
  if (fresh.length === 0) return EXIT.ok;
  term.write(`new findings:\n${formatDiagnosticsText(fresh, file, paintFor(process.env, process.stdout.isTTY === true))}`);
  return countDiagnostics(fresh).errors > 0 ? EXIT.problems : EXIT.ok;
}

async function editFor(what: AddWhat, o: AddOptions, w: Workshop, text: string, term: Terminal): Promise<{ text: string; summary: string }> {
  if (what === 'person') {
    const a = await answer(personQuestions(w), pick(o, ['name', 'id', 'affiliation', 'country', 'email', 'url']), o.yes, term);
    return { text: addPerson(text, a.id!, { name: a.name!, affiliation: a.affiliation, country: a.country, email: a.email, url: a.url }), summary: `added ${echoValue(a.name!)} as people.${cutValue(a.id!)}` };
  }
  if (what === 'date') {
    const a = await answer(dateQuestions(), pick(o, ['label', 'date']), o.yes, term);
    const r = addImportantDate(text, { label: a.label!, date: a.date! });
    return { text: r.text, summary: `added ${echoValue(a.label!)} on ${a.date} as important_dates[${r.index}]` };
  }
  const a = await answer(itemQuestions(w, what), pick(o, ['title', 'kind', 'speaker', 'date', 'room', 'start', 'end', 'id']), o.yes, term);
  const speakers = a.speaker ? (resolveSpeakers(a.speaker, w) as { speakers: SpeakerRef[] }).speakers : [];
  const inline = inlineNames(speakers);
  const note = inline.length > 0 ? `\n${inline.join(', ')} ${inline.length === 1 ? 'is a new speaker' : 'are new speakers'}, written inline as { name: ... }; \`dls add person\` gives a speaker an id, affiliation and e-mail` : '';
  const r = addProgramItem(text, { id: a.id, date: a.date, start: a.start!, end: a.end!, title: a.title!, kind: what === 'break' ? 'break' : a.kind, speakers, room: a.room });
  return { text: r.text, summary: `added ${what === 'break' ? 'break' : (a.kind ?? 'talk')} ${echoValue(a.title!)} ${a.start}-${a.end}${a.room ? ` in ${cutValue(a.room)}` : ''} as program[${r.index}]${note}` };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;
}
