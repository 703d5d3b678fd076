import type { LanguageProfile } from '../languages/types.js';
import { fold } from '../text/fold.js';
import { wordForms } from '../text/words.js';
import { charNgrams } from './ngrams.js';

/** What one token contributes to a document's terms: its content word forms, stems and n-grams. */
export interface TokenTerms {
  form: string;
  stem: string;
  /** Hashed n-gram ids. */
  grams: readonly number[];
}

/** A document's distinct tokens, in order of first appearance: their terms and occurrence counts. */
export interface TokenTally {
  terms: (readonly TokenTerms[])[];
  counts: number[];
}

const NONE: readonly TokenTerms[] = Object.freeze([]);
/** Entries kept before the cache starts over (bounds memory on endless vocabularies). */
const DEFAULT_LIMIT = 500_000;

/** The terms of a token, computed from scratch: word forms minus stop words, stems, n-grams. */
export function tokenTerms(token: string, profile: LanguageProfile): readonly TokenTerms[] {
  const out: TokenTerms[] = [];
  for (const form of wordForms(token, profile)) {
    if (form.length < 2 || profile.stopwords.has(form) || isAllDigits(form)) continue;
    out.push({ form, stem: profile.stem(form), grams: charNgrams(fold(form)) });
  }
  return out.length === 0 ? NONE : out;
}

/** `/^\p{N}+$/u` for the common case, the regex itself past ASCII. */
function isAllDigits(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    if (unit > 0x7f) return /^\p{N}+$/u.test(form);
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
  private readonly byProfile = new Map<LanguageProfile, Map<string, readonly TokenTerms[]>>();
  private size = 0;

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  terms(token: string, profile: LanguageProfile): readonly TokenTerms[] {
    return this.lookup(token, this.entries(profile), profile);
  }

  /**
   * Counts a document's tokens, then looks up the terms of each distinct one: a small per-document
   * Map takes the repeats, and only distinct tokens reach the (large, cache-unfriendly) memo.
   */
  tally(tokens: readonly { text: string }[], profile: LanguageProfile): TokenTally {
    const slots = new Map<string, number>();
    const counts: number[] = [];
    for (const { text } of tokens) {
      const slot = slots.get(text);
      if (slot === undefined) {
        slots.set(text, counts.length);
        counts.push(1);
      } else counts[slot] = (counts[slot] ?? 0) + 1;
    }
    const entries = this.entries(profile);
    const terms: (readonly TokenTerms[])[] = [];
    for (const token of slots.keys()) terms.push(this.lookup(token, entries, profile));
    return { terms, counts };
  }

  private entries(profile: LanguageProfile): Map<string, readonly TokenTerms[]> {
    let entries = this.byProfile.get(profile);
    if (entries === undefined) this.byProfile.set(profile, (entries = new Map()));
    return entries;
  }

  private lookup(token: string, entries: Map<string, readonly TokenTerms[]>, profile: LanguageProfile): readonly TokenTerms[] {
    let terms = entries.get(token);
    if (terms === undefined) {
      terms = tokenTerms(token, profile);
      if (++this.size > this.limit) this.startOver();
      entries.set(token, terms);
    }
    return terms;
  }

  /** Empties every profile's memo in place (a tally under way holds one of them). */
  private startOver(): void {
    for (const entries of this.byProfile.values()) entries.clear();
    this.size = 1;
  }
}
