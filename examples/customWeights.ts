/**
 * Options: weigh names and dates more, lower the threshold, or ask k-means for a fixed number
 * of clusters.   npx tsx examples/customWeights.ts
 */
import { readFileSync } from 'node:fs';
import { clusterDocuments, parseJsonl } from 'event-clusters';

const { documents } = parseJsonl(readFileSync(new URL('../corpus/documents.jsonl', import.meta.url), 'utf8'));

const strict = clusterDocuments(documents, { weights: { entities: 0.5, dates: 0.3, words: 0.1 }, threshold: 0.4 });
console.log('entity- and date-heavy weights:', strict.clusters.map((c) => c.members));

const kmeans = clusterDocuments(documents, { algorithm: 'kmeans', k: 4, seed: 1 });
console.log('k-means with k = 4:', kmeans.clusters.map((c) => c.members));
