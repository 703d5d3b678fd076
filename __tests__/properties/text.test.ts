import fc from 'fast-check';
import { en, extractDates, extractEntities, extractNumbers, fold, fr, neutral, normalizeText, stripBoilerplate, sv, tokenize, wordForms } from '../../src/index.js';
import { hostileText, interactingText, REFERENCE_DATE, RUNS } from './arbitraries.js';

/**
 * Properties of the text stages on arbitrary Unicode (lone surrogates, controls, marks, every
 * script): normalisation is idempotent and leaves well-formed NFC text; every stage after it
 * runs without throwing and returns facts that point back into the text.
 */
const anyText = fc.oneof(interactingText, hostileText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }));
const PROFILES = [sv, fr, en, neutral] as const;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL_OR_CR = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
const DATE_VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/u;

/** Every item is the slice of `text` at its index, in text order. */
function pointsIntoText(text: string, items: readonly { index: number; text: string }[]): boolean {
  let previous = -1;
  return items.every((item) => {
    const ok = item.index >= previous && text.slice(item.index, item.index + item.text.length) === item.text;
    previous = item.index;
    return ok;
  });
}

describe('text stages (property-based)', () => {
  test('normalizeText is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  test('normalizeText leaves NFC text with no lone surrogate, control character or carriage return', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normalizeText(text);
        expect(out.normalize('NFC')).toBe(out);
        expect(LONE_SURROGATE.test(out)).toBe(false);
        expect(CONTROL_OR_CR.test(out)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  test('fold (entity keys) is idempotent and lower-case', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = fold(normalizeText(text));
        expect(fold(key)).toBe(key);
        expect(key.toLowerCase()).toBe(key);
      }),
      { numRuns: RUNS },
    );
  });

  test('tokens are non-overlapping slices of the text, in order, starting with a letter or digit', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normalizeText(raw);
        const tokens = tokenize(text);
        let end = 0;
        for (const t of tokens) {
          expect(t.index).toBeGreaterThanOrEqual(end);
          expect(text.slice(t.index, t.index + t.text.length)).toBe(t.text);
          expect(/^[\p{L}\p{N}]/u.test(t.text)).toBe(true);
          end = t.index + t.text.length;
        }
        for (const profile of PROFILES) for (const t of tokens) for (const form of wordForms(t.text, profile)) expect(form.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  test.each(PROFILES.map((p) => [p.code, p] as const))('boilerplate, dates, numbers and entities never throw and point back into the text (%s)', (_code, profile) => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, '2020-02-23', '2019-01-01'), (raw, publishedAt) => {
        const text = normalizeText(raw);
        const clean = stripBoilerplate(text, profile);
        expect(clean.removedLines).toBeGreaterThanOrEqual(0);
        const dates = extractDates(text, profile, { publishedAt, referenceDate: REFERENCE_DATE });
        expect(pointsIntoText(text, dates.mentions)).toBe(true);
        for (const m of dates.mentions) expect(m.value).toMatch(DATE_VALUE);
        for (const n of extractNumbers(text, dates.spans)) {
          expect(text).toContain(n.text);
          expect(Number.isFinite(Number.parseFloat(n.key))).toBe(true);
        }
        for (const e of extractEntities(tokenize(text), text, profile)) {
          expect(e.tokens.length).toBeGreaterThan(0);
          for (const token of e.tokens) expect(fold(token)).toBe(token);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
