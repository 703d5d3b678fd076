import { ClusteringError } from '../../src/errors.js';
import { loadGoldTsv, parseGoldTsv } from '../../src/loaders/index.js';
import { fixture } from './fixtures.js';

describe('loadGoldTsv', () => {
  it('reads file/event/lang columns like the seeds gold.tsv', async () => {
    const gold = await loadGoldTsv(fixture('gold.tsv'));
    expect(gold.documents).toEqual([]);
    expect(gold.gold).toEqual(
      new Map([
        ['000_9f1e.txt', 'almaty-2020'],
        ['001_0fe6.txt', 'almaty-2020'],
        ['003_c075.txt', 'rights-2018'],
      ]),
    );
    expect(gold.languages).toEqual(new Map([['000_9f1e.txt', 'sv'], ['001_0fe6.txt', 'fr'], ['003_c075.txt', 'en']]));
    expect(gold.problems).toEqual([
      { line: 4, reason: 'document "002_e163.txt": missing event' },
      { line: 5, reason: 'duplicate id "000_9f1e.txt"' },
    ]);
  });

  it('strips file extensions on request', async () => {
    const gold = await loadGoldTsv(fixture('gold.tsv'), { stripExtension: true });
    expect([...gold.gold.keys()]).toEqual(['000_9f1e', '001_0fe6', '003_c075']);
  });

  it('prefers an id column, keeps ids verbatim, handles CRLF', () => {
    const gold = parseGoldTsv('event\tfile\tid\r\ne1\ta.txt\tdoc.v2\r\n', { stripExtension: true });
    expect(gold.gold).toEqual(new Map([['doc.v2', 'e1']]));
    expect(gold.languages.size).toBe(0);
  });

  it('throws without id/file or event columns', () => {
    expect(() => parseGoldTsv('name\tlabel\nx\ty\n', { file: 'g.tsv' })).toThrow(ClusteringError);
    expect(() => parseGoldTsv('name\tlabel\nx\ty\n', { file: 'g.tsv' })).toThrow(/\(at file g\.tsv:1\)/u);
    expect(() => parseGoldTsv('')).toThrow(/empty file/u);
  });

  it('throws in strict mode at the first bad line', async () => {
    const path = fixture('gold.tsv');
    await expect(loadGoldTsv(path, { strict: true })).rejects.toThrow(`(at file ${path}:4)`);
  });
});
