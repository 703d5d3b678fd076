/**
 * An RFC 4180 CSV reader: fields separated by `,` (configurable), records by CRLF, LF or CR;
 * fields may be enclosed in double quotes, and then may hold delimiters, line breaks (kept as
 * written) and doubled quotes (`""` → `"`). As RFC 4180 requires, a quote inside an unquoted field
 * or text after a closing quote is an error: that record is returned as `{ line, error }` and
 * reading resumes at the next line. Blank lines are skipped. `line` is the 1-based line on which
 * the record starts.
 */
export type CsvRow = { line: number; fields: string[] } | { line: number; error: string };

interface Cursor {
  readonly text: string;
  pos: number;
  line: number;
}

const LINE_BREAK = /\r\n|\r|\n/gu;

export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  const cursor: Cursor = { text, pos: 0, line: 1 };
  const rows: CsvRow[] = [];
  while (cursor.pos < text.length) {
    const row = readRow(cursor, delimiter);
    const blank = 'fields' in row && row.fields.length === 1 && row.fields[0] === '';
    if (!blank) rows.push(row);
  }
  return rows;
}

function readRow(cursor: Cursor, delimiter: string): CsvRow {
  const line = cursor.line;
  const fields: string[] = [];
  for (;;) {
    const field = cursor.text[cursor.pos] === '"' ? readQuoted(cursor) : readUnquoted(cursor, delimiter);
    if (typeof field !== 'string') {
      skipLine(cursor);
      return { line, error: field.error };
    }
    fields.push(field);
    const next = cursor.text[cursor.pos];
    if (next === delimiter) {
      cursor.pos += 1;
      continue;
    }
    if (next !== undefined && next !== '\r' && next !== '\n') {
      skipLine(cursor);
      return { line, error: `unexpected ${JSON.stringify(next)} after closing quote of field ${fields.length}` };
    }
    skipLineBreak(cursor);
    return { line, fields };
  }
}

function readQuoted(cursor: Cursor): string | { error: string } {
  const { text } = cursor;
  let value = '';
  let pos = cursor.pos + 1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote === -1) {
      cursor.pos = text.length;
      return { error: 'quoted field is never closed' };
    }
    const chunk = text.slice(pos, quote);
    cursor.line += chunk.match(LINE_BREAK)?.length ?? 0;
    value += chunk;
    if (text[quote + 1] !== '"') {
      cursor.pos = quote + 1;
      return value;
    }
    value += '"';
    pos = quote + 2;
  }
}

function readUnquoted(cursor: Cursor, delimiter: string): string | { error: string } {
  const { text } = cursor;
  let end = cursor.pos;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\r' && text[end] !== '\n') end += 1;
  const value = text.slice(cursor.pos, end);
  if (value.includes('"')) return { error: `quote inside an unquoted field: ${JSON.stringify(value)}` };
  cursor.pos = end;
  return value;
}

/** Moves past the rest of the current physical line, line break included. */
function skipLine(cursor: Cursor): void {
  while (cursor.pos < cursor.text.length && cursor.text[cursor.pos] !== '\r' && cursor.text[cursor.pos] !== '\n') cursor.pos += 1;
  skipLineBreak(cursor);
}

function skipLineBreak(cursor: Cursor): void {
  const { text } = cursor;
  if (text[cursor.pos] === '\r') cursor.pos += text[cursor.pos + 1] === '\n' ? 2 : 1;
  else if (text[cursor.pos] === '\n') cursor.pos += 1;
  else return;
  cursor.line += 1;
}
