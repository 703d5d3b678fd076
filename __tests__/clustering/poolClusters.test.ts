import { clusterDocuments, type PairModel } from '../../src/index.js';
import { PairList } from '../../src/clustering/pairList.js';
import { poolClusters } from '../../src/clustering/poolClusters.js';
import { sparseFrom } from '../../src/features/sparse.js';
import { EMPTY_VECTOR } from '../../src/features/sparse.js';
import type { PairSide } from '../../src/similarity/pairInputs.js';
import { Scorer } from '../../src/similarity/scoring.js';
import { partition, REFERENCE_DATE, shuffled } from '../helpers/corpus.js';

/** A model that reads shared names and same-language words only: its numbers are worked out by hand below. */
const model: PairModel = { version: 1, intercept: -4, coefficients: { sharedNames: 6, words: 8 }, threshold: 0.3, poolThreshold: 0.5 };

/** A side in `lang` with the given entity ids (and nothing else but text). */
function side(entities: number[], lang: string): PairSide {
  return { lang, words: EMPTY_VECTOR, ngrams: EMPTY_VECTOR, entities: sparseFrom(entities.map((id) => [id, 1] as const)), numbers: EMPTY_VECTOR, dayVector: { days: [], w: new Float64Array(0), norm: 0 }, span: null, eventDay: null, tokens: 50, size: 1 };
}

describe('the pooled pass', () => {
  // Each member shares one name with each member of the other group (p = 0.11 for a pair);
  // pooled, the groups share all four (p = 0.60 ≥ 0.5). A fifth document shares one name only.
  const sides = [side([1, 2], 'sv'), side([3, 4], 'sv'), side([1, 3], 'fr'), side([2, 4], 'fr'), side([4, 9], 'en')];
  const scorer = Scorer.of(model, new Int32Array(16).fill(2));
  const pairs = new PairList();
  for (const [a, b] of [[0, 2], [0, 3], [1, 2], [1, 3], [1, 4], [3, 4]] as [number, number][]) pairs.push(a, b, scorer.score(sides[a]!, sides[b]!));

  test('merges two groups their pooled evidence links, though no pair of their members would', () => {
    expect(scorer.score(sides[0]!, sides[2]!)).toBeLessThan(0.3);
    const { clusters, merges } = poolClusters([[0, 1], [2, 3], [4]], sides, pairs, scorer, model.poolThreshold);
    expect(clusters).toEqual([[0, 1, 2, 3], [4]]);
    expect(merges.get(0)).toEqual([{ a: [0, 1], b: [2, 3], score: expect.closeTo(0.6, 1) }]);
  });

  test('compares only clusters with no language in common: within one, the first pass had the words', () => {
    const oneLanguage = sides.map((s) => ({ ...s, lang: 'sv' }));
    const onePairs = new PairList();
    for (const [a, b] of [[0, 2], [0, 3], [1, 2], [1, 3]] as [number, number][]) onePairs.push(a, b, scorer.score(oneLanguage[a]!, oneLanguage[b]!));
    expect(poolClusters([[0, 1], [2, 3], [4]], oneLanguage, onePairs, scorer, model.poolThreshold).clusters).toEqual([[0, 1], [2, 3], [4]]);
  });

  test('does not merge below its cut, and does not depend on the order clusters are given in', () => {
    expect(poolClusters([[0, 1], [2, 3], [4]], sides, pairs, scorer, 0.9).clusters).toEqual([[0, 1], [2, 3], [4]]);
    expect(partition(poolClusters([[4], [2, 3], [0, 1]], sides, pairs, scorer, model.poolThreshold).clusters.map((m) => ({ members: m.map(String) })))).toEqual([['0', '1', '2', '3'], ['4']]);
  });
});

describe('a pooled link explained', () => {
  // Two Swedish and two French reports of one meeting; each name is in one Swedish and one French report.
  const documents = [
    { id: 'sv1', lang: 'sv', text: 'Rapporten om mötet med Alfa och Beta kom i går kväll från regeringen.' },
    { id: 'sv2', lang: 'sv', text: 'Rapporten om mötet med Gamma och Delta kom i går kväll från regeringen.' },
    { id: 'fr1', lang: 'fr', text: 'Le rapport sur la rencontre avec Alfa et Gamma a été publié hier soir par le gouvernement.' },
    { id: 'fr2', lang: 'fr', text: 'Le rapport sur la rencontre avec Beta et Delta a été publié hier soir par le gouvernement.' },
  ];
  const options = { referenceDate: REFERENCE_DATE, model };

  test('one cluster, its last link pooled, with the members behind every shared name', () => {
    const result = clusterDocuments(documents, options);
    expect(result.clusters.map((c) => c.members)).toEqual([['fr1', 'fr2', 'sv1', 'sv2']]);
    const link = result.clusters[0]!.links.find((l) => l.pooled !== undefined);
    expect(link?.pooled?.a.length).toBe(2);
    expect(link?.score).toBeGreaterThanOrEqual(model.poolThreshold);
    const names = link?.pooled?.sources.filter((s) => s.kind === 'name') ?? [];
    expect(names.map((s) => s.value).sort()).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
    for (const s of names) expect(s.a.length + s.b.length).toBe(2);
    expect(clusterDocuments(documents, { ...options, pooling: false }).clusters).toHaveLength(2);
  });

  test('the same whole result, links and explanations included, in any input order', () => {
    const reference = JSON.stringify(clusterDocuments(documents, options));
    for (const seed of [1, 2, 3, 4, 5]) expect(JSON.stringify(clusterDocuments(shuffled(documents, seed), options))).toBe(reference);
  });
});
