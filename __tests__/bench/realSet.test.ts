import { buildCache } from '../../bench/real/buildCache.js';
import { halfCorpus, pageId, parseManifest, readManifest, splitTopics, type ManifestRow, type RealPage } from '../../bench/real/realSet.js';
import { char4Terms, wordTerms } from '../../bench/real/tfidfBaselines.js';

const rows = readManifest();
const count = (keep: (r: ManifestRow) => boolean) => rows.filter(keep).length;

describe('the real-news manifest', () => {
  it('meets the numbers the real-data issue sets', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(new Set(rows.map((r) => r.event)).size).toBeGreaterThanOrEqual(50);
    expect(count((r) => r.lang === 'fr')).toBeGreaterThanOrEqual(40);
    expect(count((r) => r.lang === 'en')).toBeGreaterThanOrEqual(40);
    expect(count((r) => r.lang === 'sv')).toBeGreaterThanOrEqual(25);
    const languages = new Map<string, Set<string>>();
    for (const r of rows) languages.set(r.event, (languages.get(r.event) ?? new Set()).add(r.lang));
    expect([...languages.values()].filter((l) => l.size >= 2).length).toBeGreaterThanOrEqual(30);
  });

  it('has one row per URL, ids derived from it, and well-formed fields', () => {
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.id).toBe(pageId(r.url));
      expect(r.event.endsWith(r.event_date)).toBe(true);
      expect(r.published).toMatch(/^(\d{4}-\d{2}(-\d{2})?)?$/u);
      expect(['main', 'distractor']).toContain(r.kind);
      expect(r.query.length).toBeGreaterThan(0);
    }
  });

  it('holds no news about Kazakhstan (kept for an evaluation the project does not see)', () => {
    const words = /kaza[kc]h?st|almaty|astana|nur-sultan|tokay|toka[jï]ev|nazarba/iu;
    expect(rows.filter((r) => words.test(`${r.event} ${r.url} ${r.query}`))).toEqual([]);
  });

  it('rejects a manifest with a wrong header or a short row', () => {
    expect(() => parseManifest('id\tevent\n')).toThrow(/header/u);
    expect(() => parseManifest(`${Object.keys(rows[0] as ManifestRow).join('\t')}\na\tb\n`)).toThrow(/line 2/u);
  });
});

describe('the tuning/test split', () => {
  const split = splitTopics(rows);

  it('keeps every topic whole and the halves within a tenth of each other', () => {
    expect(new Set(split.keys())).toEqual(new Set(rows.map((r) => r.topic)));
    const tuning = count((r) => split.get(r.topic) === 'tuning');
    expect(Math.abs(2 * tuning - rows.length)).toBeLessThan(rows.length / 10);
  });

  it('does not depend on the order of the manifest', () => {
    expect(splitTopics([...rows].reverse())).toEqual(split);
  });

  it('gives a half only its own pages, with publishedAt only where the library takes the form', () => {
    const pages: RealPage[] = rows.slice(0, 40).map((r) => ({ ...r, text: `text of ${r.id}` }));
    const half = halfCorpus(pages, split, 'tuning', (value) => value.length === 10);
    expect(half.documents.map((d) => d.id)).toEqual(pages.filter((p) => split.get(p.topic) === 'tuning').map((p) => p.id));
    for (const d of half.documents) {
      const page = pages.find((p) => p.id === d.id) as RealPage;
      expect(d.publishedAt).toBe(page.published.length === 10 ? page.published : undefined);
      expect(half.gold.get(d.id)).toBe(page.event);
    }
  });
});

describe('the cache builder', () => {
  it('matches saved search results to manifest rows by URL and lists the rest', () => {
    const [first, second] = rows as [ManifestRow, ManifestRow];
    const { lines, missing } = buildCache([first, second], new Map([[first.url, 'page text']]));
    expect(lines.map((l) => JSON.parse(l) as RealPage)).toEqual([{ ...first, text: 'page text' }]);
    expect(missing).toEqual([second]);
  });
});

describe('the TF-IDF peers read text as scikit-learn does', () => {
  it('words: runs of two or more word characters, lower-cased, accents stripped', () => {
    expect(wordTerms('Élections à Paris: 2 tours, l’Assemblée')).toEqual(['elections', 'paris', 'tours', 'assemblee']);
  });

  it('char_wb 4-grams: each word padded with spaces; a short word counted once whole', () => {
    expect(char4Terms('Bo  Ärlig')).toEqual([' bo ', ' arl', 'arli', 'rlig', 'lig ']);
  });
});
