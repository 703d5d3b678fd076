/**
 * Cyrillic → Latin transliteration (a simple BGN/PCGN-like table for Russian and Kazakh letters),
 * so that `Алматы` and `Almaty` meet as entity keys. Script data, not language data: it applies to
 * every profile, which is why it lives in `text/` and not in a language folder.
 */
const CYRILLIC = new Map<string, string>([
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['е', 'e'], ['ё', 'e'], ['ж', 'zh'],
  ['з', 'z'], ['и', 'i'], ['й', 'y'], ['к', 'k'], ['л', 'l'], ['м', 'm'], ['н', 'n'], ['о', 'o'],
  ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'], ['х', 'kh'], ['ц', 'ts'],
  ['ч', 'ch'], ['ш', 'sh'], ['щ', 'shch'], ['ъ', ''], ['ы', 'y'], ['ь', ''], ['э', 'e'], ['ю', 'yu'],
  ['я', 'ya'], ['і', 'i'], ['ї', 'yi'], ['є', 'ye'], ['ґ', 'g'], ['ә', 'a'], ['ғ', 'g'], ['қ', 'k'],
  ['ң', 'n'], ['ө', 'o'], ['ұ', 'u'], ['ү', 'u'], ['һ', 'h'],
]);

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Transliterates the Cyrillic letters of a lower-case string; other characters pass unchanged. */
export function transliterate(lower: string): string {
  if (!CYRILLIC_LETTER.test(lower)) return lower;
  let out = '';
  for (const ch of lower) out += CYRILLIC.get(ch) ?? ch;
  return out;
}
