import type { CollectionModel, DocumentFeatures } from '../features/collection.js';
import { ClusteringError } from '../errors.js';
import type { ResolvedClusterOptions } from '../options.js';
import { fuse } from '../similarity/combine.js';
import { sharedDays } from '../similarity/dateOverlap.js';
import { signalScores } from '../similarity/signals.js';
import type { PairEvidence } from '../types.js';

/** An entity's rarity in the collection (its IDF), to list specific names before common ones. */
export function entityRarity(model: CollectionModel, key: string): number {
  const id = model.entities.vocab.find(key);
  return id === undefined ? 0 : model.entities.df.idf(id);
}

/** The spelling most often written for an entity (ties: shorter, then alphabetical). */
export function displayEntity(model: CollectionModel, key: string): string {
  const surfaces = model.entitySurfaces.get(key);
  if (surfaces === undefined) return key;
  let best: string | undefined;
  let bestCount = 0;
  for (let k = 0; k < surfaces.length; k += 2) {
    const surface = surfaces[k] as string;
    const count = surfaces[k + 1] as number;
    if (best === undefined || count > bestCount || (count === bestCount && (surface.length < best.length || (surface.length === best.length && surface.localeCompare(best) < 0)))) [best, bestCount] = [surface, count];
  }
  return best ?? key;
}

/** Drops single names already inside a longer listed name (`Krivosheev` beside `Denis Krivosheev`). */
export function withoutContainedParts(keys: readonly string[]): string[] {
  const multi = keys.filter((k) => k.includes(' ')).map((k) => new Set(k.split(' ')));
  return keys.filter((k) => k.includes(' ') || !multi.some((tokens) => tokens.has(k)));
}

/** Keys of `a` also in `b`, rarest first (ties alphabetical). */
export function sharedEntityKeys(model: CollectionModel, a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  // Each key's rarity looked up once, not at every comparison of the sort.
  const shared: { key: string; rarity: number }[] = [];
  for (const key of a.keys()) if (b.has(key)) shared.push({ key, rarity: entityRarity(model, key) });
  return shared.sort((x, y) => y.rarity - x.rarity || x.key.localeCompare(y.key)).map(({ key }) => key);
}

/** The evidence for one pair: every signal's score, weight and contribution, and what they share. */
export function pairEvidence(a: DocumentFeatures, b: DocumentFeatures, model: CollectionModel, options: ResolvedClusterOptions): PairEvidence {
  const { scores, gap } = signalScores(a, b);
  const fused = fuse(scores, gap, options);
  const numbersB = new Set(b.analysis.numbers.map((n) => n.key));
  return {
    a: a.id,
    b: b.id,
    score: fused.score,
    signals: fused.signals,
    evidenceFactor: fused.evidenceFactor,
    temporalFactor: fused.temporalFactor,
    dateConflict: fused.dateConflict,
    eventGapDays: gap,
    sharedEntities: withoutContainedParts(sharedEntityKeys(model, a.entityCounts, b.entityCounts)).map((k) => displayEntity(model, k)),
    sharedDates: sharedDays(a.days, b.days),
    sharedNumbers: a.analysis.numbers.map((n) => n.key).filter((k) => numbersB.has(k)).sort((x, y) => Number.parseFloat(y) - Number.parseFloat(x)),
  };
}

/** `evidence(a, b)` over a set of documents, by id; an unknown id is a typed error naming it. */
export function evidenceLookup(features: readonly DocumentFeatures[], model: CollectionModel, options: ResolvedClusterOptions): (a: string, b: string) => PairEvidence {
  const byId = new Map(features.map((f) => [f.id, f]));
  const find = (id: string, which: string): DocumentFeatures => {
    const f = byId.get(id);
    if (f === undefined) throw new ClusteringError('UNKNOWN_DOCUMENT', `no document with this id here (argument ${which})`, { documentId: id });
    return f;
  };
  return (a, b) => pairEvidence(find(a, 'a'), find(b, 'b'), model, options);
}
