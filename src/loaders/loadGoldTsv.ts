/**
 * Gold label files in TSV, like `/work/shared/seeds/gold.tsv`: a header line naming an id column
 * (`id`, else `file`) and an `event` column, in any order, plus optionally `lang`; other columns
 * (`event_date`, `note`, …) are ignored. No quoting: TSV fields cannot hold tabs or line breaks.
 * The result has no documents; `languages` (id → language) is filled when there is a `lang` column
 * and can be passed to `evaluate(…, { languages })`.
 */
import { readFile } from 'node:fs/promises';
import { toIso6391 } from './languageCode.js';
import { createProblemSink, fatal, stripBom } from './problems.js';
import type { LoadedCorpus, LoaderOptions } from './types.js';

export interface GoldTsvOptions extends LoaderOptions {
  /** When ids come from a `file` column, drop the file extension (`000_9f1e.txt` → `000_9f1e`). Default false. */
  stripExtension?: boolean;
}

export interface GoldTsv extends LoadedCorpus {
  /** Id → ISO 639-1 language, from the `lang` column (empty when there is none). */
  languages: Map<string, string>;
}

interface Columns {
  id: number;
  event: number;
  lang: number | undefined;
  fromFile: boolean;
}

export function parseGoldTsv(text: string, options: GoldTsvOptions = {}): GoldTsv {
  const sink = createProblemSink(options);
  const lines = stripBom(text).split(/\r\n|\r|\n/u);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const columns = readHeader(lines[headerIndex], headerIndex + 1, options);
  const result: GoldTsv = { documents: [], gold: new Map(), problems: sink.problems, languages: new Map() };
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') continue;
    const fields = raw.split('\t').map((field) => field.trim());
    const rawId = fields[columns.id] ?? '';
    const id = columns.fromFile && options.stripExtension === true ? withoutExtension(rawId) : rawId;
    const event = fields[columns.event] ?? '';
    const lang = columns.lang === undefined ? '' : (fields[columns.lang] ?? '');
    if (id === '') sink.report(index + 1, 'missing id');
    else if (event === '') sink.report(index + 1, `document ${JSON.stringify(id)}: missing event`);
    else if (result.gold.has(id)) sink.report(index + 1, `duplicate id ${JSON.stringify(id)}`, 'DUPLICATE_ID');
    else {
      result.gold.set(id, event);
      if (lang !== '') result.languages.set(id, toIso6391(lang));
    }
  }
  return result;
}

function readHeader(header: string | undefined, line: number, options: GoldTsvOptions): Columns {
  if (header === undefined) throw fatal(options, 'empty file: expected a header line', 1);
  const names = header.split('\t').map((name) => name.trim());
  const idIndex = names.indexOf('id');
  const id = idIndex === -1 ? names.indexOf('file') : idIndex;
  const event = names.indexOf('event');
  if (id === -1 || event === -1) {
    throw fatal(options, `header needs an id (or file) column and an event column, found ${names.join(', ')}`, line);
  }
  const lang = names.indexOf('lang');
  return { id, event, lang: lang === -1 ? undefined : lang, fromFile: idIndex === -1 };
}

/** Drops the last `.ext` of the final path segment; a name without one is unchanged. */
function withoutExtension(name: string): string {
  return name.replace(/(?<=[^/\\])\.[^./\\]*$/u, '');
}

export async function loadGoldTsv(path: string, options: GoldTsvOptions = {}): Promise<GoldTsv> {
  return parseGoldTsv(await readFile(path, 'utf8'), { ...options, file: path });
}
