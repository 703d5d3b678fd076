import { ClusteringError } from '../../src/errors.js';
import { evaluate, type GoldInput } from '../../src/evaluation/index.js';

// EXAMPLE_A of cases.ts as a clustering: predicted {a,b,c} {d,e} {f}; gold x = {a,b}, y = {c,d,e,f}.
const clusters = [{ members: ['a', 'b', 'c'] }, { members: ['d', 'e'] }, { members: ['f'] }];
const goldRecord: Record<string, string> = { a: 'x', b: 'x', c: 'y', d: 'y', e: 'y', f: 'y' };
const languages: Record<string, string> = { a: 'en', b: 'fr', c: 'en', d: 'en', e: 'fr', f: 'fr' };
const documents = Object.entries(languages).map(([id, lang]) => ({ id, lang }));

describe('evaluate', () => {
  it('reports every metric for EXAMPLE_A (values derived in the per-metric tests)', () => {
    const report = evaluate({ clusters }, goldRecord);
    expect(report).toMatchObject({ documents: 6, predictedClusters: 3, goldEvents: 2, sameLanguage: null, crossLanguage: null });
    expect(report.pairwise).toMatchObject({ truePositives: 2, predictedPairs: 4, goldPairs: 7, precision: 0.5 });
    expect(report.bcubed.f1).toBeCloseTo(2 / 3, 12);
    expect(report.ari).toBeCloseTo(4 / 109, 12);
    expect(report.nmi).toBeCloseTo(0.38625, 4);
  });

  it.each<[string, GoldInput]>([
    ['Map', new Map(Object.entries(goldRecord))],
    ['array of { id, event }', Object.entries(goldRecord).map(([id, event]) => ({ id, event }))],
  ])('accepts gold as a %s', (_name, gold) => {
    expect(evaluate({ clusters }, gold)).toEqual(evaluate({ clusters }, goldRecord));
  });

  it('breaks pairwise scores down by same / cross language', () => {
    // Languages a en, b fr, c en, d en, e fr, f fr.
    // Same-language: predicted pairs (a,c) = 1; gold pairs (c,d), (e,f) = 2; true positives 0
    //   → P 0/1 = 0, R 0/2 = 0, F1 0.
    // Cross-language: total minus same: TP 2 − 0 = 2 [(a,b), (d,e)], predicted 4 − 1 = 3, gold 7 − 2 = 5
    //   → P 2/3, R 2/5, F1 2·(2/3)(2/5)/(2/3 + 2/5) = 1/2.
    const report = evaluate({ clusters, documents }, goldRecord);
    expect(report.sameLanguage).toEqual({ truePositives: 0, predictedPairs: 1, goldPairs: 2, precision: 0, recall: 0, f1: 0 });
    expect(report.crossLanguage).toMatchObject({ truePositives: 2, predictedPairs: 3, goldPairs: 5 });
    expect(report.crossLanguage?.precision).toBeCloseTo(2 / 3, 12);
    expect(report.crossLanguage?.recall).toBeCloseTo(2 / 5, 12);
    expect(report.crossLanguage?.f1).toBeCloseTo(1 / 2, 12);
  });

  it('takes languages from options, over result.documents', () => {
    // Everything English: no cross-language pairs (vacuous 1s); same-language = overall.
    const allEnglish = new Map(Object.keys(languages).map((id) => [id, 'en']));
    const report = evaluate({ clusters, documents }, goldRecord, { languages: allEnglish });
    expect(report.sameLanguage).toEqual(report.pairwise);
    expect(report.crossLanguage).toEqual({ truePositives: 0, predictedPairs: 0, goldPairs: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('names the documents without a language when only some have one', () => {
    const run = () => evaluate({ clusters }, goldRecord, { languages: { a: 'en' } });
    expect(run).toThrow(ClusteringError);
    expect(run).toThrow(/5 documents \("b", "c", "d", "e", "f"\)/u);
  });

  describe('degenerate inputs', () => {
    it('n = 0: defined values, all 1', () => {
      expect(evaluate({ clusters: [] }, new Map())).toEqual({
        documents: 0,
        predictedClusters: 0,
        goldEvents: 0,
        pairwise: { truePositives: 0, predictedPairs: 0, goldPairs: 0, precision: 1, recall: 1, f1: 1 },
        bcubed: { precision: 1, recall: 1, f1: 1 },
        ari: 1,
        nmi: 1,
        sameLanguage: null,
        crossLanguage: null,
      });
    });

    it('n = 1: all 1', () => {
      const report = evaluate({ clusters: [{ members: ['a'] }], documents: [{ id: 'a', lang: 'sv' }] }, { a: 'x' });
      expect(report).toMatchObject({ documents: 1, ari: 1, nmi: 1, bcubed: { f1: 1 }, pairwise: { f1: 1 }, sameLanguage: { f1: 1 } });
    });

    it('one cluster for everything against two events', () => {
      // 6 documents in one cluster: predicted pairs 15, TP = C(2,2) + C(4,2) = 7, gold pairs 7.
      // P = 7/15, R = 1; BCubed P = (2·2/6 + 4·4/6)/6 = 5/9, R = 1; ARI 0 (fn = 0, tn = 0 → 2(0 − 0)/(…)); NMI 0.
      const report = evaluate({ clusters: [{ members: ['a', 'b', 'c', 'd', 'e', 'f'] }] }, goldRecord);
      expect(report.pairwise.precision).toBeCloseTo(7 / 15, 12);
      expect(report.pairwise.recall).toBe(1);
      expect(report.bcubed.precision).toBeCloseTo(5 / 9, 12);
      expect(report.ari).toBe(0);
      expect(report.nmi).toBe(0);
    });

    it('all singletons against two events', () => {
      // No predicted pairs: P = 1 by convention, R = 0/7 = 0, F1 = 0. BCubed P = 1, R = (2·1/2 + 4·1/4)/6 = 1/3.
      const report = evaluate({ clusters: Object.keys(goldRecord).map((id) => ({ members: [id] })) }, goldRecord);
      expect(report.pairwise).toMatchObject({ precision: 1, recall: 0, f1: 0 });
      expect(report.bcubed.recall).toBeCloseTo(1 / 3, 12);
      expect(report.ari).toBe(0);
    });

    it('ignores empty predicted clusters', () => {
      expect(evaluate({ clusters: [...clusters, { members: [] }] }, goldRecord)).toEqual(evaluate({ clusters }, goldRecord));
    });
  });

  describe('mismatched or malformed inputs throw ClusteringError naming the ids', () => {
    it.each<[string, () => unknown, string, RegExp]>([
      ['gold lacks f', () => evaluate({ clusters }, { ...goldRecord, f: undefined as unknown as string }), 'INVALID_INPUT', /"f"/u],
      ['gold has an extra id', () => evaluate({ clusters }, { ...goldRecord, z: 'x' }), 'UNKNOWN_DOCUMENT', /1 document \("z"\) in gold but in no predicted cluster/u],
      ['result has an unlabelled id', () => evaluate({ clusters: [...clusters, { members: ['q'] }] }, goldRecord), 'UNKNOWN_DOCUMENT', /\("q"\) clustered but without a gold label/u],
      ['a document in two clusters', () => evaluate({ clusters: [...clusters, { members: ['a'] }] }, goldRecord), 'DUPLICATE_ID', /"a"/u],
      ['two gold entries for one id', () => evaluate({ clusters }, [{ id: 'a', event: 'x' }, { id: 'a', event: 'y' }]), 'DUPLICATE_ID', /"a"/u],
      ['result.documents lists an unclustered id', () => evaluate({ clusters, documents: [...documents, { id: 'g', lang: 'en' }] }, goldRecord), 'UNKNOWN_DOCUMENT', /"g"/u],
      ['a non-string member', () => evaluate({ clusters: [{ members: [7 as unknown as string] }] }, { a: 'x' }), 'INVALID_INPUT', /clusters\[0\]/u],
    ])('%s', (_name, run, code, message) => {
      expect(run).toThrow(ClusteringError);
      expect(run).toThrow(message);
      try {
        run();
      } catch (error) {
        expect((error as ClusteringError).code).toBe(code);
      }
    });

    it('lists both directions of a mismatch in one message', () => {
      const { f: _dropped, ...withoutF } = goldRecord;
      expect(() => evaluate({ clusters }, { ...withoutF, z: 'y' })).toThrow(/\("z"\) in gold.*\("f"\) clustered/u);
    });
  });
});
