import { en, extractDates, fr, LANGUAGES, sv, type LanguageProfile } from '../../src/index.js';

const profile = (code: string): LanguageProfile => LANGUAGES.get(code) as LanguageProfile;

const NOW = '2026-11-23';
const values = (text: string, lang: LanguageProfile | string, publishedAt: string | null = null) =>
  extractDates(text, typeof lang === 'string' ? profile(lang) : lang, { publishedAt, referenceDate: NOW }).mentions.map((m) => m.value);

describe('absolute dates in each language', () => {
  test.each([
    ['sv', 'Partiets kongress ställdes in den 22 februari 2020 i Almaty.', ['2020-02-22']],
    ['sv', 'Valet hölls söndagen den 9 juni 2019.', ['2019-06-09']],
    ['fr', 'Les manifestations du samedi 22 février 2020 ont été réprimées.', ['2020-02-22']],
    ['fr', 'Le congrès était prévu le 1er mars 2021.', ['2021-03-01']],
    ['en', 'The protest took place on February 22, 2020, in Almaty.', ['2020-02-22']],
    ['en', 'Detentions occurred on 10 May 2018 in eight cities.', ['2018-05-10']],
    ['en', 'Published 2019-06-12 and updated 13.06.2019.', ['2019-06-12', '2019-06-13']],
    ['fr', 'Mis à jour le 22/02/2020.', ['2020-02-22']],
  ])('%s: %s', (profile, text, expected) => {
    expect(values(text, profile)).toEqual(expected);
  });

  test('reads day lists and ranges as several days', () => {
    expect(values('On 9 and 10 June 2019, protesters were detained.', en)).toEqual(['2019-06-09', '2019-06-10']);
    expect(values('the MEP mission of May 10–11, 2018', en)).toEqual(['2018-05-10', '2018-05-11']);
  });

  test('reads month-and-year dates at month precision', () => {
    const [mention] = extractDates('Les élections de mars 2019 ont été contestées.', fr, { publishedAt: null, referenceDate: NOW }).mentions;
    expect(mention?.precision).toBe('month');
    expect(mention?.value).toBe('2019-03');
  });

  test('does not read counts or sentence ranges as dates', () => {
    expect(values('sentences ranging from 20 to 50 days in prison, and 1000 arrests', en)).toEqual([]);
    expect(values('10 June, 1000 people marched', en)).toEqual(['--06-10']);
  });
});

describe('dates without a year', () => {
  test('take the year of the publication date', () => {
    expect(values('Kongressen ställdes in den 22 februari.', sv, '2020-02-23')).toEqual(['2020-02-22']);
  });

  test('take the previous year when the date would lie months after publication', () => {
    expect(values('Le 28 décembre, la police a arrêté 12 personnes.', fr, '2021-01-04')).toEqual(['2020-12-28']);
  });

  test('take the year printed elsewhere in the text when the weekday fits', () => {
    expect(values('Le 22 février 2020, puis samedi 22 février, la police a arrêté 70 personnes.', fr)).toEqual(['2020-02-22', '2020-02-22']);
  });

  test('infer the year from the weekday: the latest fitting year, not after the reference date', () => {
    const [mention] = extractDates('Sunday, April 18\n\nDozens arrested in Almaty.', en, { publishedAt: null, referenceDate: NOW }).mentions;
    expect(mention?.value).toBe('2021-04-18');
    expect(mention?.yearSource).toBe('weekday');
    expect(mention?.explicit).toEqual({ year: false, month: true, day: true, weekday: true });
  });

  test('stay yearless (--MM-DD) when nothing implies a year', () => {
    const [mention] = extractDates('Kongressen ställdes in den 22 februari.', sv, { publishedAt: null, referenceDate: NOW }).mentions;
    expect(mention?.value).toBe('--02-22');
    expect(mention?.yearSource).toBe('none');
  });
});

describe('relative dates', () => {
  test.each([
    ['sv', 'Minst 70 personer greps idag.', '2020-02-22'],
    [fr, "Aujourd'hui, la police a arrêté 70 personnes.", '2020-02-22'],
    ['en', 'Police arrested 70 people yesterday.', '2020-02-21'],
    ['en', 'Police arrested 70 people on Saturday.', '2020-02-22'],
  ])('%s: %s is anchored to the publication date', (profile, text, expected) => {
    expect(values(text, profile, '2020-02-22')).toEqual([expected]);
  });

  test('are ignored without a publication date or dateline', () => {
    expect(values('Minst 70 personer greps idag.', sv)).toEqual([]);
  });

  test('use a dateline as the anchor when there is no publication date', () => {
    const mentions = extractDates('BISHKEK (12 June 2019) – The office said on Tuesday that it was concerned.', en, { publishedAt: null, referenceDate: NOW }).mentions;
    expect(mentions.map((m) => [m.value, m.dateline])).toEqual([['2019-06-12', true], ['2019-06-11', false]]);
  });

  test('tag each date with the rule that produced it', () => {
    const rules = extractDates('On May 22, 2018 and 2018-05-29, today.', en, { publishedAt: '2018-05-30', referenceDate: NOW }).mentions.map((m) => m.rule);
    expect(rules).toEqual(['en/month-day-year', 'iso', 'relative/today']);
  });
});
