/**
 * Your own pair model: train one from a labelled corpus (here the hand-written dev corpus), see
 * how well calibrated it is, and cluster with it; or ask k-means for a fixed number of clusters.
 *   npx tsx examples/trainModel.ts
 */
import { readFileSync } from 'node:fs';
import { calibrationTable, clusterDocuments, corpusExamples, parseJsonl, trainPairModel } from 'event-clusters';

const read = (path: string) => parseJsonl(readFileSync(new URL(path, import.meta.url), 'utf8'));
const dev = read('../corpus/dev/documents.jsonl');
const seeds = read('../corpus/documents.jsonl');
const options = { referenceDate: '2026-11-23' };

// Every pair of the labelled documents (and pooled groups of them), with its pair inputs.
const examples = corpusExamples(dev.documents, dev.gold, options);
const { model } = trainPairModel([{ name: 'dev corpus', examples }], { threshold: 0.35, trainedOn: 'examples/trainModel.ts: the dev corpus' });
console.log('coefficients:', Object.entries(model.coefficients).map(([input, w]) => `${input} ${w?.toFixed(2)}`).join(', '));
for (const bin of calibrationTable(model, examples, 5)) console.log(`  predicted ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}: ${bin.pairs} pairs, ${(100 * bin.observed).toFixed(0)}% same event`);

const own = clusterDocuments(seeds.documents, { ...options, model });
console.log('the seeds with the dev-trained model:', own.clusters.map((c) => c.members));

const kmeans = clusterDocuments(seeds.documents, { ...options, algorithm: 'kmeans', k: 4, seed: 1 });
console.log('k-means with k = 4:', kmeans.clusters.map((c) => c.members));
