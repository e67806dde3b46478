/** One CSV record and the 1-based line it starts on, for messages like `signups.csv:14`. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** The records of a CSV text, or where it stops making sense. */
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Reads RFC 4180 CSV: comma-separated, `"`-quoted fields with `""` for a quote, records
 * ended by CRLF, LF or CR. A leading BOM is dropped (Google Forms and Excel write one).
 * A quote inside an unquoted field is kept as text; text after a closing quote, or a
 * quote left open, is an error. Pure.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let record: CsvRecord = { fields: [], line: 1 };
  let line = 1;
  for (let i = 0; i <= text.length; ) {
    const field = readField(text, i);
    if ('error' in field) return { ok: false, line: field.error === 'open' ? line : line + field.newlines, message: MESSAGES[field.error](text[field.end]) };
    record.fields.push(field.value);
    line += field.newlines;
    i = field.end;
    if (text[i] === ',') {
      i++;
      continue;
    }
    const atEnd = i >= text.length;
    if (!atEnd || record.fields.length > 1 || field.value !== '' || field.quoted) records.push(record);
    if (atEnd) break;
    i += text.startsWith('\r\n', i) ? 2 : 1;
    record = { fields: [], line: ++line };
  }
  return { ok: true, records };
}

const MESSAGES = {
  open: () => 'a quoted field is never closed (a `"` is missing)',
  after: (c: string | undefined) => `unexpected ${JSON.stringify(c)} after a closing quote; expected a comma or the end of the line`,
};

type Field = { value: string; end: number; newlines: number; quoted: boolean } | { error: keyof typeof MESSAGES; end: number; newlines: number };

/** Reads one field starting at `from`; `end` is the index of the comma, line break or end after it. */
function readField(text: string, from: number): Field {
  if (text[from] !== '"') {
    let end = from;
    while (end < text.length && !',\r\n'.includes(text[end]!)) end++;
    return { value: text.slice(from, end), end, newlines: 0, quoted: false };
  }
  let value = '';
  let newlines = 0;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && text[i + 1] === '"') {
      value += '"';
      i++;
    } else if (c === '"') {
      const end = i + 1;
      if (end < text.length && !',\r\n'.includes(text[end]!)) return { error: 'after', end, newlines };
      return { value, end, newlines, quoted: true };
    } else {
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) newlines++;
      value += c;
    }
  }
  return { error: 'open', end: text.length, newlines };
}
