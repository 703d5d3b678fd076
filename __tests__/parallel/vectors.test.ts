import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { CollectionBuilder } from '../../src/storage/collectionBuilder.js';
import { ChunkWriter, packChunk, TermPacker, TermUnpacker, unpackChunk, type PackedChunk } from '../../src/storage/packedAnalyses.js';
import { isShared, Slab } from '../../src/storage/slab.js';
import { DocumentFrequencies, tfidfFromSorted } from '../../src/features/tfidf.js';
import { resolveOptions } from '../../src/options.js';
import { streamAnalysesInParallel } from '../../src/parallel/analyzeInParallel.js';
import { vectorsInParallel, type VectorInput } from '../../src/parallel/vectorsInParallel.js';
import { serializeAnalysis } from '../../src/stream/serialize.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const { profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
const dev = readCorpus('corpus/dev/documents.jsonl');

/** Sorted unique ids and counts, in a slab's memory (shared or not). */
function counts(slab: Slab, ids: number[], random: () => number): { ids: Int32Array; counts: Int32Array } {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out = { ids: slab.int32(sorted.length), counts: slab.int32(sorted.length) };
  sorted.forEach((id, k) => {
    out.ids[k] = id;
    out.counts[k] = 1 + Math.floor(random() * 4);
  });
  return out;
}

/** Sixty documents in three languages with random word and n-gram counts, some with no words, and their document frequencies. */
function batch(shared: boolean) {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const slab = new Slab(4096, shared);
  const words = new DocumentFrequencies(64);
  const ngrams = new DocumentFrequencies(512);
  const inputs: VectorInput[] = Array.from({ length: 60 }, (_, d) => {
    const lang = ['en', 'fr', 'sv'][d % 3] as string;
    // Word ids 0–199 (a few common ones), n-gram buckets 0–399 with 0–9 in nearly every document.
    const w = d % 10 === 9 ? [] : Array.from({ length: 5 + Math.floor(random() * 40) }, () => (random() < 0.3 ? Math.floor(random() * 5) : Math.floor(random() * 200)));
    const g = [...Array.from({ length: 10 }, (_, k) => k), ...Array.from({ length: Math.floor(random() * 60) }, () => Math.floor(random() * 400))];
    const input = { lang, words: counts(slab, w, random), ngrams: counts(slab, d === 5 ? g.slice(0, 10) : g, random) };
    words.addDocument(input.words.ids, lang);
    ngrams.addDocument(input.ngrams.ids);
    return input;
  });
  return { inputs, words, ngrams, maxDf: 40 };
}

const arrays = (v: { idx: Int32Array; val: Float64Array }) => [Array.from(v.idx), Array.from(v.val)];

describe('word and n-gram vectors built on helper threads', () => {
  test('are those of tfidfFromSorted, bit for bit, with a helper doing every block', () => {
    const { inputs, words, ngrams, maxDf } = batch(true);
    let firstRuns = 0;
    const built = vectorsInParallel(inputs, words, ngrams, maxDf, new Slab(undefined, true), { helpers: 1, claim: false, first: () => firstRuns++ }, 4);
    expect(built).toBeDefined();
    expect(firstRuns).toBe(1);
    const expected = inputs.map((input) => ({
      words: input.words.ids.length === 0 ? { idx: new Int32Array(0), val: new Float64Array(0) } : tfidfFromSorted(input.words.ids, input.words.counts, words, input.lang),
      ngrams: tfidfFromSorted(input.ngrams.ids, input.ngrams.counts, ngrams, '', maxDf),
    }));
    expect(built!.words.map(arrays)).toEqual(expected.map((e) => arrays(e.words)));
    expect(built!.ngrams.map(arrays)).toEqual(expected.map((e) => arrays(e.ngrams)));
    // The cut-off left n-grams out (document 5 has only the ten common ones: an empty vector), and languages have their own idf.
    expect(built!.ngrams[5]!.idx.length).toBe(0);
    expect(built!.ngrams.every((v, d) => v.idx.length < inputs[d]!.ngrams.ids.length || d === 5)).toBe(true);
    expect(built!.words[9]!.idx.length).toBe(0);
  });

  test('hand back nothing, and leave the other work to the caller, when the counts are not in shared memory', () => {
    const { inputs, words, ngrams, maxDf } = batch(false);
    let firstRuns = 0;
    expect(vectorsInParallel(inputs, words, ngrams, maxDf, new Slab(undefined, true), { helpers: 1, first: () => firstRuns++ })).toBeUndefined();
    expect(vectorsInParallel(batch(true).inputs, words, ngrams, maxDf, new Slab(undefined, false), { helpers: 1, first: () => firstRuns++ })).toBeUndefined();
    expect(firstRuns).toBe(0);
  });

  test('give a collection builder the features it builds alone, from chunks whose n-grams are shared', () => {
    const analyses = validateDocuments([...dev, ...readCorpus()])
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE }));
    const alone = new CollectionBuilder();
    const helped = new CollectionBuilder({ sharedVectors: true, vectorHelpers: 1 });
    const packer = new TermPacker();
    const unpacker = new TermUnpacker();
    for (let i = 0; i < analyses.length; i += 25) {
      alone.addChunk(packChunk(analyses.slice(i, i + 25)));
      const writer = new ChunkWriter(packer, true);
      for (const a of analyses.slice(i, i + 25)) writer.add(a);
      const chunk = writer.finish();
      expect(isShared(chunk.documents[0]!.head.ngrams.ids.buffer)).toBe(true);
      unpacker.receive(chunk);
      helped.addChunk(chunk, unpacker);
    }
    const x = alone.finish();
    const y = helped.finish();
    const vectors = (f: (typeof x.features)[number]) => [f.words, f.ngrams, f.entities, f.numbers].map(arrays);
    expect(y.features.map(vectors)).toEqual(x.features.map(vectors));
    expect(isShared(y.features[0]!.ngrams.val.buffer)).toBe(true);
    expect(y.features.map((f) => [...f.entityCounts])).toEqual(x.features.map((f) => [...f.entityCounts]));
    expect([...y.model.entitySurfaces]).toEqual([...x.model.entitySurfaces]);
  });

  test('analysis workers asked to share their kept buffers send the same analyses', () => {
    const prepared = validateDocuments(dev);
    const chunks: { chunk: PackedChunk; terms: TermUnpacker }[] = [];
    streamAnalysesInParallel(prepared, [...profiles.keys()], REFERENCE_DATE, 2, (chunk, terms) => chunks.push({ chunk, terms: structuredClone(terms) }), true);
    expect(chunks.every(({ chunk }) => chunk.documents.every((d) => isShared(d.head.ngrams.ids.buffer)))).toBe(true);
    const single = prepared.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE }));
    expect(chunks.flatMap(({ chunk, terms }) => unpackChunk(chunk, terms)).map(serializeAnalysis)).toEqual(single.map(serializeAnalysis));
  });
});
