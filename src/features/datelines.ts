import type { LanguageProfile } from '../languages/types.js';
import { furnitureCue } from '../text/boilerplate.js';
import { countWords } from '../text/charClass.js';
import type { RawDate } from './dateYears.js';

/** A date on one of the first lines of a page, on a short line, is a publication stamp. */
const HEAD_LINES = 3;
const HEAD_LINE_WORDS = 8;
/** `BISHKEK (12 June 2019) –`, `PARIS, 3 mars (AFP)`: a capitalised place before the date. */
const PLACE_DATELINE = /(?:^|\n)[\t ]*\p{Lu}[\p{Lu}\p{M}' -]+(?:\(|,)\s*$/u;
const PREFIX_CHARS = 40;
/** A place dateline is a few words: longer line prefixes are not tested (bounds the regex work). */
const PLACE_MAX_CHARS = 200;

/**
 * Marks the dates that are datelines or publication stamps rather than reported events:
 * dates on a short line among the first lines, after an upper-case place name, or after a
 * "published/updated" cue of the language. Returns the set of those raw dates.
 */
export function detectDatelines(text: string, raws: readonly RawDate[], profile: LanguageProfile): Set<RawDate> {
  const headEnd = headLinesEnd(text);
  const cue = furnitureCue(profile); // the same cues mark "published …" stamps
  const datelines = new Set<RawDate>();
  // Line bounds and word counts are looked up, not rescanned per date: a one-line page with
  // thousands of dates would otherwise take time quadratic in its length.
  const breaks = lineBreaks(text);
  const wordsOnLine = new Map<number, number>();
  for (const raw of raws) {
    const [lineStart, lineEnd] = lineAround(breaks, raw.index, text.length);
    const prefix = text.slice(Math.max(lineStart, raw.index - PREFIX_CHARS), raw.index);
    const shortHeadLine = raw.index < headEnd && lineWords(text, lineStart, lineEnd, wordsOnLine) <= HEAD_LINE_WORDS;
    const placePrefix = raw.index - lineStart <= PLACE_MAX_CHARS && PLACE_DATELINE.test(text.slice(lineStart, raw.index));
    if (shortHeadLine || placePrefix || cue.test(prefix)) datelines.add(raw);
  }
  return datelines;
}

function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}

/** [start, end) of the line holding `index`, by binary search over the line-break offsets. */
function lineAround(breaks: readonly number[], index: number, length: number): [number, number] {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? length) < index) lo = mid + 1;
    else hi = mid;
  }
  return [lo === 0 ? 0 : (breaks[lo - 1] ?? -1) + 1, breaks[lo] ?? length];
}

function lineWords(text: string, start: number, end: number, cache: Map<number, number>): number {
  let count = cache.get(start);
  if (count === undefined) {
    count = countWords(text.slice(start, end));
    cache.set(start, count);
  }
  return count;
}

/** Offset where the first HEAD_LINES non-empty lines end. */
function headLinesEnd(text: string): number {
  let seen = 0;
  let position = 0;
  while (position < text.length) {
    const end = text.indexOf('\n', position);
    const stop = end === -1 ? text.length : end;
    if (text.slice(position, stop).trim().length > 0 && ++seen >= HEAD_LINES) return stop;
    position = stop + 1;
  }
  return text.length;
}
