import { fold, normalizeText, stripBoilerplate, tokenize, en, sv } from '../../src/index.js';

describe('normalizeText', () => {
  test('unifies apostrophes, quotes, dashes and spaces, and removes invisible characters', () => {
    expect(normalizeText('l’armée «\u00a0Non\u00a0» — 10\u201311 mai\u200b')).toBe("l'armée \" Non \" – 10–11 mai");
  });

  test('composes decomposed accents (NFC) and replaces lone surrogates', () => {
    expect(normalizeText('de\u0301mocratique')).toBe('démocratique');
    expect(normalizeText('a\ud800b')).toBe('a\ufffdb');
  });

  test('is idempotent on real text', () => {
    const text = 'Les autorités kazakhes doivent libérer « immédiatement » les manifestants.\r\nSäger Amnesty’s chef.';
    expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('fold', () => {
  test.each([
    ['Démocratique', 'democratique'],
    ['Wałęsa', 'walesa'],
    ['Ørsted', 'orsted'],
    ['Алматы', 'almaty'],
    ['Straße', 'strasse'],
  ])('%s → %s', (input, output) => {
    expect(fold(input)).toBe(output);
  });
});

describe('tokenize', () => {
  test('keeps non-ASCII words whole and records offsets and sentence starts', () => {
    const tokens = tokenize('Wałęsa sa: arrêtées i Almaty. Nur-Sultan');
    expect(tokens.map((t) => t.text)).toEqual(['Wałęsa', 'sa', 'arrêtées', 'i', 'Almaty', 'Nur-Sultan']);
    expect(tokens[2]?.index).toBe(11);
    expect(tokens.map((t) => t.sentenceStart)).toEqual([true, false, true, false, false, true]);
  });

  test('marks acronyms', () => {
    expect(tokenize('the UN and EPCA').filter((t) => t.allCaps).map((t) => t.text)).toEqual(['UN', 'EPCA']);
  });
});

describe('stripBoilerplate', () => {
  test('drops share lines, subscription notices and a related-stories trailer', () => {
    const page = [
      'Dozens arrested at rally in Minsk',
      'Share this article',
      'Police detained at least 40 people on Saturday as protesters gathered in the centre of Minsk, witnesses said.',
      'The interior ministry confirmed the arrests and said the rally had not been authorised by the city authorities.',
      'Opposition leaders called on supporters to return to the streets next weekend despite the crackdown on dissent.',
      'Related Stories',
      'Storm hits the coast of Portugal and floods the old town',
    ].join('\n');
    const { text } = stripBoilerplate(page, en);
    expect(text).toContain('Police detained at least 40 people');
    expect(text).not.toContain('Share this article');
    expect(text).not.toContain('Portugal');
  });

  test('drops a Swedish subscription paragraph but keeps the article', () => {
    const page = 'Minst 12 döda i skyfall i Göteborg\nDELA MED SIG:\nRäddningstjänsten i Göteborg uppger att minst 12 personer har omkommit efter skyfallet på tisdagen och att flera saknas.\nVi använder din registrering för att skicka nyhetsbrev. Du kan när som helst avsluta prenumerationen.';
    const { text } = stripBoilerplate(page, sv);
    expect(text).toContain('Räddningstjänsten');
    expect(text).not.toContain('DELA');
    expect(text).not.toContain('prenumerationen');
  });

  test('keeps the whole text when nearly everything would go', () => {
    expect(stripBoilerplate('Share\nSubscribe', en).text).toBe('Share\nSubscribe');
  });
});
