import type { DocumentAnalysis } from '../features/analyzeDocument.js';
import type { RawEntity } from '../features/entities.js';

/**
 * The form in which a worker thread hands an analysis back. Structured cloning a `Map` of stems
 * or an array of small entity objects costs the receiving thread about 0.4 ms per news-length
 * document — as much as the rest of the pipeline after analysis — while one flat string costs a
 * memory copy. So stems, their surfaces and the entities travel as joined strings with counts
 * in a typed array, and are split back into the same `DocumentAnalysis` on arrival.
 *
 * The separators are C0 control characters, which normalisation removes from every text (see
 * text/normalize.ts); an analysis holding one anyway travels as it is (`packed: false`).
 */
const ITEM = '\u0001';
const FIELD = '\u0002';
const TOKEN = '\u0003';
const SEPARATORS = /[\u0001-\u0003]/u;

type Head = Omit<DocumentAnalysis, 'words' | 'wordSurface' | 'entities'>;

export type WireAnalysis =
  | { packed: true; head: Head; stems: string; surfaces: string; counts: Int32Array; entities: string }
  | { packed: false; analysis: DocumentAnalysis };

const KINDS: readonly RawEntity['kind'][] = ['name', 'acronym', 'name-part'];

export function packAnalysis(analysis: DocumentAnalysis): WireAnalysis {
  const { words, wordSurface, entities, ...head } = analysis;
  const stems = [...words.keys()];
  const surfaces = stems.map((stem) => wordSurface.get(stem));
  const sameKeys = wordSurface.size === words.size && surfaces.every((s) => s !== undefined);
  const entityRecords = entities.map((e) => `${KINDS.indexOf(e.kind)}${FIELD}${e.surface}${FIELD}${e.tokens.join(TOKEN)}`);
  const packed = { stems: stems.join(ITEM), surfaces: surfaces.join(ITEM), entities: entityRecords.join(ITEM) };
  const faithful =
    sameKeys &&
    !stems.some((s) => s.length === 0 || SEPARATORS.test(s)) &&
    !surfaces.some((s) => s === undefined || SEPARATORS.test(s)) &&
    entities.every((e) => KINDS.includes(e.kind) && e.tokens.length > 0 && !SEPARATORS.test(e.surface) && e.tokens.every((t) => t.length > 0 && !SEPARATORS.test(t)) && Object.keys(e).length === 3);
  if (!faithful) return { packed: false, analysis };
  return { packed: true, head, ...packed, counts: Int32Array.from(words.values()) };
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
  const entities: RawEntity[] =
    wire.entities.length === 0
      ? []
      : wire.entities.split(ITEM).map((record) => {
          const [kind = '0', surface = '', tokens = ''] = record.split(FIELD);
          return { tokens: tokens.split(TOKEN), surface, kind: KINDS[Number(kind)] ?? 'name' };
        });
  return { ...wire.head, words, wordSurface, entities } as DocumentAnalysis;
}
