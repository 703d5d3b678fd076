import { wordForms } from '../../src/index.js';
import { nl } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: nl,
  stems: [
    ['reger', ['regering', 'regeringen']],
    ['overstrom', ['overstroming', 'overstromingen']],
    ['gewond', ['gewonden', 'gewond']],
    ['burgemeester', ['burgemeester', 'burgemeesters']],
    ['maatregel', ['maatregel', 'maatregelen']],
  ],
  stopwords: [
    ['Volgens de politie raakten bij het ongeluk op de snelweg twee mensen zwaargewond.', ['politie', 'raakten', 'ongeluk', 'snelweg', 'mensen', 'zwaargewond']],
    ['De burgemeester zei dat de school na de zomer weer opengaat.', ['burgemeester', 'school', 'zomer', 'opengaat']],
  ],
  dates: [
    { name: 'with year', text: 'Het proces begint op 22 februari 2027 in de rechtbank van Amsterdam.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'De demonstratie vond plaats op 14 maart op het Malieveld.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'Op zaterdag 14 maart bleven veel winkels dicht.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'two days', text: 'De top wordt op 9 en 10 juni 2025 in Den Haag gehouden.', publishedAt: null, values: ['2025-06-09', '2025-06-10'], explicitYear: true, weekday: false },
  ],
});

test("Dutch 's is removed from names and plurals", () => {
  expect(wordForms("Obama's", nl)).toEqual(['obama']);
  expect(wordForms("auto's", nl)).toEqual(['auto']);
});
