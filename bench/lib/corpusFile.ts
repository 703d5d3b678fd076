/** Reads a JSONL corpus line by line (a 100k-document file is ~300 MB: never hold it as one string). */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { NewsDocumentInput } from '../../src/index.js';

export interface CorpusFile {
  documents: NewsDocumentInput[];
  gold: Map<string, string>;
}

export async function readCorpusFile(path: string): Promise<CorpusFile> {
  const documents: NewsDocumentInput[] = [];
  const gold = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as NewsDocumentInput & { event?: string };
    const doc: NewsDocumentInput = { id: record.id, text: record.text };
    if (record.lang !== undefined) doc.lang = record.lang;
    if (record.publishedAt !== undefined) doc.publishedAt = record.publishedAt;
    documents.push(doc);
    if (record.event !== undefined) gold.set(record.id, record.event);
  }
  return { documents, gold };
}
