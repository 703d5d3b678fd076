import type { DocumentAnalysis } from '../features/analyzeDocument.js';
import { ITEM, packEntities, SEPARATORS, unpackEntities } from '../features/packedEntities.js';

/**
 * The form in which a worker thread hands an analysis back. Structured cloning a `Map` of stems
 * or an array of small entity objects costs the receiving thread about 0.4 ms per news-length
 * document — as much as the rest of the pipeline after analysis — while one flat string costs a
 * memory copy. So stems, their surfaces and the entities travel as joined strings with counts
 * in a typed array, and are split back into the same `DocumentAnalysis` on arrival.
 *
 * The separators are those of features/packedEntities.ts: C0 control characters, which
 * normalisation removes from every text; an analysis holding one anyway travels as it is
 * (`packed: false`).
 */

type Head = Omit<DocumentAnalysis, 'words' | 'wordSurface' | 'entities'>;

export type WireAnalysis =
  | { packed: true; head: Head; stems: string; surfaces: string; counts: Int32Array; entities: string }
  | { packed: false; analysis: DocumentAnalysis };

export function packAnalysis(analysis: DocumentAnalysis): WireAnalysis {
  const { words, wordSurface, entities, ...head } = analysis;
  const stems = [...words.keys()];
  const surfaces = stems.map((stem) => wordSurface.get(stem));
  const sameKeys = wordSurface.size === words.size && surfaces.every((s) => s !== undefined);
  const packedEntities = packEntities(entities);
  const faithful = sameKeys && packedEntities !== null && !stems.some((s) => s.length === 0 || SEPARATORS.test(s)) && !surfaces.some((s) => s === undefined || SEPARATORS.test(s));
  if (!faithful) return { packed: false, analysis };
  return { packed: true, head, stems: stems.join(ITEM), surfaces: surfaces.join(ITEM), entities: packedEntities, counts: Int32Array.from(words.values()) };
}

export function unpackAnalysis(wire: WireAnalysis): DocumentAnalysis {
  if (!wire.packed) return wire.analysis;
  const stems = wire.counts.length === 0 ? [] : wire.stems.split(ITEM);
  const surfaces = wire.counts.length === 0 ? [] : wire.surfaces.split(ITEM);
  const words = new Map<string, number>();
  const wordSurface = new Map<string, string>();
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    words.set(stem, wire.counts[i] as number);
    wordSurface.set(stem, surfaces[i] as string);
  }
  return { ...wire.head, words, wordSurface, entities: unpackEntities(wire.entities) } as DocumentAnalysis;
}
