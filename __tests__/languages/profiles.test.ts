import { en, fr, LANGUAGES, sv, wordForms, type LanguageProfile } from '../../src/index.js';

/** Stems of real news words: related forms must meet, and stop words must be known. */
const cases: [LanguageProfile, string[][], string[]][] = [
  [sv, [['demonstranter', 'demonstranterna', 'demonstrant'], ['myndigheter', 'myndigheterna'], ['oppositionspartier', 'oppositionsparti']], ['och', 'att', 'som', 'enligt', 'har']],
  [fr, [['manifestations', 'manifestation'], ['arrêtées', 'arrêté'], ['démocratique', 'démocratiques'], ['libérer', 'libération']], ['les', 'des', 'une', 'selon', 'été']],
  [en, [['arrests', 'arrested', 'arresting'], ['demonstrations', 'demonstration'], ['protesters', 'protester']], ['the', 'of', 'and', 'said', 'during']],
];

describe.each(cases.map(([p, f, s]) => [p.code, p, f, s] as const))('%s profile', (_code, profile, families, stopwords) => {
  test.each(families)('stems %s and its family to one stem', (...family) => {
    const stems = new Set(family.map((w) => profile.stem(w)));
    expect(stems.size).toBe(1);
  });

  test('knows its common function words as stop words', () => {
    for (const word of stopwords) expect(profile.stopwords.has(word)).toBe(true);
  });

  test('stems odd input without throwing', () => {
    for (const odd of ['', 'x', '42', 'ÅÄÖ', '🙂', 'a'.repeat(500)]) expect(typeof profile.stem(odd)).toBe('string');
  });
});

describe('word forms', () => {
  test.each([
    [fr.code, "l'enregistrement", ['enregistrement']],
    [fr.code, "qu'il", ['il']],
    [fr.code, "jusqu'au", ['au']],
    [fr.code, 'non-reconnu', ['non', 'reconnu']],
    [en.code, "Kazakhstan's", ['kazakhstan']],
    [en.code, 'Nur-Sultan', ['nur', 'sultan']],
    [sv.code, 'Nur-Sultan', ['nur', 'sultan']],
  ])('%s: %s → %j', (code, token, forms) => {
    expect(wordForms(token, LANGUAGES.get(code) ?? en)).toEqual(forms);
  });

  test('keeps a French word with an inner apostrophe that is not an elision', () => {
    expect(wordForms("aujourd'hui", fr)).toEqual(["aujourd'hui"]);
  });
});
