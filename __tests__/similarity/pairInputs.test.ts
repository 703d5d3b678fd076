import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { buildFeatures } from '../../src/storage/collectionBuilder.js';
import { LANGUAGES } from '../../src/languages/index.js';
import { pairInputs, PAIR_INPUTS } from '../../src/similarity/pairInputs.js';
import { poolSides } from '../../src/similarity/pooledSide.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const dev = readCorpus('corpus/dev/documents.jsonl');
const prepared = validateDocuments(dev).sort((a, b) => (a.id < b.id ? -1 : 1));
const { model, features } = buildFeatures(prepared.map((d) => analyzeDocument(d, { languages: LANGUAGES, referenceDate: REFERENCE_DATE })));
const context = { entityDf: model.entities.df.table };
const inputs = (a: number, b: number) => Array.from(pairInputs(features[a]!, features[b]!, context, new Float64Array(PAIR_INPUTS.length)));

describe('pair inputs', () => {
  test('are numbers in [0, 1], the same whichever side comes first', () => {
    for (let a = 0; a < features.length; a += 3) {
      for (let b = a + 1; b < features.length; b += 2) {
        const x = inputs(a, b);
        for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
        expect(inputs(b, a)).toEqual(x.map((v) => expect.closeTo(v, 12)));
      }
    }
  });

  test('across languages the words input is 0 and the cross-language inputs carry the signal', () => {
    const i = features.findIndex((f) => f.lang === 'sv');
    const j = features.findIndex((f) => f.lang === 'fr');
    const x = inputs(i, j);
    const at = (name: (typeof PAIR_INPUTS)[number]) => x[PAIR_INPUTS.indexOf(name)] as number;
    expect(at('words')).toBe(0);
    expect(at('crossLanguage')).toBe(1);
    expect(at('crossLanguageEntities')).toBeCloseTo(at('entities'), 12);
  });

  test('one time comparison applies: the spans, else the month and day of the event days, else "unknown"', () => {
    for (let a = 0; a < features.length; a++) {
      const b = (a + 7) % features.length;
      const x = inputs(a, b);
      const at = (name: (typeof PAIR_INPUTS)[number]) => x[PAIR_INPUTS.indexOf(name)] as number;
      const spans = features[a]!.span !== null && features[b]!.span !== null;
      const days = features[a]!.eventDay !== null && features[b]!.eventDay !== null;
      if (spans) expect([at('sameMonthDay'), at('monthDayGap'), at('timeUnknown')]).toEqual([0, 0, 0]);
      else if (days) expect([at('sameDay'), at('timeGap'), at('timeUnknown')]).toEqual([0, 0, 0]);
      else expect([at('sameDay'), at('timeGap'), at('sameMonthDay'), at('monthDayGap'), at('timeUnknown')]).toEqual([0, 0, 0, 0, 1]);
    }
  });

  test('a group pooled from one event shares more with that event than any of its members alone', () => {
    const byEvent = new Map<string, number[]>();
    dev.forEach((d) => byEvent.set(d.event, [...(byEvent.get(d.event) ?? []), features.findIndex((f) => f.id === d.id)]));
    const [event, members] = [...byEvent].find(([, m]) => m.length >= 4) as [string, number[]];
    const [first, ...rest] = members as [number, ...number[]];
    const pooled = poolSides(rest.map((i) => features[i]!));
    expect(pooled.size).toBe(rest.length);
    const alone = Math.max(...rest.map((i) => inputs(first, i)[PAIR_INPUTS.indexOf('sharedNames')] as number));
    const together = pairInputs(features[first]!, pooled, context, new Float64Array(PAIR_INPUTS.length))[PAIR_INPUTS.indexOf('sharedNames')] as number;
    expect(together).toBeGreaterThanOrEqual(alone);
    expect(event.length).toBeGreaterThan(0);
  });
});
