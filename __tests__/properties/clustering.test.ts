import fc from 'fast-check';
import { clusterDocuments, ClusteringError, type ClusterResult } from '../../src/index.js';
import { collection, collectionAndPermutation, documentId, hostileText, newsText, REFERENCE_DATE, RUNS, validOptions } from './arbitraries.js';

/**
 * Properties of the whole pipeline on small random collections of news-like and hostile text:
 * the clusters are a partition of the input ids, do not depend on input order, are the same on
 * every run, and anything a caller passes gets a result or a ClusteringError, nothing else.
 */
const REF = { referenceDate: REFERENCE_DATE };

function isPartitionOf(result: ClusterResult, ids: readonly string[]): boolean {
  const members = result.clusters.flatMap((c) => c.members);
  const expected = [...ids].sort();
  const sorted = [...members].sort();
  return (
    members.length === ids.length &&
    sorted.every((id, i) => id === expected[i]) &&
    result.clusters.every((c) => c.members.length > 0) &&
    result.documents.length === ids.length &&
    result.documents.map((d) => d.id).sort().every((id, i) => id === expected[i])
  );
}

describe('clusterDocuments (property-based)', () => {
  test('the clusters are a partition of the input ids: each id in exactly one cluster, none lost, none added', () => {
    fc.assert(
      fc.property(
        collection.chain((docs) => fc.tuple(fc.constant(docs), validOptions(docs.length))),
        ([docs, options]) => {
          const result = clusterDocuments(docs, options);
          expect(isPartitionOf(result, docs.map((d) => d.id))).toBe(true);
          // A document without words is its own cluster (k-means puts every document in one of k clusters: see README).
          if (result.options.algorithm === 'agglomerative') {
            for (const d of result.documents) if (d.note?.startsWith('no words') === true) expect(result.clusters.find((c) => c.members.includes(d.id))?.members).toEqual([d.id]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('the result does not depend on the input order (the whole result, not just the partition)', () => {
    fc.assert(
      fc.property(
        collectionAndPermutation.chain(([docs, permuted]) => fc.tuple(fc.constant(docs), fc.constant(permuted), validOptions(docs.length))),
        ([docs, permuted, options]) => {
          expect(JSON.stringify(clusterDocuments(permuted, options))).toBe(JSON.stringify(clusterDocuments(docs, options)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('the result is the same on every run with the same input', () => {
    fc.assert(
      fc.property(collection, (docs) => {
        const first = clusterDocuments(docs, REF);
        const second = clusterDocuments(docs.map((d) => ({ ...d })), REF);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        for (const a of docs.slice(0, 3)) for (const b of docs.slice(0, 3)) expect(second.evidence(a.id, b.id)).toEqual(first.evidence(a.id, b.id));
      }),
      { numRuns: RUNS },
    );
  });

  test('copies of one text are all in one cluster exactly when their pair score reaches the threshold (first pass alone)', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, hostileText), fc.integer({ min: 2, max: 4 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (text, copies, threshold) => {
        const ids = Array.from({ length: copies }, (_, i) => `copy${i}`);
        const result = clusterDocuments(ids.map((id) => ({ id, text })), { ...REF, threshold, pooling: false });
        const score = result.evidence('copy0', 'copy1').score;
        if (score >= threshold) expect(result.clusters.map((c) => c.members)).toEqual([ids]);
        else expect(result.clusters).toHaveLength(copies);
      }),
      { numRuns: RUNS },
    );
  });

  test('arbitrary Unicode in any field gets a result or a ClusteringError, never another exception', () => {
    const anyDocument = fc.oneof(
      { arbitrary: hostileText, weight: 2 },
      { arbitrary: fc.record({ id: documentId, text: hostileText }), weight: 4 },
      { arbitrary: fc.record({ id: documentId, text: hostileText, lang: hostileText, title: hostileText }, { requiredKeys: ['id', 'text'] }), weight: 4 },
      { arbitrary: fc.record({ id: fc.oneof(documentId, fc.constant('')), text: hostileText, publishedAt: hostileText }), weight: 1 },
    );
    const anyOptions = fc.oneof(
      { arbitrary: fc.constant({}), weight: 8 },
      { arbitrary: fc.record({ languages: fc.array(fc.oneof(fc.constantFrom('sv', 'fr', 'en', 'EN'), hostileText), { maxLength: 3 }) }), weight: 1 },
      { arbitrary: fc.record({ referenceDate: hostileText }), weight: 1 },
    );
    let results = 0;
    fc.assert(
      fc.property(fc.array(anyDocument, { maxLength: 5 }), anyOptions, (docs, options) => {
        try {
          const result = clusterDocuments(docs, { ...REF, ...options });
          results++;
          expect(result.clusters.flatMap((c) => c.members)).toHaveLength(docs.length);
        } catch (error) {
          expect(error).toBeInstanceOf(ClusteringError);
        }
      }),
      { numRuns: RUNS },
    );
    expect(results).toBeGreaterThan(RUNS / 3); // most runs must reach the pipeline, not stop at validation
  });

  test('any JSON-like value as documents or options gets a result or a ClusteringError, never another exception', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), fc.anything({ maxDepth: 3 }), (documents, options) => {
        try {
          clusterDocuments(documents as never, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ClusteringError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
