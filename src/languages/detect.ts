import { eld } from 'eld/small';
import { ClusteringError } from '../errors.js';
import { LANGUAGES } from './index.js';
import type { LanguageProfile } from './types.js';

/** Below this many letters no detector is reliable; such texts fall back to the neutral profile. */
const MIN_LETTERS = 12;
/** How much more of its words must be stop words of the winner than of the runner-up. */
const STOPWORD_MARGIN = 0.02;

export interface LanguageGuess {
  /** A code among the candidate profiles, or `und`. */
  code: string;
  /** `eld` (n-gram detector), `stopwords` (stop-word ratio, for languages eld lacks) or `none`. */
  method: 'eld' | 'stopwords' | 'none';
}

/** The languages eld's database knows (ISO 639-1). */
const ELD_LANGUAGES: ReadonlySet<string> = new Set(Object.values((eld.info() as { Languages: Record<string, string> }).Languages));

/** A stop-word ratio this high is a language's own text, whatever the n-gram detector thought. */
const STOPWORD_RATIO_FLOOR = 0.15;
/** A candidate scoring this close to eld's (non-candidate) winner is accepted: sv/no/da are near. */
const NEAR_WINNER = 0.95;

/**
 * Detects which of `profiles` (default: every built-in profile; codes or profiles, to restrict
 * or extend them) a text is written in. The n-gram detector `eld` (small database, its global
 * settings left untouched) decides first; when its winner is not a candidate, the stop-word ratio
 * (for profiles eld does not know) or a near-winning candidate decides; otherwise the text is
 * `und` and goes to the language-neutral profile.
 */
export function detectLanguage(text: string, profiles: Iterable<LanguageProfile | string> = LANGUAGES.values()): LanguageGuess {
  if (typeof text !== 'string') throw new ClusteringError('INVALID_TEXT', `detectLanguage needs a string, got ${text === null ? 'null' : typeof text}`);
  const candidates = [...profiles].map((p, i) => {
    const profile = typeof p === 'string' ? LANGUAGES.get(p.toLowerCase()) : p;
    if (profile === undefined || profile === null || typeof profile !== 'object') throw new ClusteringError('INVALID_OPTION', `unknown language ${JSON.stringify(p)}; built-in: ${[...LANGUAGES.keys()].join(', ')}`, { option: `profiles[${i}]` });
    return profile;
  });
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (countLetters(sample) < MIN_LETTERS || candidates.length === 0) return { code: 'und', method: 'none' };
  const scores = eldScores(sample);
  const top = topOf(scores);
  if (top !== undefined && candidates.some((p) => p.code === top.code)) return { code: top.code, method: 'eld' };
  // The stop-word ratio speaks only for profiles eld cannot name: when eld names a language we
  // have no profile for (Hungarian, Catalan), a near neighbour's stop words must not claim it.
  const byStopwords = bestStopwordCandidate(sample, candidates.filter((p) => !ELD_LANGUAGES.has(p.code)));
  if (byStopwords !== undefined) return { code: byStopwords, method: 'stopwords' };
  const near = candidates
    .map((p) => ({ code: p.code, score: scores.get(p.code) ?? 0 }))
    .filter((c) => top !== undefined && c.score > 0 && c.score >= NEAR_WINNER * top.score)
    .sort((x, y) => y.score - x.score || x.code.localeCompare(y.code))[0];
  return near === undefined ? { code: 'und', method: 'none' } : { code: near.code, method: 'eld' };
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function eldScores(text: string): Map<string, number> {
  try {
    return new Map(Object.entries(eld.detect(text).getScores() as Record<string, number>));
  } catch {
    return new Map();
  }
}

function topOf(scores: ReadonlyMap<string, number>): { code: string; score: number } | undefined {
  let best: { code: string; score: number } | undefined;
  for (const [code, score] of scores) if (best === undefined || score > best.score) best = { code, score };
  return best;
}

function bestStopwordCandidate(text: string, candidates: readonly LanguageProfile[]): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return undefined;
  const ratios = candidates
    .map((profile) => ({ code: profile.code, ratio: words.filter((w) => profile.stopwords.has(w)).length / words.length }))
    .sort((x, y) => y.ratio - x.ratio || x.code.localeCompare(y.code));
  const [first, second] = ratios;
  if (first === undefined || first.ratio < STOPWORD_RATIO_FLOOR) return undefined;
  return second === undefined || first.ratio - second.ratio >= STOPWORD_MARGIN ? first.code : undefined;
}
