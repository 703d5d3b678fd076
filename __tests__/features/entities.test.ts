import { extractEntities, fr, normalizeText, sv, tokenize, en, type LanguageProfile } from '../../src/index.js';
import { NameMatcher } from '../../src/features/nameMatcher.js';

const entities = (text: string, profile: LanguageProfile) => {
  const normal = normalizeText(text);
  return extractEntities(tokenize(normal), normal, profile).map((e) => `${e.kind}:${e.tokens.join(' ')}`);
};

describe('extractEntities', () => {
  test('finds multi-word names, their single names, and places (French, with elisions)', () => {
    const found = entities("Denis Krivosheev, directeur adjoint d'Amnesty International, a parlé à Almaty. Selon Krivosheev, la police a arrêté 70 personnes.", fr);
    expect(found).toEqual(expect.arrayContaining(['name:denis krivosheev', 'name-part:krivosheev', 'name:amnesty international', 'name:almaty', 'name:krivosheev']));
  });

  test('joins names with connectors but not with "and"', () => {
    const found = entities('An appeal to Antonio Tajani and Federica Mogherini from the Bureau for Human Rights.', en);
    expect(found).toEqual(expect.arrayContaining(['name:antonio tajani', 'name:federica mogherini', 'name:bureau human rights']));
    expect(found.some((e) => e.includes('tajani federica'))).toBe(false);
  });

  test('finds acronyms and skips month and weekday names', () => {
    const found = entities('On Sunday, April 18, the UN and the EU criticised the police.', en);
    expect(found).toEqual(['acronym:un', 'acronym:eu']);
  });

  test('does not take a capitalised word that only starts sentences', () => {
    const found = entities('Minst 70 personer greps i Almaty. Polisen grep minst 70 personer i Almaty enligt Amnesty.', sv);
    expect(found).not.toContain('name:minst');
    expect(found).not.toContain('name:polisen');
    expect(found).toEqual(expect.arrayContaining(['name:almaty', 'name:amnesty']));
  });

  test('judges a repeated spelling by every occurrence, whichever comes first', () => {
    // Token forms are worked out once per spelling; whether a name is also written mid-sentence
    // must still be seen at any occurrence, before or after the sentence-initial one.
    const later = entities('Tokayev spoke first. Then the crowd cheered Tokayev.', en);
    const earlier = entities('The crowd cheered Tokayev. Tokayev spoke first.', en);
    expect(later.filter((e) => e === 'name:tokayev')).toHaveLength(2);
    expect(earlier.filter((e) => e === 'name:tokayev')).toHaveLength(2);
    const lowerLater = entities('Security was tight. Officials said security would stay.', en);
    expect(lowerLater).not.toContain('name:security');
  });
});

describe('NameMatcher', () => {
  test.each([
    ['kazakhstan', 'kazakstan'],
    ['abliazov', 'ablyazov'],
    ['mukhtar', 'moukhtar'],
    ['kazakhstan', 'kazakstans'],
    ['zelensky', 'zelenskyj'],
  ])('%s and %s are one name', (a, b) => {
    const matcher = new NameMatcher();
    matcher.add(a);
    expect(matcher.add(b)).toBe(a);
  });

  test.each([
    ['iran', 'iraq'],
    ['austria', 'australia'],
    ['niger', 'nigeria'],
    ['mali', 'bali'],
  ])('%s and %s stay apart', (a, b) => {
    const matcher = new NameMatcher();
    matcher.add(a);
    expect(matcher.add(b)).toBe(b);
  });

  test('round-trips through its entries', () => {
    const matcher = new NameMatcher();
    ['kazakhstan', 'kazakstan', 'almaty'].forEach((t) => matcher.add(t));
    const copy = NameMatcher.fromEntries(matcher.entries());
    expect(copy.get('kazakstan')).toBe('kazakhstan');
    expect(copy.add('kazakhstann')).toBe('kazakhstan');
  });

  test('still looks names up once its index is released, and refuses to register new ones', () => {
    const matcher = new NameMatcher();
    ['kazakhstan', 'kazakstan'].forEach((t) => matcher.add(t));
    matcher.releaseIndex();
    expect(matcher.get('kazakstan')).toBe('kazakhstan');
    expect(matcher.add('kazakstan')).toBe('kazakhstan');
    expect(() => matcher.add('kazakhstann')).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
  });
});
