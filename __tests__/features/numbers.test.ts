import { extractNumbers, normalizeText } from '../../src/index.js';

const keys = (text: string) => extractNumbers(normalizeText(text), []).map((n) => n.key);

describe('extractNumbers', () => {
  test.each([
    ['Minst 70 personer greps i Almaty och 23 sattes i arrest.', ['70', '23']],
    ['Au moins 1 000 personnes, soit 45 % des habitants.', ['1000', '45%']],
    ['At least 1,200 people and 70 police officers; 12.5% turnout.', ['1200', '70', '12.5%']],
  ])('keeps salient counts: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  test('leaves out years, small numbers, phone numbers, codes and times', () => {
    expect(keys('In 2019, 3 people called +996 (0) 770 70 10 36 about file ENG_180529 at 10:30 with 3G.')).toEqual([]);
  });

  test('skips numbers inside given date spans', () => {
    const text = 'On 22 February 70 people were held.';
    expect(extractNumbers(text, [[3, 14]]).map((n) => n.key)).toEqual(['70']);
  });

  test('counts repeated numbers once with their count', () => {
    expect(extractNumbers('70 arrested; 70 released', [])).toEqual([{ key: '70', text: '70', count: 2 }]);
  });
});
