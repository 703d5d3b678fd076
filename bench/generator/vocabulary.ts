import { hash32, Rng, ZipfSampler } from './random.js';
import type { GenLang, LanguageKit } from './types.js';

/**
 * The content vocabulary: `size` concepts drawn by Zipf's law, each written in every language as
 * a synthetic word-like stem with that language's endings (`-ning`, `-tion`, `-ness`…), which the
 * real stemmers then treat as they would real words. A share of concepts are cognates: one root
 * in all languages, with language endings (as `opposition`/`oppositionen`), so character n-grams
 * carry some cross-language signal, as they do between real Swedish, French and English.
 */
export interface Vocabulary {
  readonly size: number;
  word(concept: number, lang: GenLang): string;
  /** A concept by Zipf rank. */
  draw(rng: Rng): number;
}

const COGNATE_SHARE = 0.3;
export const ZIPF_EXPONENT = 1.05;

function syllables(rng: Rng, kit: LanguageKit, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += rng.pick(kit.wordShape.onsets) + rng.pick(kit.wordShape.nuclei);
    if (rng.chance(0.25)) out += rng.pick(kit.wordShape.codas);
  }
  return out;
}

export function buildVocabulary(seed: number, kits: ReadonlyMap<GenLang, LanguageKit>, size = 20_000): Vocabulary {
  const english = kits.get('en');
  // Words are made on first use: a small corpus touches a small part of the vocabulary.
  const cache = new Map<GenLang, (string | undefined)[]>();
  const make = (concept: number, lang: GenLang, kit: LanguageKit): string => {
    const rootRng = new Rng(hash32(seed, concept));
    const cognate = rootRng.chance(COGNATE_SHARE);
    const own = new Rng(hash32(hash32(seed, concept), lang.charCodeAt(0) * 31 + lang.charCodeAt(1)));
    // Frequent concepts get short words, as frequent words are (Zipf's law of abbreviation).
    const length = concept < 300 ? 1 : concept < 5000 ? (own.chance(0.35) ? 1 : 2) : 2;
    const root = cognate ? syllables(rootRng, english ?? kit, length) : syllables(own, kit, length);
    return root + own.pick(kit.wordShape.endings);
  };
  const zipf = new ZipfSampler(size, ZIPF_EXPONENT);
  return {
    size,
    word(concept, lang) {
      const kit = kits.get(lang);
      if (kit === undefined || concept < 0 || concept >= size) throw new RangeError(`no word for concept ${concept} in ${lang}`);
      let list = cache.get(lang);
      if (list === undefined) cache.set(lang, (list = []));
      return (list[concept] ??= make(concept, lang, kit));
    },
    draw: (rng) => zipf.draw(rng),
  };
}
