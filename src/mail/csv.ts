/** One CSV record and the 1-based line it starts on, for messages like `signups.csv:14`. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** The separators a CSV may use: comma (RFC 4180), semicolon (Excel where the decimal mark is a comma), tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** The records of a CSV text, or where it stops making sense. */
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Reads RFC 4180 CSV: separated by `delimiter` (a comma unless told), `"`-quoted fields with `""` for a quote, records
 * ended by CRLF, LF or CR. A leading BOM is dropped (Google Forms and Excel write one).
 * A quote inside an unquoted field is kept as text; text after a closing quote, or a
 * quote left open, is an error. Pure.
 */
export function parseCsv(input: string, delimiter: CsvDelimiter = ','): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let record: CsvRecord = { fields: [], line: 1 };
  let line = 1;
  for (let i = 0; i <= text.length; ) {
    const field = readField(text, i, delimiter);
    if ('error' in field) return { ok: false, line: field.error === 'open' ? line : line + field.newlines, message: MESSAGES[field.error](text[field.end], delimiter) };
    record.fields.push(field.value);
    line += field.newlines;
    i = field.end;
    if (text[i] === delimiter) {
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

const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab' };

const MESSAGES = {
  open: () => 'a quoted field is never closed (a `"` is missing)',
  after: (c: string | undefined, d: CsvDelimiter) => `unexpected ${JSON.stringify(c)} after a closing quote; expected ${DELIMITER_NAMES[d]} or the end of the line`,
};

type Field = { value: string; end: number; newlines: number; quoted: boolean } | { error: keyof typeof MESSAGES; end: number; newlines: number };

/** Reads one field starting at `from`; `end` is the index of the delimiter, line break or end after it. */
function readField(text: string, from: number, delimiter: CsvDelimiter): Field {
  const stops = `${delimiter}\r\n`;
  if (text[from] !== '"') {
    let end = from;
    while (end < text.length && !stops.includes(text[end]!)) end++;
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
      if (end < text.length && !stops.includes(text[end]!)) return { error: 'after', end, newlines };
      return { value, end, newlines, quoted: true };
    } else {
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) newlines++;
      value += c;
    }
  }
  return { error: 'open', end: text.length, newlines };
}
