import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument, type DocumentAnalysis } from '../../src/features/analyzeDocument.js';
import { resolveOptions } from '../../src/options.js';
import { analyzeInParallel, CHUNK } from '../../src/parallel/analyzeInParallel.js';
import { packAnalysis, unpackAnalysis } from '../../src/parallel/wire.js';
import { serializeAnalysis } from '../../src/stream/serialize.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const { profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
const analyse = (docs: ReturnType<typeof readCorpus>) =>
  validateDocuments(docs).map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE }));
const dev = readCorpus('corpus/dev/documents.jsonl');

describe('the worker wire format', () => {
  test('packs every analysis of the dev and seed corpora and unpacks it unchanged', () => {
    const analyses = [...analyse(dev), ...analyse(readCorpus())];
    for (const analysis of analyses) {
      const wire = packAnalysis(analysis);
      expect(wire.packed).toBe(true);
      expect(serializeAnalysis(unpackAnalysis(structuredClone(wire)))).toEqual(serializeAnalysis(analysis));
    }
  });

  test('keeps empty analyses empty (no words, no entities)', () => {
    const [empty] = analyse([{ id: 'e', text: '', event: 'none' }]);
    const back = unpackAnalysis(packAnalysis(empty as DocumentAnalysis));
    expect(back.words.size).toBe(0);
    expect(back.wordSurface.size).toBe(0);
    expect(back.entities).toEqual([]);
  });

  test('sends an analysis holding a separator character as it is, instead of corrupting it', () => {
    const [analysis] = analyse(dev.slice(0, 1)) as [DocumentAnalysis];
    const odd: DocumentAnalysis = { ...analysis, entities: [{ tokens: ['a\u0001b'], surface: 'A\u0001B', kind: 'name' }] };
    const wire = packAnalysis(odd);
    expect(wire.packed).toBe(false);
    expect(unpackAnalysis(wire)).toBe(odd);
  });
});

describe('feature extraction on worker threads, several chunks per worker', () => {
  test('returns the single-threaded analyses in input order', () => {
    // Enough copies of the dev corpus (new ids) for each of two workers to post several chunks.
    const copies = Math.ceil((3 * CHUNK) / dev.length);
    const docs = Array.from({ length: copies }, (_, k) => dev.map((d) => ({ ...d, id: `${k}-${d.id}` }))).flat();
    const prepared = validateDocuments(docs);
    const single = prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE }));
    const parallel = analyzeInParallel(prepared, [...profiles.keys()], REFERENCE_DATE, 2);
    expect(parallel.map((a) => a.id)).toEqual(single.map((a) => a.id));
    expect(parallel.map(serializeAnalysis)).toEqual(single.map(serializeAnalysis));
  });
});
