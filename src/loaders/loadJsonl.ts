/**
 * Plain JSONL corpora: one JSON object per line,
 *   { "id": "…", "text": "…", "lang"?: "sv", "title"?: "…", "publishedAt"?: "2020-02-22", "event"?: "…" }.
 * `language` is accepted as a synonym of `lang` (the layout of `corpus/tiny/documents.jsonl`);
 * giving both with different values is a problem. Other fields are ignored.
 */
import { readFile } from 'node:fs/promises';
import { buildCorpus } from './buildCorpus.js';
import { parseJsonLines } from './jsonRecords.js';
import { createProblemSink, stripBom } from './problems.js';
import type { LoadedCorpus, LoaderOptions, RawEntry } from './types.js';

export function parseJsonl(text: string, options: LoaderOptions = {}): LoadedCorpus {
  const entries = parseJsonLines(stripBom(text)).map((entry): RawEntry => {
    if ('reason' in entry) return entry;
    const { line, value } = entry;
    const { id, text: body, lang, language, title, publishedAt, event } = value;
    if (lang !== undefined && language !== undefined && lang !== language) {
      return { line, reason: `lang ${JSON.stringify(lang)} and language ${JSON.stringify(language)} disagree` };
    }
    return { line, id, text: body, lang: lang ?? language, title, publishedAt, event };
  });
  return buildCorpus(entries, createProblemSink(options));
}

export async function loadJsonl(path: string, options: LoaderOptions = {}): Promise<LoadedCorpus> {
  return parseJsonl(await readFile(path, 'utf8'), { ...options, file: path });
}
