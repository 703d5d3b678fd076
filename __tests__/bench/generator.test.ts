import { generateCorpus, MAX_BYTES, MIN_BYTES, type GeneratedCorpus, type GenLang } from '../../bench/generate.js';
import { clusterDocuments, evaluate } from '../../src/index.js';

const REFERENCE_DATE = '2026-11-23';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('generateCorpus', () => {
  const corpus = generateCorpus({ documents: 150, seed: 7 });

  test('is deterministic for a seed and differs between seeds', () => {
    const again = generateCorpus({ documents: 150, seed: 7 });
    expect(again.documents).toEqual(corpus.documents);
    expect([...again.gold]).toEqual([...corpus.gold]);
    expect(again.events).toEqual(corpus.events);
    const other = generateCorpus({ documents: 150, seed: 8 });
    expect(other.documents.map((d) => d.text)).not.toEqual(corpus.documents.map((d) => d.text));
  });

  test.each([0, 1, 2, 17, 150, 333])('produces exactly %i documents with unique ids and gold labels', (n) => {
    const c = n === 150 ? corpus : generateCorpus({ documents: n, seed: 3 });
    expect(c.documents).toHaveLength(n);
    expect(new Set(c.documents.map((d) => d.id)).size).toBe(n);
    expect(c.gold.size).toBe(n);
    expect(c.events.reduce((sum, e) => sum + e.documents.length, 0)).toBe(n);
  });

  test('documents are news-length: 1 to 5 KB of UTF-8', () => {
    for (const doc of corpus.documents) {
      expect(bytes(doc.text)).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(bytes(doc.text)).toBeLessThanOrEqual(MAX_BYTES);
    }
  });

  test('every planted event is reported by 1–6 documents in exactly its 1–3 languages', () => {
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    for (const event of corpus.events) {
      expect(event.documents.length).toBeGreaterThanOrEqual(1);
      expect(event.documents.length).toBeLessThanOrEqual(6);
      expect(event.languages.length).toBeGreaterThanOrEqual(1);
      expect(event.languages.length).toBeLessThanOrEqual(Math.min(3, event.documents.length));
      const written = new Set(event.documents.map((id) => byId.get(id)?.lang));
      expect([...written].sort()).toEqual(event.languages);
      for (const id of event.documents) expect(corpus.gold.get(id)).toBe(event.id);
    }
  });

  test('documents are published 0–3 days after their event', () => {
    const events = new Map(corpus.events.map((e) => [e.id, e]));
    for (const doc of corpus.documents) {
      const event = events.get(corpus.gold.get(doc.id) ?? '');
      const delay = (Date.parse(doc.publishedAt.slice(0, 10)) - Date.parse(event?.date ?? '')) / 86_400_000;
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(3);
    }
  });

  test('events of a group are same-topic, same-country distractors on different days of one week', () => {
    const groups = new Map<string, GeneratedCorpus['events']>();
    for (const e of corpus.events) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
    expect([...groups.values()].some((g) => g.length > 1)).toBe(true);
    for (const group of groups.values()) {
      expect(new Set(group.map((e) => e.topic)).size).toBe(1);
      expect(new Set(group.map((e) => e.country)).size).toBe(1);
      expect(new Set(group.map((e) => e.date)).size).toBe(group.length);
      const days = group.map((e) => Date.parse(e.date) / 86_400_000);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(6);
    }
  });

  test('writes only the languages asked for', () => {
    const languages: GenLang[] = ['sv', 'fr'];
    const c = generateCorpus({ documents: 40, seed: 2, languages });
    expect(new Set(c.documents.map((d) => d.lang))).toEqual(new Set(languages));
  });

  test('rejects a bad request', () => {
    expect(() => generateCorpus({ documents: -1 })).toThrow(RangeError);
    expect(() => generateCorpus({ documents: 10, languages: [] })).toThrow(RangeError);
    expect(() => generateCorpus({ documents: 10, languages: ['de' as GenLang] })).toThrow(RangeError);
  });
});

describe('the library on a generated corpus', () => {
  // A sparse stream (200 documents over a year): the floor checks that generated reports are
  // clusterable at all. The dense default stream (100 documents a day) is the benchmark's job
  // (npm run bench), not a unit test's: its figures are reported, never asserted.
  const corpus = generateCorpus({ documents: 200, seed: 11, spanDays: 365 });
  const result = clusterDocuments(corpus.documents, { referenceDate: REFERENCE_DATE });

  test('reads the planted event date from most documents', () => {
    const events = new Map(corpus.events.map((e) => [e.id, e.date]));
    const found = result.documents.filter((d) => d.eventDate === events.get(corpus.gold.get(d.id) ?? '')).length;
    expect(found / corpus.documents.length).toBeGreaterThan(0.9);
  });

  test('clusters it above a sane quality floor (reported via evaluate)', () => {
    const report = evaluate(result, corpus.gold);
    expect(report.documents).toBe(200);
    expect(report.bcubed.f1).toBeGreaterThan(0.8);
    expect(report.crossLanguage?.recall).toBeGreaterThan(0.8);
  });
});
