/**
 * The article inside a page: its headline and where its text begins. Real pages open with
 * navigation and site lines (`Gå direkt till innehåll`, `Accueil Actu`, `Bay of Plenty Times`,
 * `Anslut dig till vårt nätverk!`) before the headline. What tells a headline from them, in any
 * language and without a list of sites: the story repeats the headline's words, while a menu's or
 * a site's words do not come back. So the headline is the first of the page's first lines whose
 * content words mostly recur in the text after it; the short, dateless lines above it are page
 * furniture and leave the text. A line with a digit stays wherever it is: it may be a dateline
 * (`Sunday, April 18`), unless it is a list item (`- Other story - 21.11.2024`). When no line passes, the first line longer than a menu item starts the
 * story, and the search stops at the first paragraph-long line: body text has begun.
 */
import type { LanguageProfile } from '../languages/types.js';
import { furnitureCue } from './boilerplate.js';
import { countWords, hasNumber } from './charClass.js';
import { fold } from './fold.js';
import { tokenize } from './tokenize.js';

export interface Article {
  /** The headline: the line found as described above, else the page's first line; '' when empty. */
  title: string;
  /** The text from the headline on, with the furniture lines above it left out. */
  body: string;
}

/** Lines looked at for the headline. */
const HEAD_LINES = 12;
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 30;
/** Share of a headline's content words found again in the text after it. */
const MIN_RECURRENCE = 0.5;
const MIN_RECURRING_WORDS = 2;
/** A line above the headline this short is furniture; a longer one may be a kicker or a headline the test missed, and stays. */
const MAX_FURNITURE_WORDS = 6;
/** Longer than this, a line is a sentence: the first one starts the story when no headline is found. */
const MIN_SENTENCE_WORDS = 8;
/** A line opening with a dash or bullet is a quote or a list item (`– Jag vet inte …`), not a headline. */
const DASHED = /^\s*[-–—•·*]/u;
/** Content words compare by their first letters (folded): `fängslade` meets `fängslades`, `Kazakhstan` `kazakstanska`. */
const KEY_LETTERS = 5;
const MIN_WORD_LETTERS = 4;

/** Text after the head lines read for recurring words: a story repeats its headline early. */
const LOOKAHEAD_CHARS = 4000;

export function findArticle(text: string, profile: LanguageProfile): Article {
  const lines = text.split('\n');
  const firstLine = lines.findIndex((l) => l.trim().length > 0);
  if (firstLine === -1) return { title: '', body: text };
  const title = headlineLine(lines, firstLine, profile);
  const body = lines.filter((line, i) => i >= title || !isFurnitureAbove(line)).join('\n');
  return { title: (lines[title] ?? '').trim(), body };
}

/** The headline's line index (see the top of this file). One pass of the tokeniser over the page's head. */
function headlineLine(lines: readonly string[], firstLine: number, profile: LanguageProfile): number {
  const heads = headLines(lines, firstLine);
  const keys = lineKeys(lines, heads, profile);
  // Occurrences of each key in the lines after the one being tested: all lines first, then
  // each tested line's own keys taken out as the test moves down.
  const after = new Map<string, number>();
  for (const line of keys) for (const key of line) after.set(key, (after.get(key) ?? 0) + 1);
  const cue = furnitureCue(profile);
  let firstSentence: number | undefined;
  for (let k = 0; k < heads.length; k++) {
    const own = keys[k] as string[];
    for (const key of own) after.set(key, (after.get(key) ?? 0) - 1);
    const line = lines[heads[k] as number] as string;
    if (DASHED.test(line)) continue;
    const words = countWords(line);
    if (words > MIN_SENTENCE_WORDS) firstSentence ??= heads[k];
    // A paragraph means the story has begun: a headline comes before it, or the page has none.
    if (words > MAX_TITLE_WORDS) break;
    if (words < MIN_TITLE_WORDS || cue.test(line)) continue;
    const distinct = new Set(own);
    let recurring = 0;
    for (const key of distinct) if ((after.get(key) ?? 0) > 0) recurring += 1;
    if (recurring >= MIN_RECURRING_WORDS && recurring >= MIN_RECURRENCE * distinct.size) return heads[k] as number;
  }
  // No line passes for a headline: the first sentence-long line starts the story (short lines
  // before it are bylines, captions and menus); failing that, the first line.
  return firstSentence ?? firstLine;
}

/** Indices of the first HEAD_LINES non-empty lines. */
function headLines(lines: readonly string[], firstLine: number): number[] {
  const heads: number[] = [];
  for (let i = firstLine; i < lines.length && heads.length < HEAD_LINES; i++) if ((lines[i] as string).trim().length > 0) heads.push(i);
  return heads;
}

/** Content keys of each head line (in `heads` order), then of the lookahead text after them as one last entry. */
function lineKeys(lines: readonly string[], heads: readonly number[], profile: LanguageProfile): string[][] {
  const last = heads[heads.length - 1] as number;
  const keys = heads.map((i) => contentKeys(lines[i] as string, profile));
  keys.push(contentKeys(lines.slice(last + 1).join('\n').slice(0, LOOKAHEAD_CHARS), profile));
  return keys;
}

/** Above the headline: a short dateless line, or a list item (other stories, however dated). */
function isFurnitureAbove(line: string): boolean {
  return DASHED.test(line) || (countWords(line) <= MAX_FURNITURE_WORDS && !hasNumber(line));
}

function contentKeys(text: string, profile: LanguageProfile): string[] {
  const keys: string[] = [];
  for (const token of tokenize(text)) {
    if (token.hasDigit || token.text.length < MIN_WORD_LETTERS || profile.stopwords.has(token.text.toLowerCase())) continue;
    keys.push(fold(token.text).slice(0, KEY_LETTERS));
  }
  return keys;
}
