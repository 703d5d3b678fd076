import { ClusteringError } from '../../src/errors.js';
import { loadOg2021, parseOg2021 } from '../../src/loaders/index.js';
import { fixture } from './fixtures.js';

describe('loadOg2021', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and CRLF', async () => {
    const corpus = await loadOg2021(fixture('og2021.csv'));
    expect(corpus.documents).toEqual([
      {
        id: 'og-1',
        text: 'He said "enough".\r\nSecond paragraph.',
        title: 'Arrests in Almaty, Kazakhstan',
        lang: 'en',
        publishedAt: '2020-02-22T10:00:00Z',
      },
      { id: 'og-2', text: 'Minst 70 greps.', title: 'Gripna', lang: 'sv', publishedAt: '2020-02-22' },
      { id: 'og-5', text: 'Texte en français : « arrestations ».', title: 'Trailing "quotes"', lang: 'fr', publishedAt: '2020-02-23T09:30' },
    ]);
    expect(corpus.gold).toEqual(new Map([['og-1', 'c1'], ['og-2', 'c1']]));
    expect(corpus.problems).toEqual([
      { line: 5, reason: 'malformed CSV: quote inside an unquoted field: "He said \\"no\\""' },
      { line: 6, reason: 'expected 8 fields as in the header, found 4' },
    ]);
  });

  it('finds columns by name in any order, with only id and body required', () => {
    const corpus = parseOg2021('body,id\nhello,x1\n');
    expect(corpus.documents).toEqual([{ id: 'x1', text: 'hello' }]);
    expect(corpus.gold.size).toBe(0);
  });

  it.each([
    ['an empty file', '', /empty file/u],
    ['a header without body', 'id,title\n1,a\n', /lacks the column\(s\) body/u],
    ['a repeated column', 'id,body,id\n', /column "id" twice/u],
  ])('throws on %s', (_name, text, message) => {
    expect(() => parseOg2021(text, { file: 'og.csv' })).toThrow(ClusteringError);
    expect(() => parseOg2021(text, { file: 'og.csv' })).toThrow(message);
  });

  it('throws on the first bad record in strict mode, naming file and line', async () => {
    const path = fixture('og2021.csv');
    await expect(loadOg2021(path, { strict: true })).rejects.toThrow(`(at file ${path}:5)`);
  });
});
