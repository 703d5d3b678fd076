import { ClusteringError } from './errors.js';
import { MAX_YEAR, MIN_YEAR, parseIsoDay } from './isoDay.js';
import { LANGUAGES } from './languages/index.js';
import type { LanguageProfile } from './languages/types.js';
import { invalidProfileField } from './languages/validateProfile.js';
import { DEFAULT_PAIR_MODEL } from './similarity/defaultModel.js';
import { validateModel, type PairModel } from './similarity/pairModel.js';

export type Algorithm = 'agglomerative' | 'kmeans';
/** Which pairs are scored: every pair, the candidate index, or the index above `INDEX_FROM` documents. */
export type CandidateStrategy = 'auto' | 'all' | 'index';
export type Linkage = 'average' | 'single' | 'complete';

/** Options of `clusterDocuments`; every field is optional, defaults in `DEFAULT_OPTIONS`. */
export interface ClusterOptions {
  /**
   * The pair model: the probability that two documents (or two groups) report the same event,
   * from their pair inputs. Default: the trained model shipped with the library
   * (`DEFAULT_PAIR_MODEL`); `trainPairModel` makes one from your labelled data.
   */
  model?: PairModel;
  /**
   * Agglomerative clustering merges two groups while their linkage — by default the mean
   * probability, over their pairs of documents, of being one event — is ≥ this (0–1).
   * Default: the model's own `threshold`, the cut it was tuned with.
   */
  threshold?: number;
  /**
   * After the document pairs, compare clusters that share no language by their pooled evidence
   * (all members' names, dates, numbers and terms) and merge those the model then judges one
   * event at its `poolThreshold` (clustering/poolClusters.ts). Default true.
   */
  pooling?: boolean;
  algorithm?: Algorithm;
  /** Number of clusters, required by (and only used by) `algorithm: 'kmeans'`. */
  k?: number;
  linkage?: Linkage;
  /** Language profiles to use: built-in codes and/or custom profiles. Default: all built-in. */
  languages?: readonly (string | LanguageProfile)[];
  /** "Now" for inferring years from weekdays (`Sunday, April 18`). Default: the time of the call. */
  referenceDate?: string | Date;
  /** Event dates further apart than this many days are flagged as a conflict in the evidence. */
  maxEventGapDays?: number;
  /**
   * Language of cluster labels and shared names: countries are named in it (`Turkey`, `Turkiet`,
   * `Turquie`). Default: each cluster's commonest member language.
   */
  labelLanguage?: string;
  /** Seed of k-means' initialisation. */
  seed?: number;
  /** Pairs to score: `all`, the candidate `index` (blocking on shared anchors), or `auto`. */
  candidates?: CandidateStrategy;
  /** With the index: neighbours kept per document. */
  neighbours?: number;
  /**
   * Worker threads for feature extraction, and for the candidate index and the word and n-gram
   * vectors (from 10,000 documents) and pair scoring (from 200,000 candidate pairs), where this
   * thread works too: `auto` (up to 4 cores for large inputs; one fewer besides this thread in
   * those three) or a count (0 = none:
   * everything in this thread). Results are the same either way.
   */
  workers?: 'auto' | number;
}

export interface ResolvedClusterOptions {
  model: PairModel;
  threshold: number;
  pooling: boolean;
  algorithm: Algorithm;
  k: number | null;
  linkage: Linkage;
  languages: string[];
  referenceDate: string;
  maxEventGapDays: number;
  /** null: each cluster's commonest member language. */
  labelLanguage: string | null;
  seed: number;
  candidates: CandidateStrategy;
  neighbours: number;
  workers: 'auto' | number;
}

export const DEFAULT_OPTIONS = Object.freeze({
  model: DEFAULT_PAIR_MODEL,
  threshold: DEFAULT_PAIR_MODEL.threshold,
  pooling: true,
  algorithm: 'agglomerative' as Algorithm,
  linkage: 'average' as Linkage,
  maxEventGapDays: 7,
  seed: 42,
  candidates: 'auto' as CandidateStrategy,
  neighbours: 30,
  workers: 'auto' as const,
});

/** With `candidates: 'auto'`, collections larger than this use the candidate index. */
export const INDEX_FROM = 400;

const ALGORITHMS: readonly Algorithm[] = ['agglomerative', 'kmeans'];
const LINKAGES: readonly Linkage[] = ['average', 'single', 'complete'];
const STRATEGIES: readonly CandidateStrategy[] = ['auto', 'all', 'index'];

function fail(option: string, message: string): never {
  throw new ClusteringError('INVALID_OPTION', message, { option });
}

function numberIn(value: unknown, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail(option, `must be a number from ${min} to ${max}, got ${String(value)}`);
  return value;
}

function integerIn(value: unknown, option: string, min: number, max: number, fallback: number): number {
  const n = numberIn(value, option, min, max, fallback);
  if (!Number.isInteger(n)) fail(option, `must be an integer, got ${String(value)}`);
  return n;
}

function oneOf<T extends string>(value: T | undefined, option: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) fail(option, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value;
}

/** Options that earlier versions took and this one does not: named, so that they are not ignored silently. */
const RETIRED: Readonly<Record<string, string>> = {
  weights: 'signal weights were replaced by a trained pair model: pass `model` (see trainPairModel, withoutSignals)',
  dateConflictPenalty: 'time is an input of the pair model now: pass `model`',
  timeScaleDays: 'time is an input of the pair model now: pass `model`',
};

export function resolveLanguages(languages: ClusterOptions['languages']): Map<string, LanguageProfile> {
  if (languages === undefined) return new Map(LANGUAGES);
  if (!Array.isArray(languages) || languages.length === 0) fail('languages', 'must be a non-empty array of language codes or profiles');
  const profiles = new Map<string, LanguageProfile>();
  languages.forEach((entry, i) => {
    const profile = typeof entry === 'string' ? LANGUAGES.get(entry.toLowerCase()) : entry;
    if (profile === undefined || profile === null || typeof profile !== 'object') {
      fail(`languages[${i}]`, `unknown language ${JSON.stringify(entry)}; built-in: ${[...LANGUAGES.keys()].join(', ')}`);
    }
    const bad = invalidProfileField(profile);
    if (bad !== null) fail(`languages[${i}].${bad}`, 'a custom language profile needs this field, of the type LanguageProfile declares');
    profiles.set(profile.code, profile);
  });
  return profiles;
}

function resolveLabelLanguage(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail('labelLanguage', `must be a language code such as 'en', got ${typeof value}`);
  try {
    return Intl.getCanonicalLocales(value)[0] ?? fail('labelLanguage', `must be a language code such as 'en', got ${JSON.stringify(value)}`);
  } catch {
    return fail('labelLanguage', `must be a language code such as 'en', got ${JSON.stringify(value)}`);
  }
}

export function toIsoDay(value: string | Date, option: string): string {
  const day = parseIsoDay(value);
  if (day === null) fail(option, `must be an ISO 8601 date (YYYY-MM-DD…) or a valid Date, naming a real day in years ${MIN_YEAR}–${MAX_YEAR}, got ${JSON.stringify(value)}`);
  return day;
}

export function resolveOptions(options: ClusterOptions = {}, documentCount = Infinity, now: Date = new Date()): { resolved: ResolvedClusterOptions; profiles: Map<string, LanguageProfile> } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('options', 'must be an object');
  const algorithm = options.algorithm ?? DEFAULT_OPTIONS.algorithm;
  if (!ALGORITHMS.includes(algorithm)) fail('algorithm', `must be one of ${ALGORITHMS.join(', ')}, got ${JSON.stringify(algorithm)}`);
  const linkage = options.linkage ?? DEFAULT_OPTIONS.linkage;
  if (!LINKAGES.includes(linkage)) fail('linkage', `must be one of ${LINKAGES.join(', ')}, got ${JSON.stringify(linkage)}`);
  let k: number | null = null;
  if (algorithm === 'kmeans') {
    if (options.k === undefined) fail('k', "is required with algorithm 'kmeans'");
    if (!Number.isInteger(options.k) || options.k < 1 || options.k > Math.max(1, documentCount)) fail('k', `must be an integer from 1 to the number of documents (${documentCount}), got ${String(options.k)}`);
    k = options.k;
  } else if (options.k !== undefined) fail('k', "is only used with algorithm 'kmeans'");
  for (const [name, why] of Object.entries(RETIRED)) if ((options as Record<string, unknown>)[name] !== undefined) fail(name, `is no longer an option: ${why}`);
  if (options.pooling !== undefined && typeof options.pooling !== 'boolean') fail('pooling', `must be true or false, got ${JSON.stringify(options.pooling)}`);
  const profiles = resolveLanguages(options.languages);
  const model = options.model === undefined ? DEFAULT_PAIR_MODEL : validateModel(options.model);
  const resolved: ResolvedClusterOptions = {
    model,
    threshold: numberIn(options.threshold, 'threshold', 0, 1, model.threshold),
    pooling: options.pooling ?? DEFAULT_OPTIONS.pooling,
    algorithm,
    k,
    linkage,
    languages: [...profiles.keys()],
    referenceDate: toIsoDay(options.referenceDate ?? now, 'referenceDate'),
    maxEventGapDays: numberIn(options.maxEventGapDays, 'maxEventGapDays', 0, 36_500, DEFAULT_OPTIONS.maxEventGapDays),
    labelLanguage: resolveLabelLanguage(options.labelLanguage),
    seed: numberIn(options.seed, 'seed', 0, Number.MAX_SAFE_INTEGER, DEFAULT_OPTIONS.seed),
    candidates: oneOf(options.candidates, 'candidates', STRATEGIES, DEFAULT_OPTIONS.candidates),
    neighbours: integerIn(options.neighbours, 'neighbours', 1, 10_000, DEFAULT_OPTIONS.neighbours),
    workers: options.workers === 'auto' || options.workers === undefined ? 'auto' : integerIn(options.workers, 'workers', 0, 256, 0),
  };
  return { resolved, profiles };
}
