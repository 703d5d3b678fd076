import { clusterDocuments } from '../../src/index.js';
import { partition, readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';
import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { buildFeatures } from '../../src/storage/collectionBuilder.js';
import { resolveOptions } from '../../src/options.js';
import { candidatePairs } from '../../src/similarity/candidates.js';
import { allPairs } from '../../src/similarity/pairs.js';
import { Scorer } from '../../src/similarity/scoring.js';
import { analyzeInParallel, CHUNK, chunkStarts } from '../../src/parallel/analyzeInParallel.js';
import { serializeAnalysis } from '../../src/stream/serialize.js';

const dev = readCorpus('corpus/dev/documents.jsonl');
const seeds = readCorpus();

function features(docs: typeof dev) {
  const prepared = validateDocuments(docs).sort((a, b) => (a.id < b.id ? -1 : 1));
  const { resolved, profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
  const built = buildFeatures(prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: resolved.referenceDate })));
  return { ...built, resolved, prepared };
}

describe('candidate index', () => {
  test('loses no pair that reaches the threshold, compared with all pairs (dev and seed corpora)', () => {
    for (const corpus of [dev, seeds]) {
      const { features: f, resolved, model } = features(corpus);
      const pairs = candidatePairs(f);
      const candidates = new Set(Array.from(pairs.a, (a, k) => `${a}:${pairs.b[k]}`));
      const strong = allPairs(f, Scorer.of(resolved.model, model.entities.df.table)).toArray().filter((p) => p.score >= resolved.threshold);
      expect(strong.length).toBeGreaterThan(0);
      for (const p of strong) expect(candidates.has(`${p.a}:${p.b}`)).toBe(true);
    }
  });

  test('gives the same clusters as all pairs on the seed and dev corpora', () => {
    for (const corpus of [dev, seeds]) {
      const all = clusterDocuments(corpus, { referenceDate: REFERENCE_DATE, candidates: 'all' });
      const index = clusterDocuments(corpus, { referenceDate: REFERENCE_DATE, candidates: 'index' });
      expect(partition(index.clusters)).toEqual(partition(all.clusters));
    }
  });
});

describe('feature extraction on worker threads', () => {
  test('returns exactly the single-threaded analyses, in order', () => {
    const { prepared, resolved } = features(dev);
    const { profiles } = resolveOptions({});
    const single = prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: resolved.referenceDate }));
    const parallel = analyzeInParallel(prepared, [...profiles.keys()], resolved.referenceDate, 2);
    // Compared as JSON-safe data: the worker's Maps come from another realm.
    expect(parallel.map(serializeAnalysis)).toEqual(single.map(serializeAnalysis));
  });

  test('chunks hold at most CHUNK documents and CHUNK_CHARS characters, unless one document alone is longer', () => {
    const doc = (id: number, chars: number) => ({ id: `d${id}`, text: 'x'.repeat(chars), publishedAt: null });
    const news = Array.from({ length: 2 * CHUNK + 7 }, (_, i) => doc(i, 3_000));
    expect(chunkStarts(news)).toEqual([0, CHUNK, 2 * CHUNK, 2 * CHUNK + 7]);
    // Pages of 1.5M characters: two to a chunk under the 4M bound; one page over the bound alone.
    const pages = [doc(0, 1_500_000), doc(1, 1_500_000), doc(2, 1_500_000), doc(3, 9_000_000), doc(4, 10)];
    expect(chunkStarts(pages)).toEqual([0, 2, 3, 4, 5]);
    expect(chunkStarts([])).toEqual([0]);
  });

  test('analyses large documents across several text-bounded chunks like one thread', () => {
    const { profiles } = resolveOptions({});
    const long = seeds.map((d, i) => ({ ...d, id: `long-${i}`, text: `${d.text}\n\n`.repeat(Math.ceil(1_600_000 / d.text.length)) }));
    const prepared = validateDocuments(long).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(chunkStarts(prepared).length - 1).toBeGreaterThan(2);
    const single = prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE }));
    expect(analyzeInParallel(prepared, [...profiles.keys()], REFERENCE_DATE, 2).map(serializeAnalysis)).toEqual(single.map(serializeAnalysis));
  });

  test('gives the same clusters through clusterDocuments', () => {
    const one = clusterDocuments(dev, { referenceDate: REFERENCE_DATE, workers: 0 });
    const two = clusterDocuments(dev, { referenceDate: REFERENCE_DATE, workers: 2 });
    expect(partition(two.clusters)).toEqual(partition(one.clusters));
  });
});

describe('collection statistics', () => {
  test("a document's vectors do not depend on its position: IDF is read after every document is counted", () => {
    const { profiles, resolved } = resolveOptions({ referenceDate: REFERENCE_DATE });
    const analyses = validateDocuments(dev).map((d) => analyzeDocument(d, { languages: profiles, referenceDate: resolved.referenceDate }));
    const forward = buildFeatures(analyses).features;
    const backward = buildFeatures([...analyses].reverse()).features.reverse();
    forward.forEach((f, i) => {
      const b = backward[i];
      // Term ids follow insertion order, so compare each vector's weights as a sorted list.
      const weights = (v: Float64Array | undefined) => Array.from(v ?? []).sort((x, y) => x - y);
      for (const space of ['words', 'entities', 'numbers', 'ngrams'] as const) {
        expect(weights(b?.[space].val)).toEqual(weights(f[space].val).map((v) => expect.closeTo(v, 12)));
      }
    });
  });
});
