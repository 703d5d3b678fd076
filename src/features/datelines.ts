import type { LanguageProfile } from '../languages/types.js';
import { phraseRegExp } from '../text/patterns.js';
import type { RawDate } from './dateYears.js';

/** A date on one of the first lines of a page, on a short line, is a publication stamp. */
const HEAD_LINES = 3;
const HEAD_LINE_WORDS = 8;
/** `BISHKEK (12 June 2019) –`, `PARIS, 3 mars (AFP)`: a capitalised place before the date. */
const PLACE_DATELINE = /(?:^|\n)[\t ]*\p{Lu}[\p{Lu}\p{M}' -]+(?:\(|,)\s*$/u;
const PREFIX_CHARS = 40;

const cueCache = new WeakMap<LanguageProfile, RegExp>();

function publicationCue(profile: LanguageProfile): RegExp {
  let re = cueCache.get(profile);
  if (re === undefined) {
    re = phraseRegExp(profile.boilerplateCues);
    cueCache.set(profile, re);
  }
  return re;
}

/**
 * Marks the dates that are datelines or publication stamps rather than reported events:
 * dates on a short line among the first lines, after an upper-case place name, or after a
 * "published/updated" cue of the language. Returns the set of those raw dates.
 */
export function detectDatelines(text: string, raws: readonly RawDate[], profile: LanguageProfile): Set<RawDate> {
  const headEnd = headLinesEnd(text);
  const cue = publicationCue(profile);
  const datelines = new Set<RawDate>();
  for (const raw of raws) {
    const lineStart = text.lastIndexOf('\n', raw.index - 1) + 1;
    const lineEndRaw = text.indexOf('\n', raw.index);
    const line = text.slice(lineStart, lineEndRaw === -1 ? text.length : lineEndRaw);
    const prefix = text.slice(Math.max(lineStart, raw.index - PREFIX_CHARS), raw.index);
    const shortHeadLine = raw.index < headEnd && (line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= HEAD_LINE_WORDS;
    if (shortHeadLine || PLACE_DATELINE.test(text.slice(lineStart, raw.index)) || cue.test(prefix)) datelines.add(raw);
  }
  return datelines;
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
