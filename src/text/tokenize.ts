import { classOf, codePointAt, LETTER, MARK, NUMBER, TITLE, UPPER } from './charClass.js';

/**
 * Tokens with offsets. A token is a run of letters, marks and digits, possibly joined by inner
 * apostrophes or hyphens (`aujourd'hui`, `Nur-Sultan`, `l'armée`); what each profile does with
 * those joins is decided later (see `wordForms`). In regex terms a token is
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`; it is scanned by hand,
 * one pass over the code points, because the regex plus four more per token (capitals, digits…)
 * made tokenising the single most expensive step of the analysis. Linear in the text.
 */

/** Characters between two tokens that end a sentence or open a quotation. */
const SENTENCE_BREAKS: ReadonlySet<number> = new Set(Array.from('.!?:;"\n()[]|•·*', (ch) => ch.charCodeAt(0)));
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const STARTS_TOKEN = LETTER | NUMBER;
const IN_TOKEN = LETTER | MARK | NUMBER;

export interface Token {
  /** As written (NFC). */
  text: string;
  index: number;
  /** First character upper-case. */
  capitalised: boolean;
  /** First token of a sentence, line, heading or quotation. */
  sentenceStart: boolean;
  /** Letters only, all upper-case, two or more (`UN`, `EPCA`). */
  allCaps: boolean;
  hasDigit: boolean;
}

/** Hard cap on tokens from one document: beyond this, text adds nothing to the features. */
export const MAX_TOKENS = 200_000;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let breakSeen = false; // a sentence break in the gap since the previous token
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if ((classOf(cp) & STARTS_TOKEN) === 0) {
      if (SENTENCE_BREAKS.has(cp)) breakSeen = true;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const token = tokenAt(text, i, tokens.length === 0 || breakSeen);
    tokens.push(token);
    if (tokens.length >= MAX_TOKENS) break;
    breakSeen = false;
    i += token.text.length;
  }
  return tokens;
}

/**
 * The token starting at `start` (a letter or digit), as long as the regex above would take it,
 * with its flags as the former per-token regexes defined them.
 */
function tokenAt(text: string, start: number, sentenceStart: boolean): Token {
  let uppers = 0; // `\p{Lu}.*\p{Lu}` needs two
  let capsOnly = true; // `^[\p{Lu}\p{M}'-]+$`
  let hasDigit = false; // `\p{N}`
  let i = start;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const flags = classOf(cp);
    if ((flags & IN_TOKEN) !== 0) {
      if ((flags & UPPER) !== 0) uppers++;
      else if ((flags & MARK) === 0) capsOnly = false;
      if ((flags & NUMBER) !== 0) hasDigit = true;
      i += cp > 0xffff ? 2 : 1;
    } else if ((cp === APOSTROPHE || cp === HYPHEN) && i + 1 < text.length && (classOf(codePointAt(text, i + 1)) & STARTS_TOKEN) !== 0) {
      i += 1; // an inner join: allowed in an all-caps token
    } else break;
  }
  return {
    text: text.slice(start, i),
    index: start,
    capitalised: (classOf(codePointAt(text, start)) & (UPPER | TITLE)) !== 0,
    sentenceStart,
    allCaps: i - start >= 2 && capsOnly && uppers >= 2,
    hasDigit,
  };
}

/**
 * A document's distinct token spellings in order of first appearance, with their occurrence
 * counts, and `slotOf[i]`, the index there of token i's spelling: what the term cache looks up
 * once per spelling, and what entity extraction reads its per-spelling facts through.
 */
export interface DistinctTokens {
  spellings: string[];
  counts: number[];
  slotOf: number[];
}

export function distinctTokens(tokens: readonly { text: string }[]): DistinctTokens {
  const slots = new Map<string, number>();
  const spellings: string[] = [];
  const counts: number[] = [];
  const slotOf: number[] = [];
  for (const { text } of tokens) {
    const slot = slots.get(text);
    if (slot === undefined) {
      slotOf.push(spellings.length);
      slots.set(text, spellings.length);
      spellings.push(text);
      counts.push(1);
    } else {
      slotOf.push(slot);
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  return { spellings, counts, slotOf };
}
