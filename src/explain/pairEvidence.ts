import type { CollectionModel, DocumentFeatures } from '../features/collection.js';
import { ClusteringError } from '../errors.js';
import type { ResolvedClusterOptions } from '../options.js';
import { spanGap } from '../features/timeSpan.js';
import { sharedDays } from '../similarity/dateOverlap.js';
import { INPUT_SIGNAL, pairInputs, PAIR_INPUTS, type PairSide } from '../similarity/pairInputs.js';
import { compileModel, logOdds, probabilityOf } from '../similarity/pairModel.js';
import { poolSides } from '../similarity/pooledSide.js';
import { comparable } from '../similarity/scoring.js';
import { signalScores } from '../similarity/signals.js';
import { SIGNAL_NAMES, type InputContribution, type PairEvidence, type PooledSource, type SignalContribution } from '../types.js';

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

/** The pair model's sum written out for one pair of sides: every input's contribution, each signal's. */
function modelTerms(a: PairSide, b: PairSide, model: CollectionModel, options: ResolvedClusterOptions): Pick<PairEvidence, 'score' | 'comparable' | 'logOdds' | 'intercept' | 'signals' | 'inputs' | 'dateConflict' | 'eventGapDays'> {
  const x = pairInputs(a, b, { entityDf: model.entities.df.table }, new Float64Array(PAIR_INPUTS.length));
  const compiled = compileModel(options.model);
  const z = logOdds(compiled, x);
  const inputs = PAIR_INPUTS.map((input, k): InputContribution => {
    const coefficient = compiled.coefficients[k] as number;
    return { input, signal: INPUT_SIGNAL[input], value: x[k] as number, coefficient, contribution: coefficient * (x[k] as number) };
  });
  const scores = signalScores(a, b, x);
  const signals = SIGNAL_NAMES.map((signal): SignalContribution => ({ signal, score: scores[signal], contribution: inputs.filter((i) => i.signal === signal).reduce((s, i) => s + i.contribution, 0) }));
  const gap = a.span === null || b.span === null ? null : spanGap(a.span, b.span);
  return { score: comparable(a, b) ? probabilityOf(z) : 0, comparable: comparable(a, b), logOdds: z, intercept: compiled.intercept, signals, inputs, dateConflict: gap !== null && gap > options.maxEventGapDays, eventGapDays: gap };
}

/** The evidence for one pair: every input's and signal's part in the model's score, and what they share. */
export function pairEvidence(a: DocumentFeatures, b: DocumentFeatures, model: CollectionModel, options: ResolvedClusterOptions): PairEvidence {
  const numbersB = new Set(b.analysis.numbers.map((n) => n.key));
  return {
    a: a.id,
    b: b.id,
    ...modelTerms(a, b, model, options),
    sharedEntities: withoutContainedParts(sharedEntityKeys(model, a.entityCounts, b.entityCounts)).map((k) => displayEntity(model, k)),
    sharedDates: sharedDays(a.days, b.days),
    sharedNumbers: a.analysis.numbers.map((n) => n.key).filter((k) => numbersB.has(k)).sort((x, y) => Number.parseFloat(y) - Number.parseFloat(x)),
  };
}

/** What a group's members say, pooled for explanations: each item with the members that have it. */
function itemsOf(members: readonly DocumentFeatures[], items: (f: DocumentFeatures) => Iterable<string>): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const f of members) for (const item of new Set(items(f))) (by.get(item) ?? by.set(item, []).get(item))?.push(f.id);
  return by;
}

/**
 * The evidence for a link between two groups (the pooled pass): the model's sum on the pooled
 * sides, and every shared name, date and number with the members of each side that have it.
 */
export function pooledEvidence(a: readonly DocumentFeatures[], b: readonly DocumentFeatures[], model: CollectionModel, options: ResolvedClusterOptions): PairEvidence {
  const sources: PooledSource[] = [];
  const share = (kind: PooledSource['kind'], items: (f: DocumentFeatures) => Iterable<string>, order: (keys: string[]) => string[], show: (key: string) => string) => {
    const [left, right] = [itemsOf(a, items), itemsOf(b, items)];
    for (const key of order([...left.keys()].filter((k) => right.has(k)))) sources.push({ kind, value: show(key), a: left.get(key) ?? [], b: right.get(key) ?? [] });
  };
  share('name', (f) => f.entityCounts.keys(), (keys) => withoutContainedParts(keys.sort((x, y) => entityRarity(model, y) - entityRarity(model, x) || x.localeCompare(y))), (k) => displayEntity(model, k));
  share('date', (f) => f.days.keys(), (keys) => keys.sort(), (k) => k);
  share('number', (f) => f.analysis.numbers.map((n) => n.key), (keys) => keys.sort((x, y) => Number.parseFloat(y) - Number.parseFloat(x)), (k) => k);
  const of = (kind: PooledSource['kind']) => sources.filter((s) => s.kind === kind).map((s) => s.value);
  return {
    a: a[0]?.id ?? '',
    b: b[0]?.id ?? '',
    ...modelTerms(poolSides(a), poolSides(b), model, options),
    sharedEntities: of('name'),
    sharedDates: of('date'),
    sharedNumbers: of('number'),
    pooled: { a: a.map((f) => f.id), b: b.map((f) => f.id), sources },
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
