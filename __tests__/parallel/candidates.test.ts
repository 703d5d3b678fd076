import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { buildFeatures } from '../../src/storage/collectionBuilder.js';
import { resolveOptions } from '../../src/options.js';
import { candidateHelpers, candidatesInParallel, PARALLEL_CANDIDATES_FROM } from '../../src/parallel/candidatesInParallel.js';
import { anchorIndex, candidatePairs, DEFAULT_CANDIDATE_OPTIONS, neighbourKeys, neighboursOf, pairsFromKeys } from '../../src/similarity/candidates.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const dev = readCorpus('corpus/dev/documents.jsonl');
const seeds = readCorpus();
const prepared = validateDocuments([...dev, ...seeds]).sort((a, b) => (a.id < b.id ? -1 : 1));
const { resolved, profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
const { features } = buildFeatures(prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: resolved.referenceDate })));
/** Few neighbours, so that the top-k actually drops documents and its ranking matters. */
const options = { ...DEFAULT_CANDIDATE_OPTIONS, neighbours: 3 };
const sequential = candidatePairs(features, options);
/** Blocks of 2 documents: dozens of claims for this thread and the helpers to interleave over. */
const BLOCK = 2;

describe('candidate pairs on worker threads', () => {
  test('the corpus gives the top-k something to drop', () => {
    expect(features.length / BLOCK).toBeGreaterThan(20);
    expect(sequential.a.length).toBeGreaterThan(features.length);
    expect(candidatePairs(features, { ...options, neighbours: 30 }).a.length).toBeGreaterThan(sequential.a.length);
  });

  test.each([1, 2])('with %i helper thread(s) gives exactly the pairs of one thread', (helpers) => {
    const parallel = candidatesInParallel(features, options, helpers, {}, BLOCK);
    expect([...parallel.a]).toEqual([...sequential.a]);
    expect([...parallel.b]).toEqual([...sequential.b]);
  });

  test('helpers alone (this thread claims nothing) give them too', () => {
    const parallel = candidatesInParallel(features, options, 2, { claim: false }, BLOCK);
    expect([...parallel.a]).toEqual([...sequential.a]);
    expect([...parallel.b]).toEqual([...sequential.b]);
  });

  test('neighbours found document range by range, in any order, give the same pairs', () => {
    const index = anchorIndex(features, options);
    const keys = neighbourKeys(index, options);
    const cuts = [0, 7, 8, 30, index.n];
    for (let k = cuts.length - 2; k >= 0; k--) neighboursOf(index, options, keys, cuts[k]!, cuts[k + 1]!);
    const pairs = pairsFromKeys(keys, index.n);
    expect([...pairs.a]).toEqual([...sequential.a]);
    expect([...pairs.b]).toEqual([...sequential.b]);
  });

  test('pairs come sorted, each once, with a < b', () => {
    for (let k = 0; k < sequential.a.length; k++) {
      expect(sequential.a[k]!).toBeLessThan(sequential.b[k]!);
      if (k > 0) expect(sequential.a[k - 1]! * features.length + sequential.b[k - 1]!).toBeLessThan(sequential.a[k]! * features.length + sequential.b[k]!);
    }
  });

  test('helpers are used from PARALLEL_CANDIDATES_FROM documents', () => {
    expect(candidateHelpers('auto', PARALLEL_CANDIDATES_FROM - 1)).toBe(0);
    expect(candidateHelpers(2, PARALLEL_CANDIDATES_FROM)).toBe(2);
    expect(candidateHelpers(0, PARALLEL_CANDIDATES_FROM)).toBe(0);
  });
});
