import { compoundNouns, headEndings, linkingElements, modifierOnly } from './compoundWords.js';

const KNOWN: ReadonlySet<string> = new Set(compoundNouns);
const BOUND: ReadonlySet<string> = new Set(modifierOnly);
const MODIFIERS: ReadonlySet<string> = new Set([...compoundNouns, ...modifierOnly]);
/** Parts shorter than this are never split off (`see` and `amt` are the shortest known parts). */
const MIN_PART = 3;
/** Words shorter than two minimal parts cannot be compounds; very long ones are left alone. */
const MIN_WORD = 2 * MIN_PART;
const MAX_WORD = 60;
/** At most this many parts: `Bundes|innen|ministerium`. */
const MAX_PARTS = 3;

/** A known noun, possibly written with a case/number ending (`regierungen` → `regierung`). */
function knownHead(part: string): boolean {
  return headEndings.some((end) => part.length - end.length >= MIN_PART && part.endsWith(end) && KNOWN.has(part.slice(0, part.length - end.length)));
}

/** The dictionary form of a non-final part, its linking element undone; null if unknown. */
function knownModifier(part: string): string | null {
  if (MODIFIERS.has(part)) return part;
  for (const link of linkingElements) {
    const base = part.slice(0, part.length - link.length);
    if (part.endsWith(link) && base.length >= MIN_PART && MODIFIERS.has(base)) return base;
  }
  return null;
}

/**
 * The parts of `word` in dictionary form, or null. The final part must be a known noun (with any
 * case ending, kept as written); earlier parts may carry a linking element, which is undone.
 */
function split(word: string, partsLeft: number, final: boolean): string[] | null {
  if (partsLeft < 2) return null;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const tail = word.slice(cut);
    const last = final ? (knownHead(tail) ? tail : null) : knownModifier(tail);
    if (last === null) continue;
    const front = word.slice(0, cut);
    const first = knownModifier(front);
    const parts = first === null ? split(front, partsLeft - 1, false) : [first];
    if (parts !== null) return [...parts, last];
  }
  return null;
}

/**
 * Hook 2 for German: a compound made only of known news nouns is returned whole and in parts
 * (`bundesregierung` → `bundesregierung`, `bund`, `regierung`), so `Regierung` and
 * `Bundesregierung` share a stem while the compound itself still counts. Anything else is
 * returned unchanged: a word is never cut into an unknown part. Bound first parts (`haupt`,
 * `erd`) allow a split but are not returned (`hauptstadt` → `hauptstadt`, `stadt`).
 */
export function splitCompound(word: string): readonly string[] {
  if (word.length < MIN_WORD || word.length > MAX_WORD || KNOWN.has(word)) return [word];
  const parts = split(word, MAX_PARTS, true);
  return parts === null ? [word] : [word, ...parts.filter((part) => !BOUND.has(part))];
}
