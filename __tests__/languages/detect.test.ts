import { ClusteringError, detectLanguage, fr, sv } from '../../src/index.js';
import { readCorpus } from '../helpers/corpus.js';

const seeds = readCorpus();

describe('detectLanguage', () => {
  test('with the text alone, chooses among the built-in profiles (the seed pages)', () => {
    for (const seed of seeds) expect(detectLanguage(seed.text).code).toBe(seed.lang);
  });

  test('the second argument restricts the candidates, as profiles or codes', () => {
    const french = seeds.find((s) => s.lang === 'fr')?.text ?? '';
    expect(detectLanguage(french, [sv, fr]).code).toBe('fr');
    expect(detectLanguage(french, ['sv', 'EN']).code).toBe('und');
    expect(detectLanguage(french, []).code).toBe('und');
  });

  test('refuses what it cannot read with a typed error', () => {
    expect(() => detectLanguage(42 as never)).toThrow(ClusteringError);
    expect(() => detectLanguage('text', ['xx'])).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', location: { option: 'profiles[0]' } }));
  });
});
