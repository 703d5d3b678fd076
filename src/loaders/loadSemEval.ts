/**
 * SemEval-2022 Task 8 ("Multilingual News Article Similarity") pair files: CSV with the columns
 * `pair_id, lang1, lang2, text1, text2, …, Overall, …` (found by name, any order; other rating
 * columns are kept when present). Ratings run 1–4, where 1 means "the same story".
 *
 * A `pair_id` is `<id1>_<id2>`; ids with a language suffix (`1484039360it`) mark machine-
 * translated copies, which `originalOnly` (the default) leaves out, as the task scores originals.
 * A pair repeated in the file is kept once (its first row). An article id that comes back with a
 * different text (it happens in the published sample) becomes a document of its own, `<id>~2`, …,
 * so that every pair is scored on the texts its raters read.
 */
import { readFile } from 'node:fs/promises';
import type { NewsDocumentInput } from '../types.js';
import { type CsvRow, parseCsv } from './csv.js';
import { createProblemSink, fatal, stripBom, type ProblemSink } from './problems.js';
import type { LoadProblem, LoaderOptions } from './types.js';

export const SEMEVAL_RATINGS = ['Geography', 'Entities', 'Time', 'Narrative', 'Overall', 'Style', 'Tone'] as const;
export type SemEvalRating = (typeof SEMEVAL_RATINGS)[number];

/** One rated pair: document ids (into `documents`), their languages and the mean ratings. */
export interface RatedPair {
  pairId: string;
  a: string;
  b: string;
  langA: string;
  langB: string;
  /** Mean `Overall` rating, 1 (same story) to 4 (unrelated). */
  overall: number;
  /** Every rating column present in the file, by name. */
  ratings: Partial<Record<SemEvalRating, number>>;
  /** 1-based line of the pair's row. */
  line: number;
}

export interface LoadedPairs {
  /** Every article of the kept pairs, once (with `lang` from the file). */
  documents: NewsDocumentInput[];
  pairs: RatedPair[];
  /** Rows skipped (unreadable, missing fields, bad rating). */
  problems: LoadProblem[];
  /** Rows left out because their pair came earlier in the file. */
  repeatedRows: number;
}

export interface SemEvalOptions extends LoaderOptions {
  /** Keep only pairs of original articles (`^\d+_\d+$`). Default true. */
  originalOnly?: boolean;
}

const REQUIRED = ['pair_id', 'lang1', 'lang2', 'text1', 'text2', 'Overall'] as const;
const ORIGINAL_PAIR = /^\d+_\d+$/u;
const PAIR_ID = /^([^_]+)_([^_]+)$/u;

export function parseSemEvalPairs(text: string, options: SemEvalOptions = {}): LoadedPairs {
  const [header, ...rows] = parseCsv(stripBom(text));
  const { columns, width } = readHeader(header, options);
  const sink = createProblemSink(options);
  const articles = new ArticleTable();
  const seen = new Set<string>();
  const pairs: RatedPair[] = [];
  let repeatedRows = 0;
  for (const row of rows) {
    const pair = readPair(row, columns, width, sink, options.originalOnly ?? true);
    if (pair === null) continue;
    if (seen.has(pair.pairId)) {
      repeatedRows += 1;
      continue;
    }
    seen.add(pair.pairId);
    const a = articles.add(pair.ids[0], pair.texts[0], pair.langA);
    const b = articles.add(pair.ids[1], pair.texts[1], pair.langB);
    pairs.push({ pairId: pair.pairId, a, b, langA: pair.langA, langB: pair.langB, overall: pair.overall, ratings: pair.ratings, line: pair.line });
  }
  return { documents: articles.documents, pairs, problems: sink.problems, repeatedRows };
}

export async function loadSemEvalPairs(path: string, options: SemEvalOptions = {}): Promise<LoadedPairs> {
  return parseSemEvalPairs(await readFile(path, 'utf8'), { ...options, file: path });
}

interface ParsedRow {
  pairId: string;
  ids: [string, string];
  texts: [string, string];
  langA: string;
  langB: string;
  overall: number;
  ratings: Partial<Record<SemEvalRating, number>>;
  line: number;
}

/** The row as a pair, or null when it is skipped (reported to `sink` unless it is a translation). */
function readPair(row: CsvRow, columns: ReadonlyMap<string, number>, width: number, sink: ProblemSink, originalOnly: boolean): ParsedRow | null {
  if ('error' in row) return skip(sink, row.line, `malformed CSV: ${row.error}`);
  const { line, fields } = row;
  if (fields.length !== width) return skip(sink, line, `expected ${width} fields as in the header, found ${fields.length}`);
  const field = (name: string): string => fields[columns.get(name) as number] ?? '';
  const pairId = field('pair_id').trim();
  const ids = PAIR_ID.exec(pairId);
  if (ids === null) return skip(sink, line, `pair_id ${JSON.stringify(pairId)} is not <id1>_<id2>`);
  if (originalOnly && !ORIGINAL_PAIR.test(pairId)) return null;
  const ratings: Partial<Record<SemEvalRating, number>> = {};
  for (const name of SEMEVAL_RATINGS) {
    if (!columns.has(name)) continue;
    const value = Number.parseFloat(field(name));
    if (!Number.isFinite(value) || value < 1 || value > 4) return skip(sink, line, `${name} rating ${JSON.stringify(field(name))} is not a number in 1–4`);
    ratings[name] = value;
  }
  const [langA, langB] = [field('lang1').trim(), field('lang2').trim()];
  if (langA === '' || langB === '') return skip(sink, line, 'lang1 or lang2 is empty');
  return { pairId, ids: [ids[1] as string, ids[2] as string], texts: [field('text1'), field('text2')], langA, langB, overall: ratings.Overall as number, ratings, line };
}

function skip(sink: ProblemSink, line: number, reason: string): null {
  sink.report(line, reason);
  return null;
}

/** Articles by id; an id seen again with another text gets a numbered variant id. */
class ArticleTable {
  readonly documents: NewsDocumentInput[] = [];
  private readonly variants = new Map<string, string[]>();

  add(id: string, text: string, lang: string): string {
    const texts = this.variants.get(id) ?? [];
    this.variants.set(id, texts);
    const known = texts.indexOf(text);
    if (known !== -1) return variantId(id, known);
    texts.push(text);
    const documentId = variantId(id, texts.length - 1);
    this.documents.push({ id: documentId, text, lang });
    return documentId;
  }
}

const variantId = (id: string, variant: number): string => (variant === 0 ? id : `${id}~${variant + 1}`);

function readHeader(header: CsvRow | undefined, options: LoaderOptions): { columns: Map<string, number>; width: number } {
  if (header === undefined) throw fatal(options, 'empty file: expected the header line', 1);
  if ('error' in header) throw fatal(options, `unreadable header: ${header.error}`, header.line);
  const columns = new Map(header.fields.map((name, index) => [name.trim(), index]));
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) throw fatal(options, `header lacks the column(s) ${missing.join(', ')}`, header.line);
  return { columns, width: header.fields.length };
}
