/**
 * Adversarial texts for the pattern-running stages: each aims at a pattern (dates, numbers,
 * entities, tokens, boilerplate, datelines) with the shape most likely to make it backtrack or
 * to make a per-match step rescan the text. Shared by the linear-time tests and
 * `bench/regex-timing.ts`.
 */
export const MEGABYTE = 1_000_000;

/** `unit` repeated to exactly `length` characters. */
export function fill(unit: string, length = MEGABYTE): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Deterministic pseudo-random junk over the whole BMP and beyond (lone surrogates included). */
export function unicodeJunk(length = MEGABYTE, seed = 1): string {
  let state = seed >>> 0;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const unit = String.fromCharCode(state >>> 16);
    parts.push(unit);
    size += unit.length;
  }
  return parts.join('').slice(0, length);
}

/** Deterministic capitalised "word" of random letters (no two deletions alike: worst case for fuzzy name matching). */
export function randomWord(length: number, seed = 7): string {
  let state = seed >>> 0;
  let word = 'Q';
  while (word.length < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    word += String.fromCharCode(97 + ((state >>> 16) % 26));
  }
  return word;
}

/** Name → text, about 1 MB each. */
export function adversarialTexts(length = MEGABYTE): [name: string, text: string][] {
  return [
    ['1.1.1.1… (digits and dots)', fill('1.', length)],
    ['12-12-12-… (digits and dashes)', fill('12-', length)],
    ['12/12/12/… (digits and slashes)', fill('12/', length)],
    ['22 22 22 … februari (day numbers before one month)', `${fill('22 ', length - 8)}februari`],
    ['22 februari 22 februari … (a date every 12 characters, one line)', fill('22 februari ', length)],
    ['February 22, 2020, … (dated dates, one line)', fill('February 22, 2020, ', length)],
    ['9 and 9 and … June (day connectors)', `${fill('9 and ', length - 4)}June`],
    ["'a'.repeat(1e6) (one word)", 'a'.repeat(length)],
    ['Abc Abc Abc … (capitalised words)', fill('Abc ', length)],
    ['Amnesty International Almaty … (a run of real names)', fill('Amnesty International Almaty Kazakhstan ', length)],
    ["a'a'a'… (apostrophes)", fill("a'", length)],
    ['a-a-a-… (hyphens)', fill('a-', length)],
    ["l'l'l'…a (French elisions)", `${fill("l'", length - 1)}a`],
    ['\\n × 1e6', '\n'.repeat(length)],
    ['space × 1e6', ' '.repeat(length)],
    ['%+(1%+(1… (percent, plus, brackets, digits)', fill('%+(1', length)],
    ['1 000 1 000 … (thousands separators)', fill('1 000 ', length)],
    ['123.456.789.… (dotted groups)', fill('123.', length)],
    ['2019 2019 … (standalone years)', fill('2019 ', length)],
    ['Monday Monday … (bare weekdays, relative dates)', fill('Monday ', length)],
    ['i dag i dag … (Swedish "today")', fill('i dag ', length)],
    ['PARIS, 22 February 2020 … (datelines on one line)', fill('PARIS, 22 February 2020 ', length)],
    ['AAAA…A (22 February 2020) (a huge upper-case place)', `${'A'.repeat(length - 19)} (22 February 2020)`],
    ['--- … related (a long trailer line)', `x y z\n${'-'.repeat(length - 14)} related`],
    ['prenumeration + a × 1e6 (a "word*" cue)', `prenumeration${'a'.repeat(length - 14)}1`],
    ['random UTF-16 junk', unicodeJunk(length)],
  ];
}
