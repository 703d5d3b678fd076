/**
 * Clusters the bundled corpus (five real articles about protests in Kazakhstan, in Swedish,
 * French and English) and prints each event with the evidence behind it.
 *
 *   npm run example            (after npm install)
 *
 * Output (abridged):
 *   c1  2020-02-22  fr, sv  Amnesty International · Kazakhstan · 2020-02-22
 *       shared names: Amnesty International, Kazakhstan, Denis, Krivosheev, Almaty
 *       link 000_9f1e77a909bc5c5f ↔ 001_0fe65b89ff130b70  score 0.69  (ngrams 0.16 · entities 0.61 · dates 0.90 · numbers 1.00)
 */
import { readFileSync } from 'node:fs';
import { clusterDocuments, evaluate, parseJsonl } from 'event-clusters';
import { printClusters } from './print.js';

const corpusPath = new URL('../corpus/documents.jsonl', import.meta.url);
const { documents, gold } = parseJsonl(readFileSync(corpusPath, 'utf8'), { file: 'corpus/documents.jsonl' });

const result = clusterDocuments(documents);
printClusters(result);

const scores = evaluate(result, gold);
console.log(`\nAgainst the gold events: BCubed F1 ${scores.bcubed.f1.toFixed(3)}, pairwise F1 ${scores.pairwise.f1.toFixed(3)}, ARI ${scores.ari.toFixed(3)}`);
