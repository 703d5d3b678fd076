import { no } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: no,
  stems: [
    ['regjering', ['regjeringen', 'regjeringa', 'regjeringens']],
    ['flomm', ['flommen', 'flommene']],
    ['evakuer', ['evakuert', 'evakuerte']],
    ['ordfører', ['ordføreren', 'ordførere']],
    ['politi', ['politiet', 'politi']],
  ],
  stopwords: [
    ['Ifølge politiet ble to personer alvorlig skadet i ulykken på motorveien.', ['politiet', 'personer', 'alvorlig', 'skadet', 'ulykken', 'motorveien']],
    ['Ordføreren sier at skolen skal åpne igjen etter sommeren.', ['ordføreren', 'skolen', 'åpne', 'sommeren']],
  ],
  dates: [
    { name: 'with year', text: 'Rettssaken starter 22. februar 2027 i Oslo tingrett.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'Demonstrasjonen fant sted 14. mars utenfor Stortinget.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'Lørdag 14. mars holdt mange butikker stengt.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'two days', text: 'Toppmøtet holdes den 9. og 10. juni 2025 i Bergen.', publishedAt: null, values: ['2025-06-09', '2025-06-10'], explicitYear: true, weekday: false },
  ],
});
