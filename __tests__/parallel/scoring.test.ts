import { availableParallelism } from 'node:os';
import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { vectorize, addToModel, emptyModel, registerNames } from '../../src/features/collection.js';
import { buildFeatures, CollectionBuilder } from '../../src/storage/collectionBuilder.js';
import { resolveOptions } from '../../src/options.js';
import { blockQueue, runBlocks } from '../../src/parallel/blocks.js';
import { scoreInParallel, scoreWithHelpers, scoringHelpers, PARALLEL_SCORING_FROM } from '../../src/parallel/scoreInParallel.js';
import { candidatePairs, type DocumentPairs } from '../../src/similarity/candidates.js';
import { scorePairs } from '../../src/similarity/pairs.js';
import { compileModel } from '../../src/similarity/pairModel.js';
import { Scorer, type ScoringModel } from '../../src/similarity/scoring.js';
import { pairFeaturesFrom, sharePairFeatures } from '../../src/storage/sharedFeatures.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const dev = readCorpus('corpus/dev/documents.jsonl');

function devFeatures() {
  const prepared = validateDocuments(dev).sort((a, b) => (a.id < b.id ? -1 : 1));
  const { resolved, profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
  const analyses = prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: resolved.referenceDate }));
  return { ...buildFeatures(analyses), analyses, resolved };
}

/** Every pair of n documents: the most work the helpers can be given on this corpus. */
function everyPair(n: number): DocumentPairs {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) a.push(i), b.push(j);
  return { a: Int32Array.from(a), b: Int32Array.from(b) };
}

const { features, analyses, resolved, model: collection } = devFeatures();
const scoring: ScoringModel = { model: compileModel(resolved.model), entityDf: collection.entities.df.table };
const scorer = Scorer.from(scoring);
const pairs = everyPair(features.length);
const inThread = scorePairs(features, pairs, scorer).toArray();
/** Small blocks, so that this thread and the helpers interleave over many claims. */
const BLOCK = 8;

describe('pair scoring on worker threads', () => {
  test('the corpus is large enough to give every thread many blocks', () => {
    expect(pairs.a.length / BLOCK).toBeGreaterThan(100);
    expect(inThread.length).toBeGreaterThan(100);
  });

  test.each([1, 2])('with %i helper thread(s) gives the in-thread scores bit for bit, in pair order', (helpers) => {
    expect(scoreInParallel(features, pairs, scoring, helpers, BLOCK).toArray()).toEqual(inThread);
  });

  test('helpers score every block when this thread claims none', () => {
    const blocks = Math.ceil(pairs.a.length / BLOCK);
    const { pairs: scored, blocksHere } = scoreWithHelpers(features, sharePairFeatures(features), pairs, scoring, { helpers: 2, claim: false }, BLOCK);
    expect(blocksHere).toBe(0);
    expect(blocks).toBeGreaterThan(100);
    expect(scored.toArray()).toEqual(inThread);
  });

  test('also on the candidate pairs of the index', () => {
    const candidates = candidatePairs(features);
    expect(scoreInParallel(features, candidates, scoring, 1, 16).toArray()).toEqual(scorePairs(features, candidates, scorer).toArray());
  });

  test('the shared form rebuilds documents that score exactly as the originals', () => {
    const rebuilt = pairFeaturesFrom(sharePairFeatures(features));
    expect(rebuilt).toHaveLength(features.length);
    expect(rebuilt.map((f) => f.lang)).toEqual(features.map((f) => f.lang));
    expect(scorePairs(rebuilt, pairs, scorer).toArray()).toEqual(inThread);
  });

  test('the copy is shared memory for several helpers and plain buffers, moved, for a single one', () => {
    const forMany = sharePairFeatures(features, true);
    const forOne = sharePairFeatures(features, false);
    expect(forMany.segments.length).toBeGreaterThan(0);
    expect(forMany.segments.every((s) => s instanceof SharedArrayBuffer)).toBe(true);
    expect(forOne.segments.every((s) => s instanceof ArrayBuffer)).toBe(true);
    expect(forOne.vectors).toEqual(forMany.vectors);
    expect(scorePairs(pairFeaturesFrom(forOne), pairs, scorer).toArray()).toEqual(inThread);
    // Moved to the helper: gone from this thread, which scores from its own features.
    expect(scoreWithHelpers(features, forOne, pairs, scoring, { helpers: 1 }, BLOCK).pairs.toArray()).toEqual(inThread);
    expect(forOne.segments.every((s) => s.byteLength === 0)).toBe(true);
  });

  test('plain buffers handed to several helpers are copied to each (same scores); moving them to several is refused', () => {
    expect(scoreWithHelpers(features, sharePairFeatures(features, false), pairs, scoring, { helpers: 2 }, BLOCK).pairs.toArray()).toEqual(inThread);
    expect(() => runBlocks(blockQueue(1), {}, { helpers: 2 }, () => undefined, [new ArrayBuffer(8)])).toThrow(RangeError);
  });

  test('vectors a batch built in shared memory are handed to the helpers in place, not copied', () => {
    const builder = new CollectionBuilder({ sharedVectors: true });
    for (const a of [...analyses].sort((x, y) => (x.id < y.id ? -1 : 1))) builder.add(a);
    const inShared = builder.finish().features;
    const homes = new Set(inShared.flatMap((f) => [f.words, f.ngrams, f.entities, f.numbers].filter((v) => v.idx.length > 0).map((v) => v.val.buffer)));
    expect([...homes].every((b) => b instanceof SharedArrayBuffer)).toBe(true);
    for (const single of [false, true]) {
      const handed = sharePairFeatures(inShared, !single);
      // The segments are the vectors' own buffers: nothing was copied.
      expect(handed.segments).toHaveLength(homes.size);
      expect(handed.segments.every((s) => homes.has(s as SharedArrayBuffer))).toBe(true);
      expect(scorePairs(pairFeaturesFrom(handed), pairs, scorer).toArray()).toEqual(inThread);
      expect(scoreWithHelpers(inShared, handed, pairs, scoring, { helpers: single ? 1 : 2 }, BLOCK).pairs.toArray()).toEqual(inThread);
    }
  });

  test('vectors built one by one (as the stream clusterer does) give the same scores on helpers', () => {
    const model = emptyModel();
    registerNames(model, analyses);
    const interned = analyses.map((a) => addToModel(model, a));
    const own = analyses.map((a, i) => vectorize(model, a, interned[i]!));
    expect(scoreInParallel(own, pairs, { ...scoring, entityDf: model.entities.df.table }, 2, BLOCK).toArray()).toEqual(inThread);
  });

  test('blocks a failed helper claimed are scored by this thread: no pair lost, no hang', () => {
    // Helpers given no documents throw on their first pair and end; this thread takes every block.
    const broken = { ...sharePairFeatures(features), langs: [] };
    const { pairs: scored, blocksHere } = scoreWithHelpers(features, broken, pairs, scoring, { helpers: 2, claim: false }, BLOCK);
    expect(blocksHere).toBe(Math.ceil(pairs.a.length / BLOCK));
    expect(scored.toArray()).toEqual(inThread);
  });

  test('helpers are used from PARALLEL_SCORING_FROM pairs, as many as asked (auto: the cores but this one)', () => {
    expect(scoringHelpers('auto', PARALLEL_SCORING_FROM - 1)).toBe(0);
    expect(scoringHelpers(3, PARALLEL_SCORING_FROM)).toBe(3);
    expect(scoringHelpers(0, PARALLEL_SCORING_FROM)).toBe(0);
    expect(scoringHelpers('auto', PARALLEL_SCORING_FROM)).toBe(Math.min(4, availableParallelism()) - 1);
  });
});
