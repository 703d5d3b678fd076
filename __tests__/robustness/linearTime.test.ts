import { en, extractDates, extractEntities, extractNumbers, fr, normalizeText, stripBoilerplate, sv, tokenize, type LanguageProfile } from '../../src/index.js';
import { MAX_TOKENS } from '../../src/text/tokenize.js';
import { adversarialTexts, MEGABYTE } from './adversarialInputs.js';
import { timed } from './accounting.js';

/**
 * No pattern backtracks catastrophically and no per-match step rescans the text: every
 * pattern-running stage finishes a 1 MB adversarial input well inside a generous bound (a
 * quadratic stage takes minutes at this size; linear ones take well under a second; the real
 * timings are in `bench/regex-timing.ts`).
 */
const BOUND_MS = 10_000;
const PROFILES: readonly LanguageProfile[] = [sv, fr, en];
const CONTEXT = { publishedAt: '2020-02-23', referenceDate: '2026-11-23' };

/** True when every item is a slice of `text` at its index, in order, without overlaps. */
function inTextOrder(text: string, items: readonly { index: number; text: string }[]): boolean {
  let end = 0;
  for (const item of items) {
    if (item.index < end || text.slice(item.index, item.index + item.text.length) !== item.text) return false;
    end = item.index + item.text.length;
  }
  return true;
}

describe.each(adversarialTexts())('1 MB adversarial input: %s', (_name, raw) => {
  let text = '';
  beforeAll(() => {
    text = normalizeText(raw);
  });
  afterAll(() => {
    text = ''; // 25 inputs × 1 MB: let each go when its block is done
  });

  test('normalizeText, tokenize, extractNumbers and extractEntities finish in time; tokens are slices of the text in order', () => {
    expect(raw.length).toBe(MEGABYTE);
    expect(timed(() => normalizeText(raw)).ms).toBeLessThan(BOUND_MS);
    const { value, ms } = timed(() => tokenize(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.length).toBeLessThanOrEqual(MAX_TOKENS);
    expect(inTextOrder(text, value)).toBe(true);

    // Language independent apart from small word sets: one profile is enough (all are in the bench).
    const numbers = timed(() => extractNumbers(text, extractDates(text, en, CONTEXT).spans));
    expect(numbers.ms).toBeLessThan(BOUND_MS);
    expect(numbers.value.every((n) => n.count > 0 && text.includes(n.text))).toBe(true);
    const entities = timed(() => extractEntities(value, text, en));
    expect(entities.ms).toBeLessThan(BOUND_MS);
    expect(entities.value.every((e) => e.tokens.length > 0)).toBe(true);
  });

  test.each(PROFILES.map((p) => [p.code, p] as const))('stripBoilerplate and extractDates finish in time with the %s patterns', (_code, profile) => {
    const boilerplate = timed(() => stripBoilerplate(text, profile));
    expect(boilerplate.ms).toBeLessThan(BOUND_MS);
    expect(boilerplate.value.text.length).toBeLessThanOrEqual(text.length);

    const dates = timed(() => extractDates(text, profile, CONTEXT));
    expect(dates.ms).toBeLessThan(BOUND_MS);
    expect(inTextOrder(text, dates.value.mentions.filter((m, i, all) => all[i - 1]?.index !== m.index))).toBe(true);
  });
});

describe('pages of dates that used to be quadratic', () => {
  test('a one-line page of 83 000 Swedish dates yields every date, in time', () => {
    const text = '22 februari '.repeat(83_333);
    const { value, ms } = timed(() => extractDates(text, sv, CONTEXT));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.mentions).toHaveLength(83_333);
    expect(value.spans).toHaveLength(83_333);
    expect(new Set(value.mentions.map((m) => m.value))).toEqual(new Set(['2020-02-22']));
  });

  test('150 000 bare weekdays and 200 000 standalone years do not overflow the call stack', () => {
    expect(extractDates('Monday '.repeat(150_000), en, CONTEXT).mentions).toHaveLength(150_000);
    expect(extractDates('2019 '.repeat(200_000), en, CONTEXT).years).toHaveLength(200_000);
  });

  test('numbers between 80 000 dates are still found, and numbers inside dates still skipped', () => {
    const text = '22 februari 70 personer; '.repeat(40_000);
    const dates = extractDates(text, sv, CONTEXT);
    const { value, ms } = timed(() => extractNumbers(text, dates.spans));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value).toEqual([{ key: '70', text: '70', count: 40_000 }]);
  });
});
