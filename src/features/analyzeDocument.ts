import { detectLanguage } from '../languages/detect.js';
import { getLanguage, neutral } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';
import { findArticle } from '../text/article.js';
import { stripBoilerplate } from '../text/boilerplate.js';
import { readPageStamp } from '../text/pageStamp.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { DateMention, NumberMention } from '../types.js';
import { extractDates, type DateExtraction } from './dates.js';
import { eventSpan, type TimeSpan } from './timeSpan.js';
import { extractEntities, type RawEntity } from './entities.js';
import { estimateEventDate } from './eventDate.js';
import { extractNumbers } from './numbers.js';
import { sumGroupedNgrams, type NgramCounts } from './ngrams.js';
import { regionKey, regionNames } from './regions.js';
import { TermCache, type StemCounts, type TokenTally } from '../storage/termCache.js';

/** A validated document, ready for analysis. */
export interface PreparedDocument {
  id: string;
  text: string;
  title?: string;
  lang?: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only the month or year is known; null when not given. */
  publishedAt: string | null;
}

/** Everything one document yields on its own, before any collection statistics. */
export interface DocumentAnalysis {
  id: string;
  lang: string;
  langSource: 'given' | 'detected' | 'fallback';
  title: string;
  /** The publication date given, else the page's own stamp (`date 2023-02`); any ISO precision. */
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
  /** When the event happened, at the precision the text and page allow (see features/timeSpan.ts); null when unknown. */
  eventSpan: TimeSpan | null;
  numbers: NumberMention[];
  /** Tokens of the article's text (how much text there is to compare). */
  tokens: number;
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
 * read them back (storage/packedAnalyses.ts, `ChunkWriter.addStems`).
 */
export function analyzeWithStems(doc: PreparedDocument, context: AnalysisContext): { analysis: DocumentAnalysis; stems: StemCounts } {
  // A crawler's or site's stamp before the article is its publication date, when none is given.
  const page = readPageStamp(normalizeText(doc.text.length > MAX_ANALYSED_CHARS ? doc.text.slice(0, MAX_ANALYSED_CHARS) : doc.text));
  const publishedAt = doc.publishedAt ?? page.stamp;
  let text = page.text;
  const title = doc.title === undefined ? '' : normalizeText(doc.title.length > MAX_ANALYSED_CHARS ? doc.title.slice(0, MAX_ANALYSED_CHARS) : doc.title).trim();
  if (title.length > 0 && !text.includes(title)) text = `${title}\n\n${text}`;
  const { profile, source } = chooseProfile(doc, text, context.languages);
  const article = findArticle(stripBoilerplate(text, profile).text, profile);
  const clean = article.body;
  const tokens = tokenize(clean);
  const { stems, ngrams, tally } = countTerms(tokens, profile, context.cache ?? new TermCache());
  const dates = extractDates(clean, profile, { publishedAt, referenceDate: context.referenceDate });
  const eventDate = estimateEventDate(dates.mentions, publishedAt);
  const analysis: DocumentAnalysis = {
    id: doc.id,
    lang: profile.code,
    langSource: source,
    title: title.length > 0 ? title : shortened(article.title),
    publishedAt,
    words: new Map(),
    wordSurface: new Map(),
    ngrams,
    entities: withRegionKeys(extractEntities(tokens, clean, profile, tally), profile),
    dates: dates.mentions,
    eventDate,
    eventSpan: eventSpan({ eventDate, yearSource: dates.mentions.find((m) => m.value === eventDate)?.yearSource ?? null, published: publishedAt, latestYear: latestYear(dates, context.referenceDate) }),
    numbers: extractNumbers(clean, dates.spans),
    tokens: tokens.length,
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

/** The latest year the text prints, in a full date or alone (`in 2023`), up to the reference date's (not a target year, `by 2030`); null when none. */
function latestYear(dates: DateExtraction, referenceDate: string): number | null {
  const now = Number(referenceDate.slice(0, 4));
  let latest: number | null = null;
  const see = (year: number) => {
    if (year <= now) latest = Math.max(latest ?? 0, year);
  };
  for (const m of dates.mentions) if (m.explicit.year) see(Number(m.value.slice(0, 4)));
  for (const year of dates.years) see(year);
  return latest;
}

function shortened(line: string): string {
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
