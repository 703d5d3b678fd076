import type { LanguageProfile } from '../languages/types.js';
import { countWords, hasNumber } from './charClass.js';
import { phrasePattern, phraseRegExp, wordTest, type WordPattern } from './patterns.js';

/**
 * Page furniture removal (share buttons, subscription notices, "related stories" trailers, site
 * footers) so that it cannot dominate a document's features. Line based, in three rules:
 * 1. a trailer heading (`Related Stories`, `À lire aussi`) in the second half of the page ends
 *    the article: it and everything after it go;
 * 2. a short line (≤ 12 words) with a furniture cue, or a paragraph (≤ 60 words) with a
 *    subscription/cookie cue, goes; so do file-download lines (`report.pdf`);
 * 3. very short lines (≤ 3 words) without a digit go (menu items, section names), because
 *    they carry no sentence; lines with digits stay (they may be datelines), and so does the
 *    first line (it may be the headline).
 * If less than a fifth of the words would be left, the text is kept whole instead.
 */
export interface BoilerplateResult {
  text: string;
  removedLines: number;
}

const SHORT_LINE_WORDS = 12;
const PARAGRAPH_WORDS = 60;
const TRAILER_LINE_WORDS = 6;
const MIN_KEPT_SHARE = 0.2;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png)(?![\p{L}\p{N}])/iu;

interface CueSet {
  short: WordPattern;
  paragraph: WordPattern;
  trailer: RegExp;
}

const cueCache = new WeakMap<LanguageProfile, CueSet>();

function cuesFor(profile: LanguageProfile): CueSet {
  let cues = cueCache.get(profile);
  if (cues === undefined) {
    cues = {
      short: phrasePattern(profile.boilerplateCues),
      paragraph: phrasePattern(profile.boilerplateParagraphCues),
      trailer: new RegExp(`^[\\s\\p{P}]*${phraseRegExp(profile.trailerCues).source}[\\s\\p{P}]*$`, 'iu'),
    };
    cueCache.set(profile, cues);
  }
  return cues;
}

/** The profile's short-line furniture cues (`share`, `published`, `publié le`…) as one cached regex. */
export function furnitureCue(profile: LanguageProfile): RegExp {
  return cuesFor(profile).short.regex;
}

export function stripBoilerplate(text: string, profile: LanguageProfile): BoilerplateResult {
  const lines = text.split('\n');
  const cues = cuesFor(profile);
  const counts = lines.map(countWords);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const end = trailerStart(lines, counts, cues, total);
  const first = counts.findIndex((n) => n > 0);
  const keptIndices = [];
  for (let i = 0; i < end; i++) if (!isFurniture(lines[i] ?? '', counts[i] ?? 0, cues, i === first)) keptIndices.push(i);
  const keptWords = keptIndices.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
  if (total === 0 || keptWords < MIN_KEPT_SHARE * total) return { text, removedLines: 0 };
  const kept = keptIndices.map((i) => lines[i] ?? '');
  const nonEmpty = (l: string) => l.trim().length > 0;
  return { text: kept.join('\n'), removedLines: lines.filter(nonEmpty).length - kept.filter(nonEmpty).length };
}

/** Index of the first trailer heading in the second half of the page (by words), or lines.length. */
function trailerStart(lines: readonly string[], counts: readonly number[], cues: CueSet, total: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const words = counts[i] ?? 0;
    if (seen >= total / 2 && words > 0 && words <= TRAILER_LINE_WORDS && cues.trailer.test((lines[i] ?? '').trim())) return i;
    seen += words;
  }
  return lines.length;
}

function isFurniture(line: string, words: number, cues: CueSet, isFirstLine: boolean): boolean {
  if (words === 0) return false;
  if (words <= SHORT_LINE_WORDS && (wordTest(cues.short, line) || FILE_NAME.test(line))) return true;
  if (words <= PARAGRAPH_WORDS && wordTest(cues.paragraph, line)) return true;
  return !isFirstLine && words <= 3 && !hasNumber(line);
}
