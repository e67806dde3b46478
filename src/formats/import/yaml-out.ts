import { stringify } from 'yaml';
import type { Topic } from '../../model.js';
import type { ImportedFile } from './assemble.js';
import { formatNote, type Note } from './notes.js';

/** A YAML scalar for a flow mapping or list: plain when YAML reads it back as the same string, else double-quoted. */
export function scalar(value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const s = String(value);
  const plain = /^[A-Za-z0-9][A-Za-z0-9 ._/&()'-]*$/.test(s) && !/ $|: | #|^(true|false|null|yes|no|on|off|y|n|~)$/i.test(s) && !/^[\d.:-]+$/.test(s) || /^\d{4}-\d{2}-\d{2}$/.test(s);
  return plain ? s : JSON.stringify(s);
}

/** `{ key: value, ... }`, keys whose value is undefined left out. */
export function flow(o: Record<string, unknown>): string {
  const parts = Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map((x) => (typeof x === 'object' ? flow(x as Record<string, unknown>) : scalar(x))).join(', ')}]` : typeof v === 'object' && v !== null ? flow(v as Record<string, unknown>) : scalar(v)}`);
  return `{ ${parts.join(', ')} }`;
}

const top = (key: string, value: unknown) => (value === undefined ? '' : `${key}: ${typeof value === 'object' ? flow(value as Record<string, unknown>) : scalar(value)}\n`);
const listOf = (key: string, comment: string, items: readonly unknown[], each: (x: never) => string) =>
  items.length === 0 ? '' : `\n# ${comment}\n${key}:\n${items.map((x) => `  - ${each(x as never)}\n`).join('')}`;

/**
 * The commented workshop.yaml that `dls import` writes: the schema line, the keys in
 * the order of the shipped file, and what could not be placed as comments at the end.
 */
export function formatImportedYaml(file: ImportedFile, source: string, notes: readonly Note[]): string {
  let out = `# yaml-language-server: $schema=./workshop.schema.json\n#\n# Imported from ${source} by \`dls import\`. Check it with \`dls schedule check\`;\n# \`dls readme\` then regenerates the page's marked sections from this file.\n\n`;
  out += top('id', file.id) + top('title', file.title) + top('edition', file.edition) + top('conference', file.conference) + top('city', file.city) + top('mode', file.mode);
  out += `timezone: ${scalar(file.timezone)}\n` + top('deadline_timezone', file.deadline_timezone) + top('date', file.date) + top('end_date', file.end_date);
  out += top('room', file.room) + top('room_url', file.room_url) + top('signup_url', file.signup_url) + top('contact', file.contact);
  const style = Object.entries(file.page);
  if (style.length > 0) out += `\n# How the page writes what dls generates; a flag of \`dls readme\` overrides a key for one run.\npage:\n${style.map(([k, v]) => `  ${k}: ${Array.isArray(v) ? `[${v.map(scalar).join(', ')}]` : typeof v === 'object' ? flow(v) : scalar(v)}\n`).join('')}`;
  out += listOf('important_dates', 'Deadlines in force; `was` keeps each extension\'s earlier date, oldest first.', file.important_dates, flow);
  if (file.people.size > 0) out += `\n# Speakers, keyed by id; an entry elsewhere may override how a name is printed.\npeople:\n${[...file.people].map(([id, p]) => `  ${id}: ${flow({ ...p })}\n`).join('')}`;
  out += listOf('sessions', 'Session heading rows of the program; items name theirs in `session`.', file.sessions, flow);
  out += `\nprogram:${file.program.length === 0 ? ' []' : ''}\n${file.program.map((i) => `  - ${flow(i)}\n`).join('')}`;
  out += listOf('committee', 'Organizing committee, in page order.', file.committee, (c: unknown) => (typeof c === 'string' ? c : flow(c as Record<string, unknown>)));
  if (file.topics.length > 0) out += `\ntopics:\n${topicLines(file.topics, '  ')}`;
  out += listOf('previous', 'Previous workshops of the series.', file.previous, flow);
  if (notes.length > 0) out += `\n# Not imported (line numbers of ${source}):\n${notes.map((n) => `#   ${commented(formatNote(n))}${n.text ? `\n#     ${commented(n.text)}` : ''}\n`).join('')}`;
  return out;
}

/**
 * Page text inside a comment: every line break a YAML reader or an editor may take for one
 * (CR alone, as old Mac pages end lines, NEL, U+2028, U+2029) continues the comment, so no
 * page line ever becomes YAML.
 */
const commented = (text: string) => text.replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, '\n#     ');

/** Kept for callers that want a block scalar of free text. */
export const block = (text: string): string => stringify(text, { lineWidth: 0 });

/** Topics as a block list; a topic with sub-topics as `{ text, items }` over lines of its own. */
function topicLines(topics: readonly Topic[], indent: string): string {
  return topics
    .map((t) => (typeof t === 'string' ? `${indent}- ${scalar(t)}\n` : `${indent}- text: ${scalar(t.text)}\n${indent}  items:\n${topicLines(t.items, `${indent}    `)}`))
    .join('');
}
