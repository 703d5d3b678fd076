/**
 * OG2021 CSV corpora with the header `id,title,body,lang,source,published_at,url,cluster_id`
 * (columns found by name, in any order; `id` and `body` are required, the rest optional).
 * `body` becomes `text`, `published_at` → `publishedAt`, `cluster_id` → the gold event;
 * `source` and `url` have no place in `NewsDocumentInput` and are ignored. Parsed with the
 * RFC 4180 reader of `csv.ts`; a record with the wrong number of fields is a problem.
 */
import { readFile } from 'node:fs/promises';
import { buildCorpus } from './buildCorpus.js';
import { type CsvRow, parseCsv } from './csv.js';
import { createProblemSink, fatal, stripBom } from './problems.js';
import type { LoadedCorpus, LoaderOptions, RawEntry } from './types.js';

export const OG2021_COLUMNS = ['id', 'title', 'body', 'lang', 'source', 'published_at', 'url', 'cluster_id'] as const;

const REQUIRED = ['id', 'body'] as const;

export function parseOg2021(text: string, options: LoaderOptions = {}): LoadedCorpus {
  const [header, ...rows] = parseCsv(stripBom(text));
  const columns = readHeader(header, options);
  return buildCorpus(
    rows.map((row) => toEntry(row, columns)),
    createProblemSink(options),
  );
}

function toEntry(row: CsvRow, columns: ReadonlyMap<string, number>): RawEntry {
  if ('error' in row) return { line: row.line, reason: `malformed CSV: ${row.error}` };
  const { line, fields } = row;
  if (fields.length !== columns.size) return { line, reason: `expected ${columns.size} fields as in the header, found ${fields.length}` };
  const field = (name: string): string | undefined => {
    const index = columns.get(name);
    return index === undefined ? undefined : fields[index];
  };
  return {
    line,
    id: field('id'),
    text: field('body'),
    title: field('title'),
    lang: field('lang'),
    publishedAt: field('published_at'),
    event: field('cluster_id'),
  };
}

/** Column name → index. A missing or unreadable header, or one without `id`/`body`, is fatal. */
function readHeader(header: CsvRow | undefined, options: LoaderOptions): Map<string, number> {
  if (header === undefined) throw fatal(options, 'empty file: expected the header line', 1);
  if ('error' in header) throw fatal(options, `unreadable header: ${header.error}`, header.line);
  const columns = new Map<string, number>();
  header.fields.forEach((name, index) => {
    const key = name.trim();
    if (columns.has(key)) throw fatal(options, `header names the column ${JSON.stringify(key)} twice`, header.line);
    columns.set(key, index);
  });
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) throw fatal(options, `header lacks the column(s) ${missing.join(', ')}`, header.line);
  return columns;
}

export async function loadOg2021(path: string, options: LoaderOptions = {}): Promise<LoadedCorpus> {
  return parseOg2021(await readFile(path, 'utf8'), { ...options, file: path });
}
