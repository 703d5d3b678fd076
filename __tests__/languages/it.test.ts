import { wordForms } from '../../src/index.js';
import { it as italian } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: italian,
  stems: [
    ['govern', ['governo', 'governi']],
    ['alluvion', ['alluvione', 'alluvioni']],
    ['evacu', ['evacuati', 'evacuate', 'evacuazione']],
    ['fer', ['feriti', 'ferita']],
    ['vigil', ['vigili', 'vigile']],
  ],
  stopwords: [
    [
      "Secondo la polizia, due persone sono rimaste gravemente ferite nell'incidente sull'autostrada.",
      ['polizia', 'persone', 'rimaste', 'gravemente', 'ferite', 'incidente', 'autostrada'],
    ],
    [
      "Il sindaco ha detto che l'acqua è scesa e che le scuole riapriranno dopo l'ispezione.",
      ['sindaco', 'acqua', 'scesa', 'scuole', 'riapriranno', 'ispezione'],
    ],
  ],
  dates: [
    { name: 'with year', text: 'Il processo inizierà il 22 febbraio 2027 davanti al tribunale di Milano.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: "La manifestazione si è svolta il 14 marzo davanti a Montecitorio.", publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'Sabato 14 marzo molti negozi sono rimasti chiusi.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'range with an elided connector', text: "La fiera si tiene dal 9 all'11 giugno 2025 a Bologna.", publishedAt: null, values: ['2025-06-09', '2025-06-11'], explicitYear: true, weekday: false },
    { name: 'after an elided article', text: "L'8 marzo 2026 migliaia di donne hanno sfilato a Roma.", publishedAt: null, values: ['2026-03-08'], explicitYear: true, weekday: false },
  ],
});

describe('Italian elisions', () => {
  test.each([
    ["l'isola", ['isola']],
    ["dell'equipaggio", ['equipaggio']],
    ["un'indagine", ['indagine']],
    ["all'ospedale", ['ospedale']],
    ["c'è", ['è']],
    ["Sant'Angelo", ["sant'angelo"]],
  ])('%s → %j', (token, forms) => {
    expect(wordForms(token, italian)).toEqual(forms);
  });
});
