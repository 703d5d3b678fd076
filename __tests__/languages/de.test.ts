import { wordForms } from '../../src/index.js';
import { de } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: de,
  stems: [
    ['regier', ['regierung', 'regierungen']],
    ['uberschwemm', ['überschwemmung', 'überschwemmungen']],
    ['verletzt', ['verletzten', 'verletzte', 'verletzt']],
    ['haus', ['häuser', 'haus', 'hauses']],
    ['strass', ['straße', 'straßen']],
  ],
  stopwords: [
    [
      'Nach Angaben der Polizei wurden bei dem Unfall auf der Autobahn zwei Menschen schwer verletzt.',
      ['angaben', 'polizei', 'unfall', 'autobahn', 'auto', 'bahn', 'menschen', 'schwer', 'verletzt'],
    ],
    [
      'Die Feuerwehr war mit mehr als hundert Einsatzkräften vor Ort, teilte ein Sprecher mit.',
      ['feuerwehr', 'hundert', 'einsatzkräften', 'einsatz', 'kräften', 'ort', 'sprecher'],
    ],
  ],
  dates: [
    { name: 'with year', text: 'Der Prozess gegen die drei Angeklagten beginnt am 22. Februar 2027 vor dem Landgericht Köln.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'Die Kundgebung fand am 14. März vor dem Rathaus statt.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'Am Samstag, dem 14. März, blieben viele Geschäfte in der Innenstadt geschlossen.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'range', text: 'Die Messe dauert vom 9. bis 11. Juni 2025.', publishedAt: null, values: ['2025-06-09', '2025-06-11'], explicitYear: true, weekday: false },
  ],
});

describe('German compounds', () => {
  test.each([
    ['Bundesregierung', ['bundesregierung', 'bund', 'regierung']],
    ['Feuerwehrleute', ['feuerwehrleute', 'feuerwehr', 'leute']],
    ['Besatzungsmitglieder', ['besatzungsmitglieder', 'besatzung', 'mitglieder']],
    ['Seefahrtsbehörde', ['seefahrtsbehörde', 'see', 'fahrt', 'behörde']],
    ['Bundesinnenministerium', ['bundesinnenministerium', 'bund', 'ministerium']],
    ['Hauptstadt', ['hauptstadt', 'stadt']],
    ['Präsidentenwahl', ['präsidentenwahl', 'präsident', 'wahl']],
  ])('splits %s into known parts and keeps the whole word', (word, forms) => {
    expect(wordForms(word, de)).toEqual(forms);
  });

  test.each(['Deutschland', 'Hochzeit', 'Sonntag', 'Montag', 'Regierung', 'Unternehmen', 'Umwelt', 'Ausland', 'Armee'])(
    'leaves %s whole: not a compound of known nouns',
    (word) => {
      expect(wordForms(word, de)).toEqual([word.toLowerCase()]);
    },
  );

  test('a compound shares its stem with its head noun', () => {
    const stems = (word: string) => wordForms(word, de).map((form) => de.stem(form));
    expect(stems('Bundesregierungen')).toContain(de.stem('regierung'));
  });

  test('never throws and stays bounded on long or odd words', () => {
    for (const word of ['', 'x', 'ß', 'a'.repeat(200), 'bundes'.repeat(12), '123', '🙂']) expect(Array.isArray(de.splitCompound?.(word))).toBe(true);
  });
});
