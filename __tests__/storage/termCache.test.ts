import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { TermCache } from '../../src/storage/termCache.js';
import { resolveOptions } from '../../src/options.js';
import { tokenize } from '../../src/text/tokenize.js';
import { extractEntities } from '../../src/features/entities.js';
import { normalizeText } from '../../src/text/normalize.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const { profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });
const english = profiles.get('en')!;

describe('the term cache shared by the documents of a run', () => {
  test('gives every document the words a fresh cache gives, however small its limit', () => {
    const prepared = validateDocuments([...readCorpus('corpus/dev/documents.jsonl'), ...readCorpus()]);
    const words = (cache?: TermCache) => prepared.map((d) => {
      const a = analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE, ...(cache === undefined ? {} : { cache }) });
      return [[...a.words], [...a.wordSurface]];
    });
    const fresh = words();
    expect(words(new TermCache())).toEqual(fresh);
    // A limit far below one document's vocabulary: the cache fills up inside documents.
    expect(words(new TermCache(5))).toEqual(fresh);
  });

  test('sums a document by stem: each stem once, in order of first appearance, with its first spelling', () => {
    const cache = new TermCache(3);
    const tally = cache.tally(tokenize('Protesters protested. The protest grew; protests spread and police returned. Police left.'), english);
    const { stems, counts, forms } = cache.stems(tally);
    const byStem = new Map(stems.map((s, i) => [s.stem, [counts[i], forms[i]]]));
    expect(stems.map((s) => s.stem)).toEqual([...new Set(stems.map((s) => s.stem))]);
    // Four spellings, one stem (Porter): counted together, shown as first written.
    expect(english.stem('protesters')).toBe(english.stem('protests'));
    expect(byStem.get(english.stem('protest'))).toEqual([4, 'protesters']);
    expect(byStem.get(english.stem('police'))).toEqual([2, 'police']);
    expect(stems[0]?.stem).toBe(english.stem('protest'));
    // Past its limit the cache starts over before the next document: a stem met again then gets
    // a new id, never one that another stem had.
    const again = cache.stems(cache.tally(tokenize('protest police'), english));
    expect(again.stems.map((s) => s.stem)).toEqual([english.stem('protest'), english.stem('police')]);
    expect(Math.min(...again.stems.map((s) => s.id))).toBeGreaterThan(Math.max(...stems.map((s) => s.id)));
  });

  test('hands entity extraction the spellings it would work out itself, in every language, however small its limit', () => {
    // The analysis reads each token's name form and capitalisation from the tally (kept across
    // documents) instead of working them out per document: the entities must not change.
    const texts = [...readCorpus('corpus/dev/documents.jsonl'), ...readCorpus()].map((d) => normalizeText(`${d.title ?? ''}\n\n${d.text}`));
    for (const limit of [500_000, 5]) {
      const cache = new TermCache(limit);
      for (const profile of profiles.values()) {
        for (const text of texts) {
          const tokens = tokenize(text);
          expect(extractEntities(tokens, text, profile, cache.tally(tokens, profile))).toEqual(extractEntities(tokens, text, profile));
        }
      }
    }
  });

  test('entity extraction refuses spellings made for other tokens', () => {
    const cache = new TermCache();
    const tally = cache.tally(tokenize('Amnesty International'), english);
    const tokens = tokenize('Amnesty International said so');
    expect(() => extractEntities(tokens, 'Amnesty International said so', english, tally)).toThrow(expect.objectContaining({ name: 'ClusteringError', code: 'INVALID_INPUT' }));
  });
});
