import type { ClusterMerges } from '../clusterDocuments.js';
import type { CollectionModel, DocumentFeatures } from '../features/collection.js';
import type { ResolvedClusterOptions } from '../options.js';
import { daySimilarity } from '../similarity/dateOverlap.js';
import { grown } from '../storage/slab.js';
import { Scorer } from '../similarity/scoring.js';
import { regionDisplayName } from '../features/regions.js';
import type { EventCluster } from '../types.js';
import { displayEntity, entityRarity, pairEvidence, pooledEvidence, withoutContainedParts } from './pairEvidence.js';

const TOP_ENTITIES = 8;
const TOP_TERMS = 8;
/** Above this many members, cohesion is the mean over a deterministic sample of pairs. */
const COHESION_PAIRS = 2_000;

/** Items found in at least `min` members, most widespread first, then by `rank` (higher first). */
function widespread(sets: readonly Iterable<string>[], min: number, rank: (key: string) => number): string[] {
  const counts = new Map<string, number>();
  for (const set of sets) for (const key of new Set(set)) counts.set(key, (counts.get(key) ?? 0) + 1);
  // forEach, not [...counts]: no entry for the many items that fall below `min`. Each kept item's
  // rank is worked out once, not at every comparison of the sort (for entities, a rarity lookup
  // and a logarithm: a few million of them over the clusters of a 100k-document batch).
  const kept: { key: string; count: number; rank: number }[] = [];
  counts.forEach((count, key) => {
    if (count >= min) kept.push({ key, count, rank: rank(key) });
  });
  return kept.sort((x, y) => y.count - x.count || y.rank - x.rank || x.key.localeCompare(y.key)).map((item) => item.key);
}

/** Most supported event date; a yearless date votes for the dated one with its month and day. */
export function clusterEventDate(dates: readonly (string | null)[]): string | null {
  const votes = new Map<string, number>();
  const known = dates.filter((d): d is string => d !== null);
  for (const d of known) {
    const target = d.startsWith('--') ? (known.find((k) => !k.startsWith('--') && daySimilarity(k, d) > 0.8) ?? d) : d;
    votes.set(target, (votes.get(target) ?? 0) + 1);
  }
  return [...votes].sort((x, y) => y[1] - x[1] || Number(x[0].startsWith('--')) - Number(y[0].startsWith('--')) || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
}

/**
 * A cluster label's top terms: each spelling's summed TF-IDF weight over the members (words of
 * several languages can share a spelling, `police`, and then count together), highest first.
 * One instance serves every cluster of an explanation run (of one model): it numbers each word
 * id's spelling once and sums by that number in a table, where a map keyed by spelling cost a
 * string lookup per word of every document (25M of them at 100k documents). The additions are
 * the same, in the same order, as the map's, so the terms are identical.
 */
export class TopTerms {
  /** Word id → spelling number + 1 (0: not looked up yet). */
  private numberOf = new Int32Array(0);
  private readonly numbers = new Map<string, number>();
  private readonly spellings: string[] = [];
  private weights = new Float64Array(0);
  /** Spelling number → the call that last set its weight (weights of older calls are stale). */
  private stamps = new Int32Array(0);
  private calls = 0;

  constructor(private readonly model: CollectionModel) {}

  /** The TOP_TERMS heaviest spellings of the members' words (ties alphabetical). */
  of(members: readonly DocumentFeatures[]): string[] {
    const call = ++this.calls;
    const touched: number[] = []; // spelling numbers in order of first appearance
    for (const f of members) {
      const { idx, val } = f.words;
      const prefix = f.analysis.lang.length + 1;
      for (let k = 0; k < idx.length; k++) {
        const n = this.spellingNumber(idx[k] as number, prefix);
        if (this.stamps[n] !== call) {
          this.stamps[n] = call;
          this.weights[n] = 0;
          touched.push(n);
        }
        this.weights[n] = (this.weights[n] as number) + (val[k] as number);
      }
    }
    // Only terms weighing at least the TOP_TERMS-th largest weight can make the list: sorting those
    // alone gives the full sort's first TOP_TERMS (the sort is stable), without comparing hundreds
    // (or allocating a [term, weight] pair for each: every document passes through here).
    const floor = kthLargest(touched.map((n) => this.weights[n] as number), TOP_TERMS);
    const top: [string, number][] = [];
    for (const n of touched) {
      const w = this.weights[n] as number;
      if (w >= floor) top.push([this.spellings[n] as string, w]);
    }
    return top.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, TOP_TERMS).map(([term]) => term);
  }

  /** The number of word `id`'s spelling (`prefix`: the length of its `lang:` prefix). */
  private spellingNumber(id: number, prefix: number): number {
    if (id >= this.numberOf.length) this.numberOf = grown(this.numberOf, id + 1);
    const known = this.numberOf[id] as number;
    if (known > 0) return known - 1;
    const spelling = this.model.wordSurfaces[id] ?? this.model.words.vocab.term(id).slice(prefix);
    let n = this.numbers.get(spelling);
    if (n === undefined) {
      this.numbers.set(spelling, (n = this.spellings.length));
      this.spellings.push(spelling);
      if (n >= this.weights.length) {
        this.weights = grown(this.weights, n + 1);
        this.stamps = grown(this.stamps, n + 1);
      }
    }
    this.numberOf[id] = n + 1;
    return n;
  }
}

/** The k-th largest of the values (−∞ when there are fewer than k). */
export function kthLargest(values: Iterable<number>, k: number): number {
  if (k <= 0) return Number.POSITIVE_INFINITY;
  const top: number[] = []; // the k largest so far, descending
  for (const v of values) {
    if (top.length === k && v <= (top[k - 1] as number)) continue;
    let i = Math.min(top.length, k - 1);
    while (i > 0 && (top[i - 1] as number) < v) {
      top[i] = top[i - 1] as number;
      i--;
    }
    top[i] = v;
  }
  return top.length < k ? Number.NEGATIVE_INFINITY : (top[k - 1] as number);
}

function cohesion(members: readonly DocumentFeatures[], scorer: Scorer): number {
  if (members.length < 2) return 1;
  let sum = 0;
  let count = 0;
  const total = (members.length * (members.length - 1)) / 2;
  const step = Math.max(1, Math.floor(total / COHESION_PAIRS));
  let k = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++, k++) {
      if (k % step !== 0) continue;
      sum += scorer.score(members[i] as DocumentFeatures, members[j] as DocumentFeatures);
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** The language a cluster's label is written in: the one asked for, else its members' commonest (ties: alphabetical). */
export function labelLanguage(members: readonly DocumentFeatures[], asked: string | null): string {
  if (asked !== null) return asked;
  const counts = new Map<string, number>();
  for (const f of members) if (f.lang !== 'und') counts.set(f.lang, (counts.get(f.lang) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? 'en';
}

/**
 * The explanation of one cluster: shared evidence, label, cohesion and the links that built it.
 * `topTerms`, `scorer`: one `TopTerms` and one pair scorer of the model, shared by the clusters of a run (fresh ones when absent).
 */
export function explainCluster(id: string, members: readonly DocumentFeatures[], merges: ClusterMerges, all: readonly DocumentFeatures[], model: CollectionModel, options: ResolvedClusterOptions, topTerms = new TopTerms(model), scorer = Scorer.of(options.model, model.entities.df.table)): EventCluster {
  const min = members.length > 1 ? 2 : 1;
  const mentions = new Map<string, number>();
  for (const f of members) for (const [k, c] of f.entityCounts) mentions.set(k, (mentions.get(k) ?? 0) + c);
  const salience = (k: string) => entityRarity(model, k) * (1 + Math.log(mentions.get(k) ?? 1)) * (k.includes(' ') ? 1.5 : 1);
  const entityKeys = withoutContainedParts(widespread(members.map((f) => f.entityCounts.keys()), min, salience)).slice(0, TOP_ENTITIES);
  const language = labelLanguage(members, options.labelLanguage);
  // One language for the names a label shows: a country in the label language (ICU's name for it), any other name in its commonest spelling.
  const sharedEntities = entityKeys.map((k) => regionDisplayName(k, language) ?? displayEntity(model, k));
  const eventDate = clusterEventDate(members.map((f) => f.analysis.eventDate));
  const dates = widespread(members.map((f) => [...f.days.keys()].map((d) => (d.startsWith('--') && eventDate?.endsWith(d.slice(1)) ? eventDate : d))), min, () => 0);
  const numbers = widespread(members.map((f) => f.analysis.numbers.map((n) => n.key)), min, (k) => Number.parseFloat(k));
  const terms = topTerms.of(members);
  const labelParts = [...(sharedEntities.length > 0 ? sharedEntities.slice(0, 2) : terms.slice(0, 3)), ...(eventDate === null ? [] : [eventDate])];
  return {
    id,
    members: members.map((f) => f.id),
    languages: [...new Set(members.map((f) => f.analysis.lang))].sort(),
    eventDate,
    label: labelParts.join(' · '),
    topTerms: terms,
    sharedEntities,
    sharedDates: dates.slice(0, TOP_ENTITIES),
    sharedNumbers: numbers.slice(0, TOP_ENTITIES),
    cohesion: cohesion(members, scorer),
    links: [
      ...merges.documents.map((m) => pairEvidence(all[m.a] as DocumentFeatures, all[m.b] as DocumentFeatures, model, options)),
      ...merges.pooled.map((m) => pooledEvidence(m.a.map((i) => all[i] as DocumentFeatures), m.b.map((i) => all[i] as DocumentFeatures), model, options)),
    ],
  };
}
