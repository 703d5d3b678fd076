import type { DocumentAnalysis } from '../features/analyzeDocument.js';
import type { RawEntity } from '../features/entities.js';
import { dayWeights } from '../features/eventDate.js';
import { arrayBuffer, grown, isShared } from './slab.js';
import type { Stem, StemCounts, TermCache } from './termCache.js';

/**
 * Analyses packed a chunk at a time: the form in which worker threads hand them back and in which
 * the collection statistics take them in (features/collection.ts).
 *
 * Why: structured cloning a `Map` of stems or fifty small entity objects costs the receiving
 * thread about 0.4 ms per news-length document, as much as the rest of the pipeline after
 * analysis, while a string or a typed array costs a memory copy. And documents repeat most of
 * their stems: a sender numbers each term once (TermPacker) and writes it in the first chunk
 * that has it, and the receiver interns it once (TermUnpacker), not once per chunk.
 *
 * Strings are concatenated with their lengths alongside (no separator characters), so any text
 * packs and unpacks unchanged.
 */
export interface PackedChunk {
  /**
   * The `lang:stem` terms first met in this chunk, in that order (documents in order): their ids
   * are firstTerm, firstTerm + 1, … in the sender's term table (see TermPacker).
   */
  terms: PackedStrings;
  /** Per new term, its spelling in the first document that has it. */
  surfaces: PackedStrings;
  /** Id of the first new term: how many terms the sender had packed before this chunk. */
  firstTerm: number;
  documents: PackedAnalysis[];
}

/**
 * A sender's term table: `lang:stem` → id, kept across the chunks it packs, so that each term is
 * written once per sender instead of once per chunk, and the receiver interns it once too (a
 * fresh table per chunk makes self-contained chunks). With the spelling first met for each term.
 */
export class TermPacker {
  readonly ids = new Map<string, number>();
  readonly surfaces: string[] = [];
  /** Term id + 1 by the id of a term cache's stem (0: not seen yet), for the cache `source`. */
  private byStem = new Int32Array(0);
  private source: TermCache | undefined;

  /** The id of a term, numbering it if new (`onNew` gets its key). */
  id(key: string, surface: string, onNew: (key: string) => void): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.surfaces.length));
      this.surfaces.push(surface);
      onNew(key);
    }
    return id;
  }

  /** The id of a term cache's stem: looked up by key once per stem, then by the stem's own id. */
  stemId(stems: StemCounts, k: number, lang: string, onNew: (key: string) => void): number {
    if (stems.source !== this.source) {
      this.source = stems.source;
      this.byStem = new Int32Array(1024);
    }
    const stem = stems.stems[k] as Stem;
    if (stem.id >= this.byStem.length) this.byStem = grown(this.byStem, stem.id + 1);
    const known = this.byStem[stem.id] as number;
    if (known > 0) return known - 1;
    const id = this.id(`${lang}:${stem.stem}`, stems.forms[k] as string, onNew);
    this.byStem[stem.id] = id + 1;
    return id;
  }
}

/**
 * The receiving side of one sender's chunks: its term table, rebuilt from each chunk's new terms.
 * Chunks must be received in the order they were packed.
 */
export class TermUnpacker {
  readonly terms: string[] = [];
  readonly surfaces: string[] = [];

  receive(chunk: PackedChunk): void {
    if (chunk.firstTerm !== this.terms.length) throw new RangeError(`chunk out of order: its terms start at ${chunk.firstTerm}, ${this.terms.length} were received`);
    for (const term of unpackStrings(chunk.terms)) this.terms.push(term);
    for (const surface of unpackStrings(chunk.surfaces)) this.surfaces.push(surface);
  }

  /** The table of a self-contained chunk (packed with a fresh TermPacker). */
  static of(chunk: PackedChunk): TermUnpacker {
    const unpacker = new TermUnpacker();
    unpacker.receive(chunk);
    return unpacker;
  }
}

export interface PackedAnalysis {
  head: AnalysisHead;
  /** Ids in the sender's term table, in the document's own order, and their counts. */
  terms: Int32Array;
  counts: Int32Array;
  /** Positions (into `terms`) whose spelling in this document differs from the table's, and that spelling. */
  surfaceAt: Int32Array;
  surfaces: PackedStrings;
  entities: PackedEntities;
  /**
   * The date mentions as JSON: a string clones as one copy, where ~7 mention objects per document
   * (each with its strings and a nested object) were a third of the receiving thread's cost. Only
   * `unpackChunk` parses them; the collection builder needs only `days`.
   */
  dates: string;
  /** The document's day map (`dayWeights` of its mentions), worked out by the analysing thread. */
  days: PackedDays;
}

/** A day map: the day values in order, and their weights. */
export interface PackedDays {
  values: PackedStrings;
  weights: Float64Array;
}

/** What an analysis holds besides its words, entities and dates. */
export type AnalysisHead = Omit<DocumentAnalysis, 'words' | 'wordSurface' | 'entities' | 'dates'>;

/** Strings concatenated, with the end offset of each. */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

/** Entities as `kind, surface, tokens…` strings, with per entity its kind and token count. */
export interface PackedEntities {
  strings: PackedStrings;
  /** Per entity: kind index, then number of tokens. */
  layout: Int32Array;
}

const KINDS: readonly RawEntity['kind'][] = ['name', 'acronym', 'name-part'];

export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Int32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => (ends[i] = end += s.length));
  return { text: strings.join(''), ends };
}

export function unpackStrings(packed: PackedStrings): string[] {
  const out = new Array<string>(packed.ends.length);
  let start = 0;
  for (let i = 0; i < packed.ends.length; i++) {
    const end = packed.ends[i] as number;
    out[i] = packed.text.slice(start, end);
    start = end;
  }
  return out;
}

export function packDays(days: ReadonlyMap<string, number>): PackedDays {
  return { values: packStrings([...days.keys()]), weights: Float64Array.from(days.values()) };
}

export function unpackDays(packed: PackedDays): Map<string, number> {
  const values = unpackStrings(packed.values);
  return new Map(values.map((value, i) => [value, packed.weights[i] as number]));
}

export function packEntities(entities: readonly RawEntity[]): PackedEntities {
  const strings: string[] = [];
  const layout = new Int32Array(entities.length * 2);
  entities.forEach((e, i) => {
    layout[2 * i] = Math.max(0, KINDS.indexOf(e.kind));
    layout[2 * i + 1] = e.tokens.length;
    strings.push(e.surface, ...e.tokens);
  });
  return { strings: packStrings(strings), layout };
}

export function unpackEntities(packed: PackedEntities): RawEntity[] {
  const strings = unpackStrings(packed.strings);
  const entities: RawEntity[] = [];
  for (let i = 0, at = 0; i < packed.layout.length; i += 2) {
    const surface = strings[at++] as string;
    const tokens = strings.slice(at, (at += packed.layout[i + 1] as number));
    entities.push({ tokens, surface, kind: KINDS[packed.layout[i] as number] ?? 'name' });
  }
  return entities;
}

/** The distinct name tokens of packed entities (what the name index counts per document). */
export function packedNameTokens(packed: PackedEntities): Set<string> {
  const strings = unpackStrings(packed.strings);
  const tokens = new Set<string>();
  for (let i = 0, at = 0; i < packed.layout.length; i += 2) {
    at++; // the surface
    for (let k = 0; k < (packed.layout[i + 1] as number); k++) tokens.add(strings[at++] as string);
  }
  return tokens;
}

/**
 * Packs analyses one at a time into a chunk, so that a sender can let each analysis go as soon as
 * it is made (a chunk's worth of analyses alive at once outlived the young generation and cost
 * the analysing thread its collections). `packer`, the sender's term table when it sends several
 * chunks (a fresh one: a self-contained chunk).
 */
export class ChunkWriter {
  private readonly firstTerm: number;
  private readonly terms: string[] = [];
  private readonly documents: PackedAnalysis[] = [];

  /**
   * `sharedKept`: the kept buffer (n-grams, entities, days) in shared memory, so that helper
   * threads of the receiver can read the n-gram counts in place (parallel/vectorsInParallel.ts).
   */
  constructor(private readonly packer = new TermPacker(), private readonly sharedKept = false) {
    this.firstTerm = packer.surfaces.length;
  }

  add(analysis: DocumentAnalysis): void {
    const { words, wordSurface } = analysis;
    const stems = [...words.keys()];
    this.push(analysis, words.size, (k) => {
      const stem = stems[k] as string;
      const surface = wordSurface.get(stem) ?? stem;
      return { id: this.packer.id(`${analysis.lang}:${stem}`, surface, this.onNew), surface, count: words.get(stem) as number };
    });
  }

  /** `add` for an analysis whose words are still its term cache's stems (`analyzeWithStems`). */
  addStems(analysis: DocumentAnalysis, stems: StemCounts): void {
    this.push(analysis, stems.stems.length, (k) => ({ id: this.packer.stemId(stems, k, analysis.lang, this.onNew), surface: stems.forms[k] as string, count: stems.counts[k] as number }));
  }

  private readonly onNew = (key: string) => this.terms.push(key);

  /** Packs a document of `size` words, the k-th of which `word(k)` gives. */
  private push(analysis: DocumentAnalysis, size: number, word: (k: number) => { id: number; surface: string; count: number }): void {
    const { surfaces } = this.packer;
    const { words, wordSurface, entities, dates, ...head } = analysis;
    const ids = new Int32Array(size);
    const counts = new Int32Array(size);
    const surfaceAt: number[] = [];
    const ownSurfaces: string[] = [];
    for (let k = 0; k < size; k++) {
      const { id, surface, count } = word(k);
      if (surfaces[id] !== surface) {
        surfaceAt.push(k);
        ownSurfaces.push(surface);
      }
      ids[k] = id;
      counts[k] = count;
    }
    this.documents.push({ head, terms: ids, counts, surfaceAt: Int32Array.from(surfaceAt), surfaces: packStrings(ownSurfaces), entities: packEntities(entities), dates: JSON.stringify(dates), days: packDays(dayWeights(dates)) });
  }

  /** The chunk of the documents added. The writer is spent: start a new one for the next chunk. */
  finish(): PackedChunk {
    const { documents } = this;
    const chunk: PackedChunk = { terms: packStrings(this.terms), surfaces: packStrings(this.packer.surfaces.slice(this.firstTerm)), firstTerm: this.firstTerm, documents };
    // Two buffers per chunk instead of ten per document: what the receiver reads once and lets
    // go, and what it keeps until its batch is built (n-grams, entities and days), so that a kept
    // array never holds a chunk's term lists alive. Fewer ArrayBuffers to transfer and, above all, to
    // keep: 400k of them at 100k documents were swept one by one by every collection.
    gather([chunk.terms.ends, chunk.surfaces.ends, ...documents.flatMap((d) => [d.terms, d.counts, d.surfaceAt, d.surfaces.ends])], (views) => {
      [chunk.terms.ends, chunk.surfaces.ends] = views as [Int32Array, Int32Array];
      documents.forEach((d, i) => ([d.terms, d.counts, d.surfaceAt, d.surfaces.ends] = views.slice(2 + 4 * i, 6 + 4 * i) as [Int32Array, Int32Array, Int32Array, Int32Array]));
    });
    gather(documents.flatMap((d) => [d.head.ngrams.ids, d.head.ngrams.counts, d.entities.strings.ends, d.entities.layout, d.days.values.ends, d.days.weights]), (views) => {
      documents.forEach((d, i) => {
        const [ids, counts, ends, layout, days, weights] = views.slice(6 * i, 6 * i + 6) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Float64Array];
        d.head = { ...d.head, ngrams: { ids, counts } };
        [d.entities.strings.ends, d.entities.layout, d.days.values.ends, d.days.weights] = [ends, layout, days, weights];
      });
    }, this.sharedKept);
    return chunk;
  }
}

type View = Int32Array | Float64Array;

/** Copies `arrays` into one new buffer (each at an 8-byte boundary; `shared`: a SharedArrayBuffer) and hands `put` the copies, in order. */
function gather(arrays: readonly View[], put: (views: View[]) => void, shared = false): void {
  let bytes = 0;
  for (const a of arrays) bytes += Math.ceil(a.byteLength / 8) * 8;
  const buffer = arrayBuffer(bytes, shared);
  let offset = 0;
  put(arrays.map((a) => {
    const copy = a instanceof Float64Array ? new Float64Array(buffer, offset, a.length) : new Int32Array(buffer, offset, a.length);
    copy.set(a);
    offset += Math.ceil(a.byteLength / 8) * 8;
    return copy;
  }));
}

/** Packs analyses; `packer`, the sender's term table when it sends several chunks (a fresh one: a self-contained chunk). */
export function packChunk(analyses: readonly DocumentAnalysis[], packer = new TermPacker()): PackedChunk {
  const writer = new ChunkWriter(packer);
  for (const analysis of analyses) writer.add(analysis);
  return writer.finish();
}

/** The analyses of a chunk; `unpacker`, its sender's term table once it has received the chunk (a self-contained chunk needs none). */
export function unpackChunk(chunk: PackedChunk, unpacker = TermUnpacker.of(chunk)): DocumentAnalysis[] {
  const { terms, surfaces } = unpacker;
  return chunk.documents.map((packed) => {
    const words = new Map<string, number>();
    const wordSurface = new Map<string, string>();
    const own = unpackStrings(packed.surfaces);
    const prefix = packed.head.lang.length + 1;
    for (let k = 0, o = 0; k < packed.terms.length; k++) {
      const id = packed.terms[k] as number;
      const stem = (terms[id] as string).slice(prefix);
      words.set(stem, packed.counts[k] as number);
      wordSurface.set(stem, packed.surfaceAt[o] === k ? (own[o++] as string) : (surfaces[id] as string));
    }
    const { head } = packed;
    return { ...head, words, wordSurface, entities: unpackEntities(packed.entities), dates: JSON.parse(packed.dates) as DocumentAnalysis['dates'] } as DocumentAnalysis;
  });
}

/** The typed arrays of a chunk, to hand to postMessage's transfer list (no copy; shared memory is shared, not moved). */
export function chunkBuffers(chunk: PackedChunk): ArrayBuffer[] {
  const buffers = new Set([chunk.terms.ends.buffer, chunk.surfaces.ends.buffer]);
  for (const d of chunk.documents) for (const a of [d.terms, d.counts, d.surfaceAt, d.surfaces.ends, d.head.ngrams.ids, d.head.ngrams.counts, d.entities.strings.ends, d.entities.layout, d.days.values.ends, d.days.weights]) buffers.add(a.buffer);
  return [...buffers].filter((b): b is ArrayBuffer => !isShared(b));
}
