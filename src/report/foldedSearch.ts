import { fold } from '../text/fold.js';

/** A text folded for case- and diacritic-insensitive search, with the way back to the original. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the offset in the original text of folded character i; one extra entry at the end. */
  origin: number[];
}

/** Folds character by character (`É` → `e`, `ß` → `ss`), keeping each folded character's origin. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(offset);
    folded += f;
    offset += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A match of a whole word or phrase: no letter or digit right before or after it. */
function atWordEdges(folded: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(folded.charAt(start - 1)) && !WORD_CHAR.test(folded.charAt(end));
}

/**
 * Every whole-word occurrence of `term` in `text`, case- and diacritic-insensitively, as
 * `[start, end)` offsets in the original text.
 */
export function findFolded(text: FoldedText, term: string): [number, number][] {
  const needle = fold(term).trim();
  const spans: [number, number][] = [];
  if (needle.length === 0) return spans;
  for (let at = text.folded.indexOf(needle); at !== -1; at = text.folded.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!atWordEdges(text.folded, at, end)) continue;
    const originEnd = text.origin[end] ?? text.origin[text.origin.length - 1] ?? 0;
    spans.push([text.origin[at] ?? 0, originEnd]);
  }
  return spans;
}
