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
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, line: start });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const close = readQuoted(text, i + 1);
      if (close.end < 0) return { ok: false, line: start, message: 'a quoted field is never closed (a `"` is missing)' };
      field = close.value;
      line += close.newlines;
      i = close.end;
      if (i < text.length && !',\r\n'.includes(text[i]!)) return { ok: false, line, message: `unexpected ${JSON.stringify(text[i])} after a closing quote; expected a comma or the end of the line` };
      if (i >= text.length) break;
      continue;
    }
    i++;
    if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i] === '\n') i++;
      endRecord();
      start = ++line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0 || text.endsWith('"')) endRecord();
  return { ok: true, records };
}

/** Reads a quoted field starting after its opening quote; `end` is -1 when it never closes. */
function readQuoted(text: string, from: number): { value: string; end: number; newlines: number } {
  let value = '';
  let newlines = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else return { value, end: i + 1, newlines };
    } else {
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) newlines++;
      value += c;
    }
  }
  return { value, end: -1, newlines };
}
