import { da } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: da,
  stems: [
    ['regering', ['regeringen', 'regeringens', 'regeringer']],
    ['oversvøm', ['oversvømmelsen', 'oversvømmelser']],
    ['evaku', ['evakueret', 'evakuerede']],
    ['borgmest', ['borgmesteren', 'borgmester']],
    ['politi', ['politiet', 'politi']],
  ],
  stopwords: [
    ['Ifølge politiet blev to personer alvorligt kvæstet ved ulykken på motorvejen.', ['politiet', 'personer', 'alvorligt', 'kvæstet', 'ulykken', 'motorvejen']],
    ['Borgmesteren siger, at skolen åbner igen efter sommerferien.', ['borgmesteren', 'skolen', 'åbner', 'sommerferien']],
  ],
  dates: [
    { name: 'with year', text: 'Retssagen begynder den 22. februar 2027 i Københavns Byret.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'Demonstrationen fandt sted den 14. marts foran Christiansborg.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'Lørdag den 14. marts holdt mange butikker lukket.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'two days', text: 'Topmødet holdes den 9. og 10. juni 2025 i Aarhus.', publishedAt: null, values: ['2025-06-09', '2025-06-10'], explicitYear: true, weekday: false },
  ],
});
