import { fi } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: fi,
  stems: [
    ['hallituks', ['hallituksen', 'hallitukselle', 'hallituksessa']],
    ['tulv', ['tulva', 'tulvan', 'tulvat', 'tulvia']],
    ['vero', ['vero', 'veroja', 'verot']],
    ['minister', ['ministeri', 'ministerin']],
    ['poliis', ['poliisin', 'poliisit']],
  ],
  stopwords: [
    [
      'Poliisin mukaan kaksi ihmistä loukkaantui vakavasti moottoritiellä sattuneessa onnettomuudessa.',
      ['poliisin', 'ihmistä', 'loukkaantui', 'vakavasti', 'moottoritiellä', 'sattuneessa', 'onnettomuudessa'],
    ],
    ['Pormestari kertoi, että koulu avataan uudelleen kesän jälkeen.', ['pormestari', 'koulu', 'avataan', 'kesän']],
  ],
  dates: [
    { name: 'with year', text: 'Oikeudenkäynti alkaa 22. helmikuuta 2027 Helsingin käräjäoikeudessa.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'Mielenosoitus järjestettiin 14. maaliskuuta eduskuntatalon edessä.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'Lauantaina 14. maaliskuuta monet kaupat pysyivät kiinni.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'month and year in the inessive', text: 'Laki tuli voimaan tammikuussa 2025.', publishedAt: null, values: ['2025-01'], explicitYear: true, weekday: false },
  ],
});
