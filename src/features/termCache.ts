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

const NONE: readonly TokenTerms[] = Object.freeze([]);
/** Entries kept before the cache starts over (bounds memory on endless vocabularies). */
const DEFAULT_LIMIT = 500_000;

/** The terms of a token, computed from scratch: word forms minus stop words, stems, n-grams. */
export function tokenTerms(token: string, profile: LanguageProfile): readonly TokenTerms[] {
  const out: TokenTerms[] = [];
  for (const form of wordForms(token, profile)) {
    if (form.length < 2 || profile.stopwords.has(form) || /^\p{N}+$/u.test(form)) continue;
    out.push({ form, stem: profile.stem(form), grams: charNgrams(fold(form)) });
  }
  return out.length === 0 ? NONE : out;
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
    let entries = this.byProfile.get(profile);
    if (entries === undefined) this.byProfile.set(profile, (entries = new Map()));
    let terms = entries.get(token);
    if (terms === undefined) {
      terms = tokenTerms(token, profile);
      if (++this.size > this.limit) {
        this.byProfile.clear();
        this.size = 1;
        this.byProfile.set(profile, (entries = new Map()));
      }
      entries.set(token, terms);
    }
    return terms;
  }
}
