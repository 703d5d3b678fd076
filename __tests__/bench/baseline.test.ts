import { baselineCluster } from '../../bench/baseline.js';
import { generateCorpus } from '../../bench/generate.js';
import { evaluate } from '../../src/index.js';

describe('baselineCluster (plain TF-IDF yardstick of the scale benchmark)', () => {
  const corpus = generateCorpus({ documents: 120, seed: 4 });
  const result = baselineCluster(corpus.documents);

  test('scores candidate pairs and returns a partition of the documents', () => {
    expect(result.candidatePairs).toBeGreaterThan(0);
    const members = result.clusters.flatMap((c) => c.members).sort();
    expect(members).toEqual(corpus.documents.map((d) => d.id).sort());
    expect(result.documents).toHaveLength(corpus.documents.length);
  });

  test('is deterministic and does not depend on input order', () => {
    const reversed = baselineCluster([...corpus.documents].reverse());
    const sorted = (r: typeof result) => r.clusters.map((c) => [...c.members].sort().join(' ')).sort();
    expect(sorted(reversed)).toEqual(sorted(result));
  });

  test('groups same-language reports of an event, as word TF-IDF should', () => {
    const report = evaluate(result, corpus.gold);
    expect(report.sameLanguage?.recall).toBeGreaterThan(0.8);
    expect(report.bcubed.f1).toBeGreaterThan(0.5);
  });

  test('an empty or single-document input yields singletons', () => {
    expect(baselineCluster([]).clusters).toEqual([]);
    expect(baselineCluster([{ id: 'a', text: 'One lonely report.', lang: 'en' }]).clusters).toEqual([{ members: ['a'] }]);
  });
});
