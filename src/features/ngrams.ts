import { hasNumber } from '../text/charClass.js';

/** Length of the character n-grams. Four letters catch shared roots (`oppo`, `demo`, `krat`). */
export const NGRAM_SIZE = 4;
/**
 * N-grams are hashed into this many buckets (the hashing trick) instead of interned as strings:
 * no vocabulary to look up or grow, and workers hand back small integer arrays. With about
 * 10^5 distinct 4-grams in three languages, collisions touch well under 10% of them, and a
 * collision merely adds a little noise to a weak signal.
 */
export const NGRAM_BUCKETS = 1 << 20;
const MIN_WORD = 4;
const NO_GRAMS: readonly number[] = Object.freeze([]);

/** FNV-1a over the UTF-16 code units of `text[start, end)` (no slice), folded to NGRAM_BUCKETS. */
export function hashGram(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % NGRAM_BUCKETS;
}

/**
 * Hashed character n-grams of a folded content word, padded with `_` at word edges: the
 * cross-language view of a text, where `opposition`/`oppositionen` and
 * `démocratique`/`demokratiska` share grams.
 */
export function charNgrams(foldedWord: string): readonly number[] {
  if (foldedWord.length < MIN_WORD || hasNumber(foldedWord)) return NO_GRAMS;
  const padded = `_${foldedWord}_`;
  const grams: number[] = [];
  for (let i = 0; i + NGRAM_SIZE <= padded.length; i++) grams.push(hashGram(padded, i, i + NGRAM_SIZE));
  return grams;
}

/** A document's n-gram counts: sorted unique bucket ids and their counts. */
export interface NgramCounts {
  ids: Int32Array;
  counts: Int32Array;
}

const RADIX_BITS = 10;
const RADIX_MASK = (1 << RADIX_BITS) - 1;

/**
 * Working arrays of `sumGroupedNgrams`, reused from one document to the next by whoever analyses many
 * (a run's TermCache owns one): four arrays per document, each an ArrayBuffer of its own, were
 * a good share of an analysing thread's garbage.
 */
export class NgramScratch {
  grams = new Int32Array(0);
  counts = new Int32Array(0);
  spareGrams = new Int32Array(0);
  spareCounts = new Int32Array(0);
  readonly offsets = new Int32Array(1 << RADIX_BITS);

  /** Makes room for `total` grams. */
  fit(total: number): void {
    if (this.grams.length >= total) return;
    const size = Math.max(total, 2 * this.grams.length, 1024);
    this.grams = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.spareGrams = new Int32Array(size);
    this.spareCounts = new Int32Array(size);
  }
}

/** What `sumGroupedNgrams` reads of a word: its hashed n-grams. */
type WithGrams = { readonly grams: readonly number[] };

/**
 * A document's n-gram counts from groups of words, each word's grams counted `weights[k]` times
 * for group k (a document's distinct tokens with their terms and counts, as TermCache.tally gives
 * them), without a Map: the (gram, weight) pairs are radix-sorted by gram and runs of one gram
 * summed. A document has thousands of gram occurrences, and a Map entry per gram (or a comparison
 * sort) made this a hot spot. The groups are read in place: no list of gram lists is built first.
 */
export function sumGroupedNgrams(groups: readonly (readonly WithGrams[])[], weights: readonly number[], scratch = new NgramScratch()): NgramCounts {
  let total = 0;
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k] as readonly WithGrams[];
    for (let t = 0; t < group.length; t++) total += (group[t] as WithGrams).grams.length;
  }
  scratch.fit(total);
  const { grams, counts } = scratch;
  for (let k = 0, p = 0; k < groups.length; k++) {
    const group = groups[k] as readonly WithGrams[];
    const weight = weights[k] ?? 0;
    for (let t = 0; t < group.length; t++) {
      const list = (group[t] as WithGrams).grams;
      for (let j = 0; j < list.length; j++, p++) {
        grams[p] = list[j] as number;
        counts[p] = weight;
      }
    }
  }
  return sortAndSum(scratch, total);
}

/** Radix-sorts the scratch's first `total` (gram, count) pairs by gram and sums each gram's counts. */
function sortAndSum(scratch: NgramScratch, total: number): NgramCounts {
  let { grams, counts, spareGrams, spareCounts } = scratch;
  // LSD radix sort by gram, RADIX_BITS per pass over the NGRAM_BUCKETS range: stable, linear.
  const { offsets } = scratch;
  for (let shift = 0; 1 << shift < NGRAM_BUCKETS; shift += RADIX_BITS) {
    offsets.fill(0);
    for (let i = 0; i < total; i++) {
      const bucket = ((grams[i] ?? 0) >>> shift) & RADIX_MASK;
      offsets[bucket] = (offsets[bucket] ?? 0) + 1;
    }
    for (let b = 0, sum = 0; b < offsets.length; b++) {
      const n = offsets[b] ?? 0;
      offsets[b] = sum;
      sum += n;
    }
    for (let i = 0; i < total; i++) {
      const gram = grams[i] ?? 0;
      const bucket = (gram >>> shift) & RADIX_MASK;
      const to = offsets[bucket] ?? 0;
      offsets[bucket] = to + 1;
      spareGrams[to] = gram;
      spareCounts[to] = counts[i] ?? 0;
    }
    const sortedGrams = spareGrams;
    spareGrams = grams;
    grams = sortedGrams;
    const sortedCounts = spareCounts;
    spareCounts = counts;
    counts = sortedCounts;
  }
  // Runs of one gram summed in place (Int32 wrap-around, as Map totals stored in an Int32Array).
  let unique = 0;
  for (let i = 0; i < total; i++) {
    const gram = grams[i] ?? 0;
    if (unique > 0 && grams[unique - 1] === gram) counts[unique - 1] = (counts[unique - 1] ?? 0) + (counts[i] ?? 0);
    else {
      grams[unique] = gram;
      counts[unique++] = counts[i] ?? 0;
    }
  }
  return { ids: grams.slice(0, unique), counts: counts.slice(0, unique) };
}

