import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument, analyzeWithStems, type DocumentAnalysis } from '../../src/features/analyzeDocument.js';
import { TermCache } from '../../src/storage/termCache.js';
import { resolveOptions } from '../../src/options.js';
import { analyzeInParallel, CHUNK } from '../../src/parallel/analyzeInParallel.js';
import { chunkBuffers, ChunkWriter, packChunk, packedNameTokens, packEntities, TermPacker, TermUnpacker, unpackChunk } from '../../src/storage/packedAnalyses.js';
import { addToModel, emptyModel, registerNames, vectorize } from '../../src/features/collection.js';
import { CollectionBuilder } from '../../src/storage/collectionBuilder.js';
import { serializeAnalysis } from '../../src/stream/serialize.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const { profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
const analyse = (docs: ReturnType<typeof readCorpus>) =>
  validateDocuments(docs).map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE }));
const dev = readCorpus('corpus/dev/documents.jsonl');

describe('packed analyses (the worker wire format and the collection builder input)', () => {
  test('pack the dev and seed corpora a chunk at a time and unpack them unchanged', () => {
    const analyses = [...analyse(dev), ...analyse(readCorpus())];
    const back = unpackChunk(structuredClone(packChunk(analyses)));
    expect(back.map(serializeAnalysis)).toEqual(analyses.map(serializeAnalysis));
  });

  test('write each distinct stem of a chunk once, and a spelling per document only where it differs', () => {
    const analyses = analyse(dev);
    const chunk = packChunk(analyses);
    const occurrences = analyses.reduce((n, a) => n + a.words.size, 0);
    const distinct = new Set(analyses.flatMap((a) => [...a.words.keys()].map((stem) => `${a.lang}:${stem}`))).size;
    expect(chunk.terms.ends.length).toBe(distinct);
    expect(distinct).toBeLessThan(occurrences);
    expect(chunk.documents.reduce((n, d) => n + d.surfaceAt.length, 0)).toBeLessThan(occurrences - distinct);
  });

  test('keep empty analyses empty (no words, no entities)', () => {
    const [empty] = unpackChunk(packChunk(analyse([{ id: 'e', text: '', event: 'none' }])));
    expect(empty?.words.size).toBe(0);
    expect(empty?.wordSurface.size).toBe(0);
    expect(empty?.entities).toEqual([]);
  });

  test('carry any characters, separators and empty strings included', () => {
    const [analysis] = analyse(dev.slice(0, 1)) as [DocumentAnalysis];
    const odd: DocumentAnalysis = {
      ...analysis,
      words: new Map([['a\u0001b', 2], ['', 1]]),
      wordSurface: new Map([['a\u0001b', 'A\u0001B'], ['', '']]),
      entities: [{ tokens: ['a\u0000b', ''], surface: 'A\u0002B', kind: 'acronym' }, { tokens: [], surface: '', kind: 'name-part' }],
    };
    expect(serializeAnalysis(unpackChunk(packChunk([odd]))[0] as DocumentAnalysis)).toEqual(serializeAnalysis(odd));
  });

  test('a sender numbering its terms across chunks writes each term once, and unpacks in order unchanged', () => {
    const analyses = [...analyse(dev), ...analyse(readCorpus())];
    const packer = new TermPacker();
    const chunks: ReturnType<typeof packChunk>[] = [];
    for (let i = 0; i < analyses.length; i += 9) chunks.push(structuredClone(packChunk(analyses.slice(i, i + 9), packer)));
    const distinct = new Set(analyses.flatMap((a) => [...a.words.keys()].map((stem) => `${a.lang}:${stem}`))).size;
    expect(chunks.reduce((n, c) => n + c.terms.ends.length, 0)).toBe(distinct);
    expect(chunks.filter((c) => c.firstTerm > 0 && c.terms.ends.length < c.documents.reduce((n, d) => n + d.terms.length, 0)).length).toBeGreaterThan(0);
    const unpacker = new TermUnpacker();
    const back = chunks.flatMap((chunk) => {
      unpacker.receive(chunk);
      return unpackChunk(chunk, unpacker);
    });
    expect(back.map(serializeAnalysis)).toEqual(analyses.map(serializeAnalysis));
    // A chunk received out of order is refused, not read with the wrong terms.
    expect(() => new TermUnpacker().receive(chunks[1]!)).toThrow(/out of order/);
  });

  test('a sender packing each analysis from its term cache stems (as workers do) writes the chunks of the map-built analyses', () => {
    // Workers skip the word maps (analyzeWithStems + addStems); the chunks must not differ from
    // packing analyzeDocument's maps, across chunks and with a cache that starts over mid-run.
    const prepared = validateDocuments([...dev, ...readCorpus()]);
    const fromMaps: ReturnType<typeof packChunk>[] = [];
    const fromStems: ReturnType<typeof packChunk>[] = [];
    const [mapPacker, stemPacker] = [new TermPacker(), new TermPacker()];
    const cache = new TermCache(50); // starts over every few documents
    for (let i = 0; i < prepared.length; i += 9) {
      const docs = prepared.slice(i, i + 9);
      fromMaps.push(packChunk(docs.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE })), mapPacker));
      const writer = new ChunkWriter(stemPacker);
      for (const d of docs) {
        const { analysis, stems } = analyzeWithStems(d, { languages: profiles, referenceDate: REFERENCE_DATE, cache });
        writer.addStems(analysis, stems);
      }
      fromStems.push(writer.finish());
    }
    expect(fromStems).toEqual(fromMaps);
    expect(fromStems.reduce((n, c) => n + c.terms.ends.length, 0)).toBeGreaterThan(500);
  });

  test('a chunk travels in two buffers, whatever its size (not eight per document)', () => {
    const chunk = packChunk(analyse(dev));
    expect(chunk.documents.length).toBeGreaterThan(10);
    expect(chunkBuffers(chunk)).toHaveLength(2);
    // What the builder keeps (entities, days) is apart from what it reads once (term lists).
    const [d] = chunk.documents;
    expect(d?.entities.layout.buffer).toBe(d?.days.weights.buffer);
    expect(d?.head.ngrams.ids.buffer).toBe(d?.days.weights.buffer);
    expect(d?.entities.layout.buffer).not.toBe(d?.terms.buffer);
  });

  test('list the distinct name tokens of packed entities', () => {
    const entities = packEntities([{ tokens: ['amnesty', 'international'], surface: 'Amnesty International', kind: 'name' }, { tokens: ['amnesty'], surface: 'Amnesty', kind: 'name-part' }]);
    expect([...packedNameTokens(entities)].sort()).toEqual(['amnesty', 'international']);
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

describe('the collection builder', () => {
  test('gives the same vectors and display spellings whatever the chunk boundaries', () => {
    const analyses = analyse(dev).sort((a, b) => (a.id < b.id ? -1 : 1));
    const oneByOne = new CollectionBuilder();
    for (const a of analyses) oneByOne.add(a);
    const inSevens = new CollectionBuilder();
    for (let i = 0; i < analyses.length; i += 7) inSevens.addChunk(packChunk(analyses.slice(i, i + 7)));
    const x = oneByOne.finish();
    const y = inSevens.finish();
    const vectors = (f: (typeof x.features)[number]) => [f.words, f.ngrams, f.entities, f.numbers].map((v) => [Array.from(v.idx), Array.from(v.val)]);
    expect(y.features.map(vectors)).toEqual(x.features.map(vectors));
    expect([...y.model.wordSurfaces]).toEqual([...x.model.wordSurfaces]);
    expect(y.features.map((f) => [...f.entityCounts])).toEqual(x.features.map((f) => [...f.entityCounts]));
  });

  test('gives the same features from chunks of a sender that numbers its terms across them, and refuses them out of order', () => {
    const analyses = analyse(dev).sort((a, b) => (a.id < b.id ? -1 : 1));
    const selfContained = new CollectionBuilder();
    for (let i = 0; i < analyses.length; i += 7) selfContained.addChunk(packChunk(analyses.slice(i, i + 7)));
    // Two senders taking chunks in turn, as two workers do: each numbers its own terms.
    const senders = [0, 1].map(() => ({ packer: new TermPacker(), unpacker: new TermUnpacker() }));
    const numbered = new CollectionBuilder();
    for (let i = 0, k = 0; i < analyses.length; i += 7, k++) {
      const { packer, unpacker } = senders[k % 2]!;
      const chunk = structuredClone(packChunk(analyses.slice(i, i + 7), packer));
      unpacker.receive(chunk);
      numbered.addChunk(chunk, unpacker);
    }
    const x = selfContained.finish();
    const y = numbered.finish();
    const vectors = (f: (typeof x.features)[number]) => [f.words, f.ngrams, f.entities, f.numbers].map((v) => [Array.from(v.idx), Array.from(v.val)]);
    expect(y.features.map(vectors)).toEqual(x.features.map(vectors));
    expect([...y.model.wordSurfaces]).toEqual([...x.model.wordSurfaces]);
    const packer = new TermPacker();
    const unpacker = new TermUnpacker();
    const first = packChunk(analyses.slice(0, 7), packer);
    const second = packChunk(analyses.slice(7, 14), packer);
    unpacker.receive(first);
    unpacker.receive(second);
    expect(() => new CollectionBuilder().addChunk(second, unpacker)).toThrow(/out of order/);
  });

  test('reads packed entities and days as the stream reads analyses: same entity counts, vectors, spellings and day maps', () => {
    // The builder counts entity mentions straight from the packed strings; the stream clusterer
    // (addToModel) from the analyses' entity objects. Both must name and count them alike.
    const analyses = [...analyse(dev), ...analyse(readCorpus())].sort((a, b) => (a.id < b.id ? -1 : 1));
    const builder = new CollectionBuilder();
    for (const a of analyses) builder.add(a);
    const batch = builder.finish();
    const model = emptyModel();
    registerNames(model, analyses);
    const interned = analyses.map((a) => addToModel(model, a));
    const stream = analyses.map((a, i) => vectorize(model, a, interned[i]!));
    expect(batch.features.reduce((n, f) => n + f.entityCounts.size, 0)).toBeGreaterThan(analyses.length);
    expect(batch.features.map((f) => [...f.entityCounts])).toEqual(stream.map((f) => [...f.entityCounts]));
    expect(batch.features.map((f) => [Array.from(f.entities.idx), Array.from(f.entities.val)])).toEqual(stream.map((f) => [Array.from(f.entities.idx), Array.from(f.entities.val)]));
    expect([...batch.model.entitySurfaces]).toEqual([...model.entitySurfaces]);
    // Day maps: made from the mentions by the analysing side in the batch, from the analyses in the stream.
    expect(batch.features.filter((f) => f.days.size > 0).length).toBeGreaterThan(analyses.length / 2);
    expect(batch.features.map((f) => [...f.days])).toEqual(stream.map((f) => [...f.days]));
    expect(batch.features.map((f) => f.dayVector)).toEqual(stream.map((f) => f.dayVector));
  });
});
