/** The bundled seed corpus, clustered as the report tests need it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clusterDocuments } from '../../src/clusterDocuments.js';
import type { NewsDocumentInput } from '../../src/types.js';

export const CORPUS = fileURLToPath(new URL('../../corpus/documents.jsonl', import.meta.url));

export function seedDocuments(): NewsDocumentInput[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, text, lang, publishedAt } = JSON.parse(line) as NewsDocumentInput;
      return publishedAt === undefined ? { id, text, lang } : { id, text, lang, publishedAt };
    });
}

export function clusterSeeds(documents: readonly NewsDocumentInput[] = seedDocuments()) {
  return clusterDocuments(documents, { referenceDate: '2021-06-01' });
}
