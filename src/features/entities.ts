import type { LanguageProfile } from '../languages/types.js';
import { classOf, codePointAt, TITLE, UPPER } from '../text/charClass.js';
import { fold } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';

/**
 * Named entities without a tagger (none usable exists on npm for these languages): runs of
 * capitalised tokens, joined by the profile's name connectors (`Bureau for Human Rights`),
 * acronyms (`UN`, `EPCA`), and the single names inside a run (`Abliazov` in `Mukhtar Abliazov`).
 * A capitalised word that only ever starts sentences is not taken as a name.
 */
export interface RawEntity {
  /** Folded tokens of the name, connectors left out: `['amnesty', 'international']`. */
  tokens: string[];
  surface: string;
  kind: 'name' | 'acronym' | 'name-part';
}

const MAX_RUN = 6;
const ACRONYM_MAX = 8;

export function extractEntities(tokens: readonly Token[], text: string, profile: LanguageProfile): RawEntity[] {
  // Each token's name form, lower cases and capitalisation, computed once in one pass: the rules
  // below ask for them again and again. They depend on the spelling alone, and a text repeats
  // its words (about 2.3 occurrences per distinct token in news), so each distinct spelling is
  // worked out once (entity extraction 13% faster on the 10k benchmark corpus).
  const names: string[] = [];
  const lowerNames: string[] = [];
  const lowerTokens: string[] = [];
  const capitalised: boolean[] = [];
  const lowerSeen = new Set<string>();
  const capitalisedInside = new Set<string>();
  const seen = new Map<string, number>(); // spelling → its first token's index
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const first = seen.get(t.text);
    if (first === undefined) {
      seen.set(t.text, i);
      const lower = t.text.toLowerCase();
      const name = nameForm(t.text, lower, profile);
      const lowerName = name === t.text ? lower : name.toLowerCase();
      names.push(name);
      lowerNames.push(lowerName);
      lowerTokens.push(lower);
      const isCapital = isCapitalised(name);
      capitalised.push(isCapital);
      if (!isCapital) lowerSeen.add(lowerName);
    } else {
      names.push(names[first] as string);
      lowerNames.push(lowerNames[first] as string);
      lowerTokens.push(lowerTokens[first] as string);
      capitalised.push(capitalised[first] as boolean);
    }
    if (capitalised[i] === true && !t.sentenceStart) capitalisedInside.add(lowerNames[i] as string);
  }
  const context: RunContext = { tokens, names, lowerNames, lowerTokens, capitalised, text, profile, lowerSeen, capitalisedInside, calendar: calendarWords(profile) };
  const entities: RawEntity[] = [];
  for (let i = 0; i < tokens.length; ) {
    const end = runEnd(context, i);
    if (end > i) entities.push(...runEntities(context, i, end));
    i = Math.max(end, i + 1);
  }
  return entities;
}

interface RunContext {
  tokens: readonly Token[];
  names: readonly string[];
  lowerNames: readonly string[];
  lowerTokens: readonly string[];
  capitalised: readonly boolean[];
  text: string;
  profile: LanguageProfile;
  lowerSeen: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
}

const calendars = new WeakMap<LanguageProfile, ReadonlySet<string>>();

/** Month and weekday names of the profile (never names of people or places). */
function calendarWords(profile: LanguageProfile): ReadonlySet<string> {
  let calendar = calendars.get(profile);
  if (calendar === undefined) {
    calendar = new Set([...profile.months.flat(), ...profile.weekdays.flat()]);
    calendars.set(profile, calendar);
  }
  return calendar;
}

/** The token (`lower`: its lower case) without its elision (`d'Amnesty` → `Amnesty`) or possessive (`Kazakhstan's`). */
function nameForm(token: string, lower: string, profile: LanguageProfile): string {
  if (profile.elisions.length === 0 && profile.apostropheSuffixes.length === 0) return token;
  // Loops, not find() with closures: this runs for every distinct token of every document.
  let form = token;
  let elision: string | undefined;
  for (let k = 0; k < profile.elisions.length; k++) {
    const e = profile.elisions[k] as string;
    if (lower.length > e.length && lower.startsWith(e)) {
      elision = e;
      break;
    }
  }
  if (elision !== undefined) form = form.slice(elision.length);
  const formLower = elision === undefined ? lower : form.toLowerCase();
  for (let k = 0; k < profile.apostropheSuffixes.length; k++) {
    const s = profile.apostropheSuffixes[k] as string;
    if (form.length > s.length + 1 && formLower.endsWith(s)) return form.slice(0, -s.length);
  }
  return form;
}

/** `/^[\p{Lu}\p{Lt}]/u`: the first code point is upper- or title-case. */
function isCapitalised(word: string): boolean {
  return word.length > 0 && (classOf(codePointAt(word, 0)) & (UPPER | TITLE)) !== 0;
}

function isNameToken(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && !t.hasDigit && ctx.capitalised[i] === true && !ctx.calendar.has(ctx.lowerNames[i] ?? '');
}

/** Only spaces between tokens i and j (no punctuation, no line break). */
function adjacent(ctx: RunContext, i: number, j: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[j];
  if (a === undefined || b === undefined) return false;
  const start = a.index + a.text.length;
  if (start >= b.index) return false;
  for (let k = start; k < b.index; k++) if (ctx.text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/** End (exclusive) of the run of name tokens starting at i; i itself when none starts there. */
function runEnd(ctx: RunContext, i: number): number {
  if (!isNameToken(ctx, i)) return i;
  let end = i + 1;
  while (end < ctx.tokens.length && end - i < MAX_RUN) {
    if (isNameToken(ctx, end) && adjacent(ctx, end - 1, end)) end++;
    else if (isConnector(ctx, end) && isNameToken(ctx, end + 1) && adjacent(ctx, end - 1, end) && adjacent(ctx, end, end + 1)) end += 2;
    else break;
  }
  return end;
}

function isConnector(ctx: RunContext, i: number): boolean {
  const lower = ctx.lowerTokens[i];
  return lower !== undefined && ctx.profile.nameConnectors.has(lower);
}

function isWeak(ctx: RunContext, i: number): boolean {
  const lower = ctx.lowerNames[i] ?? '';
  if (ctx.profile.stopwords.has(lower) || isConnector(ctx, i)) return true;
  // A sentence-initial word also written in lower case elsewhere is an ordinary word.
  return ctx.tokens[i]?.sentenceStart === true && ctx.lowerSeen.has(lower);
}

function runEntities(ctx: RunContext, start: number, end: number): RawEntity[] {
  while (start < end && isWeak(ctx, start)) start++;
  while (end > start && isWeak(ctx, end - 1)) end--;
  if (start >= end) return [];
  const indices = Array.from({ length: end - start }, (_, k) => start + k).filter((i) => !isConnector(ctx, i));
  const first = ctx.tokens[start];
  if (first === undefined) return [];
  const surface = ctx.text.slice(first.index, (ctx.tokens[end - 1]?.index ?? 0) + (ctx.tokens[end - 1]?.text.length ?? 0));
  if (indices.length === 1) return singleEntity(ctx, start, surface);
  const tokens = indices.map((i) => fold(ctx.names[i] ?? ''));
  const parts = indices
    .filter((i) => isPart(ctx, i))
    .map((i): RawEntity => ({ tokens: [fold(ctx.names[i] ?? '')], surface: ctx.names[i] ?? '', kind: 'name-part' }));
  return [{ tokens, surface: surface.replace(/^\p{Ll}+'/u, ''), kind: 'name' }, ...parts];
}

function singleEntity(ctx: RunContext, i: number, surface: string): RawEntity[] {
  const t = ctx.tokens[i];
  const name = ctx.names[i] ?? '';
  if (t === undefined || name.length < 2) return [];
  const acronym = t.allCaps && name.length <= ACRONYM_MAX;
  // A lone capitalised word at a sentence start counts only if it is capitalised mid-sentence elsewhere.
  if (!acronym && t.sentenceStart && !ctx.capitalisedInside.has(ctx.lowerNames[i] ?? '')) return [];
  return [{ tokens: [fold(name)], surface: surface.replace(/^\p{Ll}+'/u, ''), kind: acronym ? 'acronym' : 'name' }];
}

/** A single name inside a multi-word name, if it is not a common word of the text. */
function isPart(ctx: RunContext, i: number): boolean {
  const lower = ctx.lowerNames[i] ?? '';
  return lower.length >= 3 && !ctx.profile.stopwords.has(lower) && !ctx.lowerSeen.has(lower);
}
