import { ClusteringError } from './errors.js';
import { MAX_YEAR, MIN_YEAR, parseIsoDay } from './isoDay.js';
import { LANGUAGES } from './languages/index.js';
import type { LanguageProfile } from './languages/types.js';
import { invalidProfileField } from './languages/validateProfile.js';
import { SIGNAL_NAMES, type SignalName } from './types.js';

export type Algorithm = 'agglomerative' | 'kmeans';
/** Which pairs are scored: every pair, the candidate index, or the index above `INDEX_FROM` documents. */
export type CandidateStrategy = 'auto' | 'all' | 'index';
export type Linkage = 'average' | 'single' | 'complete';

/** Options of `clusterDocuments`; every field is optional, defaults in `DEFAULT_OPTIONS`. */
export interface ClusterOptions {
  /** Weight of each similarity signal in the fused score (renormalised over the signals that have evidence). */
  weights?: Partial<Record<SignalName, number>>;
  /** Agglomerative clustering merges groups while their linkage similarity is ≥ this (0–1). */
  threshold?: number;
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
  /** Largest share of the fused score removed for distant event dates (0–1). */
  dateConflictPenalty?: number;
  /** Scale (days) of the Gaussian over the event-date gap: a gap of one scale removes 39% of the penalty share. */
  timeScaleDays?: number;
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
  weights: Record<SignalName, number>;
  threshold: number;
  algorithm: Algorithm;
  k: number | null;
  linkage: Linkage;
  languages: string[];
  referenceDate: string;
  maxEventGapDays: number;
  dateConflictPenalty: number;
  timeScaleDays: number;
  seed: number;
  candidates: CandidateStrategy;
  neighbours: number;
  workers: 'auto' | number;
}

/** Chosen on the development corpus (corpus/dev) and checked on the seeds: see README "How the defaults were chosen". */
export const DEFAULT_WEIGHTS: Readonly<Record<SignalName, number>> = Object.freeze({
  words: 0.25,
  ngrams: 0.1,
  entities: 0.35,
  dates: 0.1,
  numbers: 0.2,
});

export const DEFAULT_OPTIONS = Object.freeze({
  threshold: 0.27,
  algorithm: 'agglomerative' as Algorithm,
  linkage: 'average' as Linkage,
  maxEventGapDays: 7,
  dateConflictPenalty: 0.6,
  timeScaleDays: 5,
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

export function resolveWeights(weights: ClusterOptions['weights']): Record<SignalName, number> {
  if (weights !== undefined && (typeof weights !== 'object' || weights === null)) fail('weights', 'must be an object of signal weights');
  const given = weights ?? {};
  for (const key of Object.keys(given)) if (!(SIGNAL_NAMES as readonly string[]).includes(key)) fail(`weights.${key}`, `unknown signal; known: ${SIGNAL_NAMES.join(', ')}`);
  const resolved = { ...DEFAULT_WEIGHTS };
  for (const signal of SIGNAL_NAMES) resolved[signal] = numberIn(given[signal], `weights.${signal}`, 0, Number.MAX_VALUE, DEFAULT_WEIGHTS[signal]);
  if (SIGNAL_NAMES.every((s) => resolved[s] === 0)) fail('weights', 'at least one weight must be positive');
  return resolved;
}

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
  const profiles = resolveLanguages(options.languages);
  const resolved: ResolvedClusterOptions = {
    weights: resolveWeights(options.weights),
    threshold: numberIn(options.threshold, 'threshold', 0, 1, DEFAULT_OPTIONS.threshold),
    algorithm,
    k,
    linkage,
    languages: [...profiles.keys()],
    referenceDate: toIsoDay(options.referenceDate ?? now, 'referenceDate'),
    maxEventGapDays: numberIn(options.maxEventGapDays, 'maxEventGapDays', 0, 36_500, DEFAULT_OPTIONS.maxEventGapDays),
    dateConflictPenalty: numberIn(options.dateConflictPenalty, 'dateConflictPenalty', 0, 1, DEFAULT_OPTIONS.dateConflictPenalty),
    timeScaleDays: numberIn(options.timeScaleDays, 'timeScaleDays', 0.01, 36_500, DEFAULT_OPTIONS.timeScaleDays),
    seed: numberIn(options.seed, 'seed', 0, Number.MAX_SAFE_INTEGER, DEFAULT_OPTIONS.seed),
    candidates: oneOf(options.candidates, 'candidates', STRATEGIES, DEFAULT_OPTIONS.candidates),
    neighbours: integerIn(options.neighbours, 'neighbours', 1, 10_000, DEFAULT_OPTIONS.neighbours),
    workers: options.workers === 'auto' || options.workers === undefined ? 'auto' : integerIn(options.workers, 'workers', 0, 256, 0),
  };
  return { resolved, profiles };
}
