import { ClusteringError } from '../../src/errors.js';
import { loadJsonl, parseJsonl } from '../../src/loaders/index.js';
import { fixture } from './fixtures.js';

describe('loadJsonl', () => {
  it('reads valid lines and reports the bad ones by line', async () => {
    const corpus = await loadJsonl(fixture('tiny.jsonl'));
    expect(corpus.documents).toEqual([
      { id: 'sv-1', text: 'Minst 70 personer greps i Almaty.', lang: 'sv', title: 'Gripna i Almaty', publishedAt: '2020-02-22' },
      { id: 'fr-1', text: 'Au moins 70 personnes arrêtées à Almaty.', lang: 'fr', publishedAt: '2020-02-22T18:05:00+01:00' },
      { id: '42', text: 'Dozens arrested at opposition rallies.', lang: 'en' },
      { id: 'en-2', text: '' },
    ]);
    expect(corpus.gold).toEqual(new Map([['sv-1', 'almaty-2020'], ['fr-1', 'almaty-2020']]));
    expect(corpus.problems.map((problem) => problem.line)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(corpus.problems.map((problem) => problem.reason)).toEqual([
      expect.stringMatching(/^invalid JSON/u),
      'missing id',
      'duplicate id "sv-1"',
      'document "bad-date": publishedAt "22/02/2020" is not an ISO 8601 date',
      'expected a JSON object, got an array',
      'lang "en" and language "fr" disagree',
    ]);
  });

  it('throws on the first bad line in strict mode, naming file and line', async () => {
    const path = fixture('tiny.jsonl');
    await expect(loadJsonl(path, { strict: true })).rejects.toThrow(ClusteringError);
    await expect(loadJsonl(path, { strict: true })).rejects.toThrow(`(at file ${path}:5)`);
  });

  it('uses DUPLICATE_ID for repeated ids in strict mode', () => {
    const text = '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n';
    expect(() => parseJsonl(text, { strict: true })).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', location: { file: undefined, line: 2 } }));
  });

  it.each([
    ['empty text', '', 0],
    ['only blank lines', '\n  \n', 0],
    ['byte-order mark and CRLF', '\uFEFF{"id":"a","text":"x"}\r\n{"id":"b","text":"y"}\r\n', 2],
  ])('%s', (_name, text, count) => {
    const corpus = parseJsonl(text);
    expect(corpus.documents).toHaveLength(count);
    expect(corpus.problems).toEqual([]);
  });

  it('reports wrong field types', () => {
    const corpus = parseJsonl('{"id":"a","text":5}\n{"id":"b","text":"x","title":3}\n{"id":true,"text":"x"}\n{"id":"c","text":"x","event":{}}');
    expect(corpus.documents).toEqual([]);
    expect(corpus.problems).toEqual([
      { line: 1, reason: 'document "a": text must be a string, got 5' },
      { line: 2, reason: 'document "b": title must be a string, got 3' },
      { line: 3, reason: 'id must be a non-empty string or a number, got true' },
      { line: 4, reason: 'document "c": event must be a non-empty string or a number, got {}' },
    ]);
  });
});
