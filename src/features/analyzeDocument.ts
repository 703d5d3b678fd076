import { detectLanguage } from '../languages/detect.js';
import { getLanguage, neutral } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';
import { stripBoilerplate } from '../text/boilerplate.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { DateMention, NumberMention } from '../types.js';
import { extractDates } from './dates.js';
import { extractEntities, type RawEntity } from './entities.js';
import { estimateEventDate } from './eventDate.js';
import { extractNumbers } from './numbers.js';
import { sumGroupedNgrams, type NgramCounts } from './ngrams.js';
import { regionKey, regionNames } from './regions.js';
import { TermCache, type StemCounts, type TokenTally } from './termCache.js';

/** A validated document, ready for analysis. */
export interface PreparedDocument {
  id: string;
  text: string;
  title?: string;
  lang?: string;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
}

/** Everything one document yields on its own, before any collection statistics. */
export interface DocumentAnalysis {
  id: string;
  lang: string;
  langSource: 'given' | 'detected' | 'fallback';
  title: string;
  publishedAt: string | null;
  /** Stem → count (stems of this document's language). */
  words: Map<string, number>;
  /** Stem → the first surface word met, for display. */
  wordSurface: Map<string, string>;
  /** Hashed character n-grams of the content words. */
  ngrams: NgramCounts;
  entities: RawEntity[];
  dates: DateMention[];
  eventDate: string | null;
  numbers: NumberMention[];
  note?: string;
}

export interface AnalysisContext {
  languages: ReadonlyMap<string, LanguageProfile>;
  referenceDate: string;
  /** Memo of token terms shared by the documents of one run (a fresh one when absent). */
  cache?: TermCache;
}

/** Text past this many characters is not analysed: no news article is that long. */
export const MAX_ANALYSED_CHARS = 1_000_000;

export function analyzeDocument(doc: PreparedDocument, context: AnalysisContext): DocumentAnalysis {
  const { analysis, stems } = analyzeWithStems(doc, context);
  for (let k = 0; k < stems.stems.length; k++) {
    const { stem } = stems.stems[k] as StemCounts['stems'][number];
    analysis.words.set(stem, stems.counts[k] as number);
    analysis.wordSurface.set(stem, stems.forms[k] as string);
  }
  return analysis;
}

/**
 * `analyzeDocument` with the words left as the term cache's stems (`words` and `wordSurface` are
 * empty, fresh maps): the form a worker packs straight away, without building the maps only to
 * read them back (features/packedAnalyses.ts, `ChunkWriter.addStems`).
 */
export function analyzeWithStems(doc: PreparedDocument, context: AnalysisContext): { analysis: DocumentAnalysis; stems: StemCounts } {
  let text = normalizeText(doc.text.length > MAX_ANALYSED_CHARS ? doc.text.slice(0, MAX_ANALYSED_CHARS) : doc.text);
  const title = doc.title === undefined ? '' : normalizeText(doc.title.length > MAX_ANALYSED_CHARS ? doc.title.slice(0, MAX_ANALYSED_CHARS) : doc.title).trim();
  if (title.length > 0 && !text.includes(title)) text = `${title}\n\n${text}`;
  const { profile, source } = chooseProfile(doc, text, context.languages);
  const clean = stripBoilerplate(text, profile).text;
  const tokens = tokenize(clean);
  const { stems, ngrams, tally } = countTerms(tokens, profile, context.cache ?? new TermCache());
  const dates = extractDates(clean, profile, { publishedAt: doc.publishedAt, referenceDate: context.referenceDate });
  const analysis: DocumentAnalysis = {
    id: doc.id,
    lang: profile.code,
    langSource: source,
    title: title.length > 0 ? title : firstLine(clean),
    publishedAt: doc.publishedAt,
    words: new Map(),
    wordSurface: new Map(),
    ngrams,
    entities: withRegionKeys(extractEntities(tokens, clean, profile, tally), profile),
    dates: dates.mentions,
    eventDate: estimateEventDate(dates.mentions, doc.publishedAt),
    numbers: extractNumbers(clean, dates.spans),
  };
  if (tokens.length === 0) analysis.note = 'no words in the text: nothing to compare, kept as its own cluster';
  else if (doc.text.length > MAX_ANALYSED_CHARS || (doc.title?.length ?? 0) > MAX_ANALYSED_CHARS) analysis.note = `only the first ${MAX_ANALYSED_CHARS} characters were analysed`;
  return { analysis, stems };
}

function chooseProfile(doc: PreparedDocument, text: string, languages: ReadonlyMap<string, LanguageProfile>): { profile: LanguageProfile; source: DocumentAnalysis['langSource'] } {
  if (doc.lang !== undefined) {
    const given = getLanguage(doc.lang, languages);
    return given === undefined ? { profile: neutral, source: 'fallback' } : { profile: given, source: 'given' };
  }
  const guess = detectLanguage(text, languages.values());
  const detected = guess.code === 'und' ? undefined : getLanguage(guess.code, languages);
  return detected === undefined ? { profile: neutral, source: 'fallback' } : { profile: detected, source: 'detected' };
}

function countTerms(tokens: readonly Token[], profile: LanguageProfile, cache: TermCache): { stems: StemCounts; ngrams: NgramCounts; tally: TokenTally } {
  // Distinct tokens are counted first: text repeats its words, and each is then looked up once
  // (for its terms here, for its spelling by entity extraction).
  const tally = cache.tally(tokens, profile);
  return { stems: cache.stems(tally), ngrams: sumGroupedNgrams(tally.terms, tally.counts, cache.ngramScratch), tally };
}

/** Country names become one key across languages (`Marocko` → `morocco`). */
function withRegionKeys(entities: RawEntity[], profile: LanguageProfile): RawEntity[] {
  const names = regionNames(profile);
  return entities.map((entity) => {
    const key = regionKey(entity.tokens, names);
    return key === undefined ? entity : { ...entity, tokens: key.split(' ') };
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
