import levenshtein from 'fast-levenshtein';
import type { Rng } from './random.js';
import type { GenLang, Spelled } from './types.js';

/**
 * Generated proper names with the cross-language spelling variants of real transliterations
 * (Mukhtar / Moukhtar / Muchtar, Ablyazov / Abliazov / Abljazov). A name is a list of pieces;
 * a piece is either literal or a slot written differently per language.
 */
const SLOTS = {
  KH: { en: 'kh', fr: 'kh', sv: 'ch' },
  Y: { en: 'y', fr: 'i', sv: 'j' },
  U: { en: 'u', fr: 'ou', sv: 'u' },
  ZH: { en: 'zh', fr: 'j', sv: 'zh' },
  SH: { en: 'sh', fr: 'ch', sv: 'sh' },
  CH: { en: 'ch', fr: 'tch', sv: 'tj' },
  EV: { en: 'yev', fr: 'iev', sv: 'jev' },
} as const satisfies Record<string, Spelled>;
type Slot = keyof typeof SLOTS;
type Piece = string | Slot;

const isSlot = (p: Piece): p is Slot => Object.hasOwn(SLOTS, p);

/** Variant-bearing first names (Central Asian / Slavic) and plain ones written alike everywhere. */
const FIRST_VARIANT: readonly (readonly Piece[])[] = [
  ['M', 'U', 'KH', 'tar'], ['N', 'U', 'rlan'], ['Ale', 'KH', 'ander'], ['Ser', 'ZH', 'an'], ['Di', 'Y', 'ar'],
  ['Ru', 'SH', 'an'], ['Ti', 'M', 'U', 'r'], ['Y', 'ulia'], ['Na', 'ZH', 'ira'], ['Ba', 'KH', 'tiyar'],
  ['Ai', 'ZH', 'an'], ['Zha', 'nna'], ['Ka', 'SH', 'ira'], ['A', 'SH', 'ot'], ['Il', 'Y', 'as'],
];
const FIRST_PLAIN: readonly string[] = [
  'Anna', 'Erik', 'Pierre', 'Marie', 'Aigerim', 'Olga', 'Dmitri', 'Fatima', 'Jonas', 'Claire', 'Sofia', 'Ahmed',
  'Lena', 'Marco', 'Elena', 'David', 'Ingrid', 'Amadou', 'Lucia', 'Tomas', 'Irina', 'Karim', 'Hanna', 'Nadia',
  'Viktor', 'Camille', 'Lars', 'Aisha', 'Jean', 'Maja', 'Pablo', 'Rania', 'Oskar', 'Leila', 'Hugo', 'Alma',
];

const ONSETS: readonly Piece[] = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'KH', 'SH', 'ZH', 'CH'];
const VOWELS: readonly Piece[] = ['a', 'e', 'i', 'o', 'a', 'o', 'U', 'Ya'];
const LAST_ENDINGS: readonly Piece[] = ['ov', 'ova', 'EV', 'enko', 'ski', 'son', 'berg', 'ier', 'ard', 'yan', 'idze', 'ani', 'ović', 'escu', 'ström'];

function expandPieces(pieces: readonly Piece[]): Piece[] {
  // 'Ya' stands for Y + a: the slot followed by a literal vowel.
  return pieces.flatMap((p) => (p === 'Ya' ? (['Y', 'a'] as Piece[]) : [p]));
}

function write(pieces: readonly Piece[], lang: GenLang): string {
  const text = pieces.map((p) => (isSlot(p) ? SLOTS[p][lang] : p)).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The edit distance the library's name matcher tolerates between two spellings. */
function tolerated(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  return shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
}

/** Spellings per language, or null when two of them are further apart than a reader would accept. */
function spell(pieces: readonly Piece[]): Spelled | null {
  const s = { en: write(pieces, 'en'), fr: write(pieces, 'fr'), sv: write(pieces, 'sv') };
  const forms = [s.en.toLowerCase(), s.fr.toLowerCase(), s.sv.toLowerCase()];
  for (let i = 0; i < 3; i++) {
    for (let j = i + 1; j < 3; j++) if (levenshtein.get(forms[i] ?? '', forms[j] ?? '') > tolerated(forms[i] ?? '', forms[j] ?? '')) return null;
  }
  return s;
}

function literal(pieces: readonly Piece[]): Spelled {
  const text = write(pieces.map((p) => (isSlot(p) ? SLOTS[p].en : p)), 'en');
  return { en: text, fr: text, sv: text };
}

/** A spelled name from pieces, dropping the variants when they would drift too far apart. */
export function spelledFrom(pieces: readonly Piece[]): Spelled {
  return spell(expandPieces(pieces)) ?? literal(expandPieces(pieces));
}

export function firstName(rng: Rng): Spelled {
  if (rng.chance(0.35)) return spelledFrom(rng.pick(FIRST_VARIANT));
  const name = rng.pick(FIRST_PLAIN);
  return { en: name, fr: name, sv: name };
}

/** A surname of 2–3 syllables plus a regional ending: long-tailed, so rarely shared by two events. */
export function lastName(rng: Rng): Spelled {
  const pieces: Piece[] = [];
  const syllables = rng.int(2, 3);
  for (let i = 0; i < syllables; i++) pieces.push(rng.pick(ONSETS), rng.pick(VOWELS));
  pieces.push(rng.pick(LAST_ENDINGS));
  return spelledFrom(pieces);
}

/** A place name: 2–3 syllables, ending like a town (`-abad`, `-ovo`, `-sk`…). */
export function placeName(rng: Rng): Spelled {
  const pieces: Piece[] = [];
  const syllables = rng.int(2, 3);
  for (let i = 0; i < syllables; i++) pieces.push(rng.pick(ONSETS), rng.pick(VOWELS));
  pieces.push(rng.pick(['abad', 'ovo', 'sk', 'grad', 'ville', 'stad', 'pol', 'kent', 'ino', 'ara']));
  return spelledFrom(pieces);
}

/** An organisation acronym (3–4 capitals), written alike in every language. */
export function acronym(rng: Rng): string {
  const letters = 'ABCDEFGHIKLMNOPRSTUVZ';
  let out = '';
  for (let i = rng.int(3, 4); i > 0; i--) out += letters.charAt(rng.int(0, letters.length - 1));
  return out;
}
