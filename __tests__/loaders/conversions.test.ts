import { normalizeIsoDate, toIso6391 } from '../../src/loaders/index.js';

describe('normalizeIsoDate', () => {
  it.each<[string, string | null]>([
    ['2020-02-22', '2020-02-22'],
    ['2020-02-22T10:00:00Z', '2020-02-22T10:00:00Z'],
    ['2020-02-22T10:00:00.123+02:00', '2020-02-22T10:00:00.123+02:00'],
    ['2020-02-22 18:05:00+0100', '2020-02-22T18:05:00+01:00'],
    ['2020-02-22 18:05', '2020-02-22T18:05'],
    ['2020-02-22T18:05-05', '2020-02-22T18:05-05:00'],
    [' 2020-02-22 ', '2020-02-22'],
    ['2020-02-29', '2020-02-29'],
    ['2021-02-29', null],
    ['2021-13-01', null],
    ['2021-04-31', null],
    ['2021-04-18T24:00', null],
    ['22/02/2020', null],
    ['2020-02-22T10', null],
    ['February 22, 2020', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIsoDate(input)).toBe(expected);
  });
});

describe('toIso6391', () => {
  it.each([
    ['eng', 'en'],
    ['deu', 'de'],
    ['spa', 'es'],
    ['FRA', 'fr'],
    ['swe', 'sv'],
    ['sv', 'sv'],
    ['EN', 'en'],
    ['und', 'und'],
    ['xyz', 'xyz'],
  ])('%s → %s', (input, expected) => {
    expect(toIso6391(input)).toBe(expected);
  });
});
