import fc from 'fast-check';
import { explainCluster, kthLargest, TopTerms } from '../../src/explain/explainCluster.js';
import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { type CollectionModel, type DocumentFeatures } from '../../src/features/collection.js';
import { buildFeatures } from '../../src/storage/collectionBuilder.js';
import { TermCache } from '../../src/storage/termCache.js';
import { resolveOptions } from '../../src/options.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';
import { RUNS } from './arbitraries.js';

describe('kthLargest (the floor under a cluster label\'s top terms)', () => {
  test('equals the k-th value of a descending sort, repeats counted; −∞ when there are fewer than k', () => {
    // Weights on a coarse grid, so that ties (the case the label's tie-break is for) are common.
    const values = fc.array(fc.integer({ min: 0, max: 20 }).map((v) => v / 4), { maxLength: 60 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 12 }), (xs, k) => {
        const sorted = [...xs].sort((x, y) => y - x);
        expect(kthLargest(xs, k)).toBe(sorted.length < k ? Number.NEGATIVE_INFINITY : sorted[k - 1]);
      }),
      { numRuns: RUNS },
    );
  });

  test('asks for nothing when k is 0', () => {
    expect(kthLargest([1, 2, 3], 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('cluster top terms (summed by spelling across languages)', () => {
  // The label's terms are each spelling's summed TF-IDF weight over the members; words of several
  // languages can share a spelling (`amnesty` in English, French and Swedish) and then count
  // together. This is the plain definition, a map keyed by spelling, for the optimised sums.
  const reference = (members: readonly DocumentFeatures[], model: CollectionModel): string[] => {
    const weights = new Map<string, number>();
    for (const f of members) {
      const prefix = f.analysis.lang.length + 1;
      f.words.idx.forEach((id, k) => {
        const spelling = model.wordSurfaces[id] ?? model.words.vocab.term(id).slice(prefix);
        weights.set(spelling, (weights.get(spelling) ?? 0) + (f.words.val[k] as number));
      });
    }
    return [...weights].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 8).map(([term]) => term);
  };
  const documents = [...readCorpus('corpus/dev/documents.jsonl'), ...readCorpus()];
  const { resolved, profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
  const cache = new TermCache();
  const analyses = validateDocuments(documents).map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE, cache }));
  const { model, features } = buildFeatures(analyses);
  const byId = new Map(features.map((f) => [f.id, f]));
  const events = new Map<string, DocumentFeatures[]>();
  for (const d of documents) events.set(d.event, [...(events.get(d.event) ?? []), byId.get(d.id) as DocumentFeatures]);

  test('the corpus has words of different languages with one spelling (the case summed across languages)', () => {
    const spellings = new Map<string, Set<string>>();
    model.wordSurfaces.forEach((spelling, id) => spellings.set(spelling, (spellings.get(spelling) ?? new Set()).add(model.words.vocab.term(id).split(':')[0] as string)));
    expect([...spellings.values()].some((langs) => langs.size > 1)).toBe(true);
  });

  test('equal the plain sums for every event group and any grouping, with tables shared across clusters or not', () => {
    const shared = new TopTerms(model);
    const explain = (members: readonly DocumentFeatures[], topTerms?: TopTerms) => explainCluster('c', members, { documents: [], pooled: [] }, features, model, resolved, topTerms).topTerms;
    for (const members of events.values()) {
      expect(explain(members, shared)).toEqual(reference(members, model));
      expect(explain(members)).toEqual(reference(members, model));
    }
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: features.length - 1 }), { minLength: 1, maxLength: 12 }), (indices) => {
        const members = indices.map((i) => features[i] as DocumentFeatures);
        expect(explain(members, shared)).toEqual(reference(members, model));
      }),
      { numRuns: RUNS },
    );
  });
});
