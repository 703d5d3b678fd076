import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { LANGUAGES } from '../../src/languages/index.js';
import { findFolded, foldWithOffsets } from '../../src/report/foldedSearch.js';
import { findHighlights, highlightTerms } from '../../src/report/highlight.js';
import { chooseSnippet } from '../../src/report/snippet.js';

describe('findFolded', () => {
  test.each([
    ['Kazakhstan, KAZAKHSTAN and kazakhstan', 'Kazakhstan', ['Kazakhstan', 'KAZAKHSTAN', 'kazakhstan']],
    ['Société Générale à Paris', 'societe generale', ['Société Générale']],
    ['Almatyborna i Almaty', 'Almaty', ['Almaty']],
    ['70 personer, 1970, 700', '70', ['70']],
    ['Straße', 'strasse', ['Straße']],
  ])('%j ∋ %j', (text, term, found) => {
    expect(findFolded(foldWithOffsets(text), term).map(([s, e]) => text.slice(s, e))).toEqual(found);
  });
});

describe('highlightTerms and findHighlights', () => {
  const text = 'Kazakstanska myndigheter: minst 70 personer greps i Almaty den 22 februari 2020, enligt Amnesty International.';
  const analysis = analyzeDocument({ id: 'sv', text, lang: 'sv', publishedAt: null }, { languages: LANGUAGES, referenceDate: '2021-06-01' });

  test('marks the shared entities, the date as written and the numbers, and nothing else', () => {
    const terms = highlightTerms(analysis, { entities: ['Amnesty International', 'Almaty'], dates: ['2020-02-22'], numbers: ['70'] });
    const spans = findHighlights(foldWithOffsets(text), terms);
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['number', '70'],
      ['entity', 'Almaty'],
      ['date', 'den 22 februari 2020'],
      ['entity', 'Amnesty International'],
    ]);
  });

  test('a shared name matches the spelling variants the pipeline merges', () => {
    const doc = 'Protest in Kazakstan today.';
    const a = analyzeDocument({ id: 'en', text: doc, lang: 'en', publishedAt: null }, { languages: LANGUAGES, referenceDate: '2021-06-01' });
    const spans = findHighlights(foldWithOffsets(doc), highlightTerms(a, { entities: ['Kazakhstan'], dates: [], numbers: [] }));
    expect(spans.map((s) => doc.slice(s.start, s.end))).toEqual(['Kazakstan']);
  });

  test('overlapping matches keep the longest', () => {
    const doc = 'Amnesty International said';
    const spans = findHighlights(foldWithOffsets(doc), [{ text: 'Amnesty', kind: 'entity' }, { text: 'Amnesty International', kind: 'entity' }]);
    expect(spans).toEqual([{ start: 0, end: 21, kind: 'entity' }]);
  });
});

describe('chooseSnippet', () => {
  const filler = 'Nothing to see here at all. '.repeat(30);
  const text = `${filler}\nThe key part: Almaty and 70 people.`;
  const spans = findHighlights(foldWithOffsets(text), [{ text: 'Almaty', kind: 'entity' }, { text: '70', kind: 'number' }]);

  test('starts where most of the evidence is, and re-bases the spans', () => {
    const snippet = chooseSnippet(text, spans, 200);
    expect(snippet.cutStart).toBe(true);
    expect(snippet.spans.map((s) => snippet.text.slice(s.start, s.end))).toEqual(['Almaty', '70']);
  });

  test('can be held to the start of the text', () => {
    const snippet = chooseSnippet(text, spans, 200, [0]);
    expect(snippet.text.startsWith('Nothing')).toBe(true);
    expect(snippet.cutEnd).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(200);
  });
});
