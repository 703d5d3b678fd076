import { clusterDocuments, ClusteringError } from '../../src/index.js';
import { REFERENCE_DATE } from '../helpers/corpus.js';

// One earthquake reported in Swedish (twice), French and English: each names the countries its own way.
const documents = [
  { id: 'sv1', lang: 'sv', publishedAt: '2023-02-06', text: 'Ett kraftigt jordskalv skakade Turkiet och Syrien på måndagen. Tusentals döda i Turkiet och Syrien, uppger myndigheterna i Ankara.' },
  { id: 'sv2', lang: 'sv', publishedAt: '2023-02-06', text: 'Jordskalvet i Turkiet och Syrien: dödssiffran stiger. Räddningsarbetet pågår i Gaziantep i Turkiet.' },
  { id: 'fr1', lang: 'fr', publishedAt: '2023-02-06', text: 'Un puissant séisme a frappé la Turquie et la Syrie lundi. Des milliers de morts en Turquie et en Syrie, selon Ankara.' },
  { id: 'en1', lang: 'en', publishedAt: '2023-02-06', text: 'A powerful earthquake struck Turkey and Syria on Monday. Thousands dead in Turkey and Syria, Ankara says; rescuers in Gaziantep.' },
];
const options = { referenceDate: REFERENCE_DATE };
const countries = (label: string) => label.split(' · ').filter((part) => !/^\d/u.test(part) && !['Ankara', 'Gaziantep'].includes(part));

describe('cluster labels name each country in one language', () => {
  test('by default, the language most members are in (here Swedish)', () => {
    const [cluster] = clusterDocuments(documents, options).clusters;
    expect(cluster?.members).toEqual(['en1', 'fr1', 'sv1', 'sv2']);
    expect(countries(cluster?.label ?? '')).toEqual(['Turkiet', 'Syrien']);
    expect(cluster?.sharedEntities).toEqual(expect.arrayContaining(['Turkiet', 'Syrien']));
  });

  test('or the one asked for: labelLanguage', () => {
    expect(countries(clusterDocuments(documents, { ...options, labelLanguage: 'fr' }).clusters[0]?.label ?? '')).toEqual(['Turquie', 'Syrie']);
    const english = clusterDocuments(documents, { ...options, labelLanguage: 'en' }).clusters[0];
    // ICU's English name for TR is Türkiye; an English text's "Turkey" is the same country key.
    expect(countries(english?.label ?? '')).toEqual(['Türkiye', 'Syria']);
  });

  test('a labelLanguage that is no language code is refused', () => {
    expect(() => clusterDocuments(documents, { ...options, labelLanguage: 'not a code!' })).toThrow(ClusteringError);
    expect(() => clusterDocuments(documents, { ...options, labelLanguage: 7 as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', location: { option: 'labelLanguage' } }));
  });
});
