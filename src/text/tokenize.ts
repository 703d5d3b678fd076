/**
 * Tokens with offsets. A token is a run of letters, marks and digits, possibly joined by inner
 * apostrophes or hyphens (`aujourd'hui`, `Nur-Sultan`, `l'armée`); what each profile does with
 * those joins is decided later (see `wordForms`). The pattern is linear: no nested quantifiers
 * over overlapping classes.
 */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/** Characters between two tokens that end a sentence or open a quotation. */
const SENTENCE_BREAK = /[.!?:;"\n()[\]|•·*]/u;

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
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const index = match.index;
    const gap = text.slice(previousEnd, index);
    tokens.push({
      text: word,
      index,
      capitalised: /^\p{Lu}|^\p{Lt}/u.test(word),
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gap),
      allCaps: word.length >= 2 && /^[\p{Lu}\p{M}'-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word),
      hasDigit: /\p{N}/u.test(word),
    });
    previousEnd = index + word.length;
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}
