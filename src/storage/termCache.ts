import type { LanguageProfile } from '../languages/types.js';
import { fold } from '../text/fold.js';
import { spellingOf, type Spelling, type TokenSpellings } from '../features/entities.js';
import { distinctTokens } from '../text/tokenize.js';
import { wordForms } from '../text/words.js';
import { charNgrams, NgramScratch } from '../features/ngrams.js';

/** What one token contributes to a document's terms: its content word forms, stems and n-grams. */
export interface TokenTerms {
  form: string;
  stem: string;
  /** Hashed n-gram ids. */
  grams: readonly number[];
}

/**
 * A stem as a cache knows it: one object per (language, stem), shared by every token with that
 * stem, with an id unique within its cache (never reused, even after the cache starts over). It
 * lets a document's words be summed without a map of stem strings (see `TermCache.stems`) and
 * lets a sender number its terms without `lang:stem` keys (see packedAnalyses.ts).
 */
export interface Stem {
  readonly stem: string;
  readonly id: number;
  /** Scratch of `TermCache.stems`: the document last summed, and this stem's place in it. */
  seen: number;
  slot: number;
}

/** A token's terms as the cache hands them out: the stem as its shared object (`entry.stem`). */
export interface CachedTerms extends Omit<TokenTerms, 'stem'> {
  entry: Stem;
}

/**
 * What a cache keeps of a token: its terms, and (the record itself) its spelling as entity
 * extraction reads it. One object per token: a second one for the spelling made the memo of 123k
 * tokens 93.8 MB instead of 89.8 MB (77.6 MB without spellings).
 */
interface TokenMemo extends Spelling {
  terms: readonly CachedTerms[];
}

/** A profile's memo: token → what it keeps of it, and stem → its object. */
interface ProfileMemo {
  tokens: Map<string, TokenMemo>;
  stems: Map<string, Stem>;
}

/** A document's words as stems in order of first appearance, with their counts and first spellings. */
export interface StemCounts {
  /** The cache the stems come from (their ids are unique within it only). */
  source: TermCache;
  stems: Stem[];
  counts: number[];
  /** The first spelling met of each stem, for display. */
  forms: string[];
}

/**
 * A document's distinct tokens, in order of first appearance: their terms and occurrence counts;
 * with `slotOf` and `spellings`, the tokens' spellings for entity extraction (`slotOf[i]` is
 * token i's distinct token).
 */
export interface TokenTally extends TokenSpellings {
  terms: (readonly CachedTerms[])[];
  counts: number[];
}

const NONE: readonly CachedTerms[] = Object.freeze([]);
/** Entries kept before the cache starts over (bounds memory on endless vocabularies). */
const DEFAULT_LIMIT = 500_000;

/** The terms of a token, computed from scratch: word forms minus stop words, stems, n-grams. */
export function tokenTerms(token: string, profile: LanguageProfile): readonly TokenTerms[] {
  const out: TokenTerms[] = [];
  for (const form of wordForms(token, profile)) {
    if (form.length < 2 || profile.stopwords.has(form) || isAllDigits(form)) continue;
    out.push({ form, stem: profile.stem(form), grams: charNgrams(fold(form)) });
  }
  return out;
}

const ALL_DIGITS = /^\p{N}+$/u;

/** `/^\p{N}+$/u` for the common case, the regex itself past ASCII. */
function isAllDigits(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    if (unit > 0x7f) return ALL_DIGITS.test(form);
    if (unit < 0x30 || unit > 0x39) return false;
  }
  return form.length > 0;
}

/**
 * A memo of `tokenTerms` for one run: news vocabularies are Zipfian, so most tokens repeat and
 * stemming and folding them again would dominate the analysis. Owned by the caller (one per
 * `clusterDocuments` call or `EventClusterer`), never module-wide.
 */
export class TermCache {
  private readonly byProfile = new Map<LanguageProfile, ProfileMemo>();
  private size = 0;
  /** Past the limit: start over before the next document (never within one, whose stems must stay one object each). */
  private full = false;
  private nextId = 0;
  private documents = 0;
  /** Working arrays for summing each document's n-grams (`sumGroupedNgrams`), reused across the run. */
  readonly ngramScratch = new NgramScratch();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  terms(token: string, profile: LanguageProfile): readonly CachedTerms[] {
    if (this.full) this.startOver();
    return this.lookup(token, this.entries(profile), profile).terms;
  }

  /**
   * A document's words summed by stem, in order of first appearance, from its tally: each stem
   * object marks the document it was last seen in, so no per-document map of stems is built.
   */
  stems(tally: TokenTally): StemCounts {
    const document = ++this.documents;
    const stems: Stem[] = [];
    const counts: number[] = [];
    const forms: string[] = [];
    for (let k = 0; k < tally.terms.length; k++) {
      const n = tally.counts[k] as number;
      const terms = tally.terms[k] as readonly CachedTerms[];
      // Indexed, not for…of: iterating the frozen NONE with the others allocated an iterator per token.
      for (let t = 0; t < terms.length; t++) {
        const { form, entry } = terms[t] as CachedTerms;
        if (entry.seen !== document) {
          entry.seen = document;
          entry.slot = stems.length;
          stems.push(entry);
          counts.push(n);
          forms.push(form); // the first spelling met, for display
        } else counts[entry.slot] = (counts[entry.slot] as number) + n;
      }
    }
    return { source: this, stems, counts, forms };
  }

  /**
   * Counts a document's tokens, then looks up the terms of each distinct one: a small per-document
   * Map takes the repeats, and only distinct tokens reach the (large, cache-unfriendly) memo.
   */
  tally(tokens: readonly { text: string }[], profile: LanguageProfile): TokenTally {
    if (this.full) this.startOver();
    const distinct = distinctTokens(tokens);
    const entries = this.entries(profile);
    const terms: (readonly CachedTerms[])[] = [];
    const spellings: Spelling[] = [];
    for (const token of distinct.spellings) {
      const memo = this.lookup(token, entries, profile);
      terms.push(memo.terms);
      spellings.push(memo);
    }
    return { terms, counts: distinct.counts, slotOf: distinct.slotOf, spellings };
  }

  private entries(profile: LanguageProfile): ProfileMemo {
    let entries = this.byProfile.get(profile);
    if (entries === undefined) this.byProfile.set(profile, (entries = { tokens: new Map(), stems: new Map() }));
    return entries;
  }

  private lookup(token: string, entries: ProfileMemo, profile: LanguageProfile): TokenMemo {
    let memo = entries.tokens.get(token);
    if (memo === undefined) {
      const found = tokenTerms(token, profile);
      const terms = found.length === 0 ? NONE : found.map(({ form, stem, grams }) => ({ form, grams, entry: this.stemEntry(stem, entries.stems) }));
      const { name, lower, lowerName, capitalised } = spellingOf(token, profile);
      memo = { terms, name, lower, lowerName, capitalised };
      if (++this.size > this.limit) this.full = true;
      entries.tokens.set(token, memo);
    }
    return memo;
  }

  private stemEntry(stem: string, stems: Map<string, Stem>): Stem {
    let entry = stems.get(stem);
    if (entry === undefined) stems.set(stem, (entry = { stem, id: this.nextId++, seen: 0, slot: 0 }));
    return entry;
  }

  /** Empties every profile's memo and stems (ids are not reused: a stem met again gets a new one). */
  private startOver(): void {
    for (const entries of this.byProfile.values()) {
      entries.tokens.clear();
      entries.stems.clear();
    }
    this.size = 0;
    this.full = false;
  }
}
