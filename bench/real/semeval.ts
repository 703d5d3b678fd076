/**
 * The SemEval-2022 Task 8 part of `npm run bench:real`: every original pair of the shared sample
 * scored by `evidence(a, b).score` (IDF and names fitted on all the sample's articles, as the
 * reference TF-IDF figures were), and by the two plain peers. Reported: Pearson's r against
 * −Overall (on the test half the pair model was not trained on, on the tuning half it was, and on
 * all pairs; per language pair, same- vs cross-language, languages with and without a profile),
 * and the ROC AUC of "same story" (Overall ≤ 1.5) against "different" (≥ 2.5), on all pairs.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCollection, LANGUAGES, type ClusterOptions } from '../../src/index.js';
import { loadSemEvalPairs, type LoadedPairs, type RatedPair } from '../../src/loaders/loadSemEval.js';
import { pearson, rocAuc } from '../../src/evaluation/pairScores.js';
import { REPO_ROOT } from '../lib/runChild.js';
import { REFERENCE_DATE } from '../lib/constants.js';
import { BASELINE_NAMES, cosineOf, tfidfVectors, type BaselineAnalyzer } from './tfidfBaselines.js';

/**
 * The SemEval pairs are split once, by a hash of the pair id, into a tuning half (the pair model
 * may be trained on it: `npm run train`) and a test half (reported apart).
 */
export function semevalHalf(pairId: string): 'tuning' | 'test' {
  return Number.parseInt(createHash('sha1').update(pairId).digest('hex').slice(0, 8), 16) % 2 === 0 ? 'tuning' : 'test';
}

export const SEMEVAL_PATH = join(REPO_ROOT, '..', 'shared', 'data', 'semeval-2022-task8', 'training_set.csv');
export const SAME_STORY_MAX = 1.5;
export const DIFFERENT_MIN = 2.5;

export interface Correlation {
  group: string;
  pairs: number;
  r: number;
}

export interface SemEvalRow {
  config: string;
  description: string;
  groups: Correlation[];
  auc: number;
}

export interface SemEvalResults {
  source: string;
  pairs: number;
  documents: number;
  sameStory: number;
  different: number;
  rows: SemEvalRow[];
}

export interface ScoredConfig {
  name: string;
  description: string;
  options: ClusterOptions;
}

export async function loadSemEval(path = SEMEVAL_PATH): Promise<LoadedPairs | null> {
  return existsSync(path) ? loadSemEvalPairs(path, { strict: true }) : null;
}

/** The groups every row reports, each a filter over pairs. */
function groups(pairs: readonly RatedPair[]): { group: string; keep: (p: RatedPair) => boolean }[] {
  const profiled = (lang: string) => LANGUAGES.has(lang);
  const languagePairs = [...new Set(pairs.map((p) => `${p.langA}–${p.langB}`))].sort();
  const test = (p: RatedPair) => semevalHalf(p.pairId) === 'test';
  return [
    { group: 'test half', keep: test },
    { group: 'test half, cross-language', keep: (p) => test(p) && p.langA !== p.langB },
    { group: 'tuning half', keep: (p) => !test(p) },
    { group: 'tuning half, cross-language', keep: (p) => !test(p) && p.langA !== p.langB },
    { group: 'all', keep: () => true },
    { group: 'same language', keep: (p) => p.langA === p.langB },
    { group: 'cross-language', keep: (p) => p.langA !== p.langB },
    { group: 'languages with a profile', keep: (p) => profiled(p.langA) && profiled(p.langB) },
    { group: 'languages without a profile (tr, pl, ar)', keep: (p) => !profiled(p.langA) || !profiled(p.langB) },
    ...languagePairs.map((lp) => ({ group: lp, keep: (p: RatedPair) => `${p.langA}–${p.langB}` === lp })),
  ];
}

export function scoreRow(config: string, description: string, pairs: readonly RatedPair[], scores: readonly number[]): SemEvalRow {
  const similarity = pairs.map((p) => -p.overall);
  const correlations = groups(pairs).map(({ group, keep }) => {
    const kept = pairs.flatMap((p, i) => (keep(p) ? [i] : []));
    return { group, pairs: kept.length, r: pearson(kept.map((i) => scores[i] as number), kept.map((i) => similarity[i] as number)) };
  });
  const decided = pairs.flatMap((p, i) => (p.overall <= SAME_STORY_MAX || p.overall >= DIFFERENT_MIN ? [i] : []));
  const auc = rocAuc(decided.map((i) => scores[i] as number), decided.map((i) => (pairs[i] as RatedPair).overall <= SAME_STORY_MAX));
  return { config, description, groups: correlations, auc };
}

/** The library's pair score for every pair, with the given options. */
export function libraryScores(data: LoadedPairs, options: ClusterOptions): number[] {
  const collection = analyzeCollection(data.documents, { referenceDate: REFERENCE_DATE, ...options });
  return data.pairs.map((p) => collection.evidence(p.a, p.b).score);
}

export function baselineScores(data: LoadedPairs, analyzer: BaselineAnalyzer): number[] {
  const index = new Map(data.documents.map((d, i) => [d.id, i]));
  const vectors = tfidfVectors(data.documents.map((d) => d.text), analyzer);
  const at = (id: string) => vectors[index.get(id) as number] as (typeof vectors)[number];
  return data.pairs.map((p) => cosineOf(at(p.a), at(p.b)));
}

export function runSemEval(data: LoadedPairs, configs: readonly ScoredConfig[], log: (line: string) => void): SemEvalResults {
  const rows: SemEvalRow[] = [];
  for (const config of configs) {
    log(`semeval: ${config.name}`);
    rows.push(scoreRow(config.name, config.description, data.pairs, libraryScores(data, config.options)));
  }
  for (const analyzer of ['words', 'char4'] as const) {
    log(`semeval: baseline ${BASELINE_NAMES[analyzer]}`);
    rows.push(scoreRow(`baseline: ${BASELINE_NAMES[analyzer]}`, 'sublinear tf, smoothed idf, accents stripped (the shared README settings)', data.pairs, baselineScores(data, analyzer)));
  }
  return {
    source: '../shared/data/semeval-2022-task8/training_set.csv (original pairs)',
    pairs: data.pairs.length,
    documents: data.documents.length,
    sameStory: data.pairs.filter((p) => p.overall <= SAME_STORY_MAX).length,
    different: data.pairs.filter((p) => p.overall >= DIFFERENT_MIN).length,
    rows,
  };
}
