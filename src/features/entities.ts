import { ClusteringError } from '../errors.js';
import type { LanguageProfile } from '../languages/types.js';
import { classOf, codePointAt, TITLE, UPPER } from '../text/charClass.js';
import { fold } from '../text/fold.js';
import { distinctTokens, type Token } from '../text/tokenize.js';
import { regionKey, regionNames } from './regions.js';

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

/** What entity extraction needs of a spelling: it depends on the spelling and profile alone. */
export interface Spelling {
  /** Without elision or possessive (`d'Amnesty` → `Amnesty`). */
  name: string;
  lowerName: string;
  /** The spelling in lower case. */
  lower: string;
  /** The name starts with an upper- or title-case letter. */
  capitalised: boolean;
}

export function spellingOf(token: string, profile: LanguageProfile): Spelling {
  const lower = token.toLowerCase();
  const name = nameForm(token, lower, profile);
  return { name, lowerName: name === token ? lower : name.toLowerCase(), lower, capitalised: isCapitalised(name) };
}

/**
 * The spellings of a document's tokens: `spellings`, one per distinct spelling (`spellingOf`),
 * and `slotOf[i]`, the index there of token i's. The term cache's tally makes it as it counts
 * the tokens, from spellings it keeps across documents (storage/termCache.ts).
 */
export interface TokenSpellings {
  slotOf: readonly number[];
  spellings: readonly Spelling[];
}

/** `TokenSpellings` worked out from scratch. */
function spellingsOf(tokens: readonly Token[], profile: LanguageProfile): TokenSpellings {
  const { spellings, slotOf } = distinctTokens(tokens);
  return { slotOf, spellings: spellings.map((token) => spellingOf(token, profile)) };
}

/**
 * `spellings`, the tokens' spellings when the caller has them (the analysis gets them from its
 * tally; they must be those of these tokens and this profile): without it, each distinct spelling
 * is worked out here.
 */
export function extractEntities(tokens: readonly Token[], text: string, profile: LanguageProfile, spellings: TokenSpellings = spellingsOf(tokens, profile)): RawEntity[] {
  if (spellings.slotOf.length !== tokens.length) throw new ClusteringError('INVALID_INPUT', `extractEntities was given spellings for ${spellings.slotOf.length} tokens with ${tokens.length} tokens: they must be made from these tokens`);
  // Each rule below asks for a token's name form, lower cases and capitalisation again and again:
  // they depend on the spelling alone, and a text repeats its words (about 2.3 occurrences per
  // distinct token in news), so they are read per distinct spelling, through slotOf.
  const lowerSeen = new Set<string>();
  for (const spelling of spellings.spellings) if (!spelling.capitalised) lowerSeen.add(spelling.lowerName);
  const capitalisedInside = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const spelling = spellings.spellings[spellings.slotOf[i] as number] as Spelling;
    if (spelling.capitalised && !(tokens[i] as Token).sentenceStart) capitalisedInside.add(spelling.lowerName);
  }
  const context: RunContext = { tokens, slotOf: spellings.slotOf, spellings: spellings.spellings, text, profile, lowerSeen, capitalisedInside, calendar: calendarWords(profile) };
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
  slotOf: readonly number[];
  spellings: readonly Spelling[];
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

/** Token i's spelling (i within the tokens). */
function spellingAt(ctx: RunContext, i: number): Spelling {
  return ctx.spellings[ctx.slotOf[i] as number] as Spelling;
}

function isNameToken(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || t.hasDigit) return false;
  const spelling = spellingAt(ctx, i);
  return spelling.capitalised && !ctx.calendar.has(spelling.lowerName);
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
  return i < ctx.tokens.length && ctx.profile.nameConnectors.has(spellingAt(ctx, i).lower);
}

function isWeak(ctx: RunContext, i: number): boolean {
  const lower = spellingAt(ctx, i).lowerName;
  if (ctx.profile.stopwords.has(lower) || isConnector(ctx, i)) return true;
  // A sentence-initial word also written in lower case elsewhere is an ordinary word.
  return ctx.tokens[i]?.sentenceStart === true && ctx.lowerSeen.has(lower);
}

function runEntities(ctx: RunContext, start: number, end: number): RawEntity[] {
  // A country's name keeps its common words (`New Zealand`, `The Gambia`): it is looked up whole.
  if (end - start > 1 && isRegionName(ctx, start, end)) return [{ tokens: range(start, end).map((i) => fold(spellingAt(ctx, i).name)), surface: ctx.text.slice(ctx.tokens[start]?.index ?? 0, (ctx.tokens[end - 1]?.index ?? 0) + (ctx.tokens[end - 1]?.text.length ?? 0)), kind: 'name' }];
  while (start < end && isWeak(ctx, start)) start++;
  while (end > start && isWeak(ctx, end - 1)) end--;
  if (start >= end) return [];
  const indices: number[] = [];
  for (let i = start; i < end; i++) if (!isConnector(ctx, i)) indices.push(i);
  const first = ctx.tokens[start];
  if (first === undefined) return [];
  const surface = ctx.text.slice(first.index, (ctx.tokens[end - 1]?.index ?? 0) + (ctx.tokens[end - 1]?.text.length ?? 0));
  if (indices.length === 1) return singleEntity(ctx, start, surface);
  const tokens = indices.map((i) => fold(spellingAt(ctx, i).name));
  const parts = indices
    .filter((i) => isPart(ctx, i))
    .map((i): RawEntity => ({ tokens: [fold(spellingAt(ctx, i).name)], surface: spellingAt(ctx, i).name, kind: 'name-part' }));
  return [{ tokens, surface: withoutLeadingElision(surface), kind: 'name' }, ...parts];
}

function singleEntity(ctx: RunContext, i: number, surface: string): RawEntity[] {
  const t = ctx.tokens[i];
  if (t === undefined) return [];
  const { name, lowerName } = spellingAt(ctx, i);
  if (name.length < 2) return [];
  const acronym = t.allCaps && name.length <= ACRONYM_MAX;
  // A lone capitalised word at a sentence start counts only if it is capitalised mid-sentence elsewhere.
  if (!acronym && t.sentenceStart && !ctx.capitalisedInside.has(lowerName)) return [];
  return [{ tokens: [fold(name)], surface: withoutLeadingElision(surface), kind: acronym ? 'acronym' : 'name' }];
}

const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, k) => start + k);

/** Tokens [start, end) spell a country or territory name of the profile's language (features/regions.ts). */
function isRegionName(ctx: RunContext, start: number, end: number): boolean {
  if (!isWeak(ctx, start)) return false; // only a run that would lose its first word needs the lookup
  return regionKey(range(start, end).map((i) => fold(spellingAt(ctx, i).name)), regionNames(ctx.profile)) !== undefined;
}

const LEADING_ELISION = /^\p{Ll}+'/u;

/** The surface without a leading lower-case elision (`d'Amnesty International` → `Amnesty International`). */
function withoutLeadingElision(surface: string): string {
  return surface.includes("'") ? surface.replace(LEADING_ELISION, '') : surface;
}

/** A single name inside a multi-word name, if it is not a common word of the text. */
function isPart(ctx: RunContext, i: number): boolean {
  const lower = spellingAt(ctx, i).lowerName;
  return lower.length >= 3 && !ctx.profile.stopwords.has(lower) && !ctx.lowerSeen.has(lower);
}
