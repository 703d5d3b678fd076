/**
 * A language the library does not ship, defined inline: Icelandic, without a stemmer (words are
 * compared whole), with its stop words, months and weekdays. Pass it in `languages`.
 *
 *   npx tsx examples/customLanguage.ts
 */
import { clusterDocuments, en, type LanguageProfile } from 'event-clusters';

const is: LanguageProfile = {
  code: 'is',
  name: 'Icelandic',
  iso639_3: 'isl',
  stopwords: new Set(['og', 'að', 'í', 'á', 'er', 'sem', 'til', 'var', 'við', 'um', 'með', 'en', 'það', 'hefur', 'af']),
  stem: (word) => word,
  elisions: [],
  apostropheSuffixes: [],
  nameConnectors: new Set(['af']),
  months: [['janúar'], ['febrúar'], ['mars'], ['apríl'], ['maí'], ['júní'], ['júlí'], ['ágúst'], ['september'], ['október'], ['nóvember'], ['desember']],
  weekdays: [['sunnudag', 'sunnudaginn'], ['mánudag', 'mánudaginn'], ['þriðjudag', 'þriðjudaginn'], ['miðvikudag', 'miðvikudaginn'], ['fimmtudag', 'fimmtudaginn'], ['föstudag', 'föstudaginn'], ['laugardag', 'laugardaginn']],
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['.'],
  dayArticles: [],
  dayConnectors: ['og', '–', '-'],
  relativeDays: { today: ['í dag'], yesterday: ['í gær'], tomorrow: ['á morgun'] },
  boilerplateCues: ['deila'],
  boilerplateParagraphCues: [],
  trailerCues: ['tengdar fréttir'],
};

const result = clusterDocuments(
  [
    { id: 'is-1', lang: 'is', text: 'Eldgos hófst á Reykjanesskaga 18. desember 2023. Almannavarnir rýmdu Grindavík og um 3700 íbúar fóru að heiman.' },
    { id: 'en-1', lang: 'en', text: 'A volcanic eruption began on the Reykjanes peninsula on December 18, 2023. Civil protection evacuated Grindavik, and about 3700 residents left their homes.' },
    { id: 'en-2', lang: 'en', text: 'Iceland reopened the Blue Lagoon on January 29, 2024, after a lava flow threatened Grindavik earlier in the month.' },
  ],
  { languages: [is, en] },
);
console.log(result.clusters.map((c) => `${c.members.join(' + ')}  (${c.label})`).join('\n'));
