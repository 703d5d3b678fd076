/**
 * The multilingual news-clustering dataset of Miranda, Znotiņš, Cohen & Barzdins (2018),
 * "Multilingual Clustering of Streaming News" (EMNLP): articles with
 *   id, title, text, lang (`eng`, `deu`, `spa` → `en`, `de`, `es`), date, event_id, cluster,
 * as one JSON array or as JSONL (told apart by a leading `[`). `date` becomes `publishedAt`.
 * The gold label is `cluster` by default (the gold cluster of the dataset); pass
 * `goldField: 'event_id'` to use the other. Other fields (e.g. `features`, `source`) are ignored.
 */
import { readFile } from 'node:fs/promises';
import { buildCorpus } from './buildCorpus.js';
import { parseJsonArray, parseJsonLines } from './jsonRecords.js';
import { createProblemSink, stripBom } from './problems.js';
import type { LoadedCorpus, LoaderOptions, RawEntry } from './types.js';

export interface MirandaOptions extends LoaderOptions {
  /** Which field holds the gold event. Default `cluster`. */
  goldField?: 'cluster' | 'event_id';
}

export function parseMiranda(text: string, options: MirandaOptions = {}): LoadedCorpus {
  const body = stripBom(text);
  const entries = body.trimStart().startsWith('[') ? parseJsonArray(body, options) : parseJsonLines(body);
  const goldField = options.goldField ?? 'cluster';
  const raw = entries.map((entry): RawEntry => {
    if ('reason' in entry) return entry;
    const { line, value } = entry;
    return {
      line,
      id: value['id'],
      text: value['text'],
      lang: value['lang'],
      title: value['title'],
      publishedAt: value['date'],
      event: value[goldField],
    };
  });
  return buildCorpus(raw, createProblemSink(options));
}

export async function loadMiranda(path: string, options: MirandaOptions = {}): Promise<LoadedCorpus> {
  return parseMiranda(await readFile(path, 'utf8'), { ...options, file: path });
}
