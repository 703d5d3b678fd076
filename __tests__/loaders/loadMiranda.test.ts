import { ClusteringError } from '../../src/errors.js';
import { loadMiranda, parseMiranda } from '../../src/loaders/index.js';
import { fixture } from './fixtures.js';

const A1 = { id: 'a1', text: 'Police detained protesters.', lang: 'en', title: 'Arrests in Almaty', publishedAt: '2020-02-22T13:40:00' };
const A2 = { id: 'a2', text: 'Die Polizei nahm Demonstranten fest.', lang: 'de', title: 'Festnahmen in Almaty', publishedAt: '2020-02-23T08:00:00' };
const A3 = { id: 'a3', text: 'La policía detuvo a manifestantes.', lang: 'es', title: 'Protesta', publishedAt: '2020-02-23' };

describe('loadMiranda', () => {
  it('reads a JSON array, mapping eng/deu/spa and using `cluster` as gold', async () => {
    const corpus = await loadMiranda(fixture('miranda.json'));
    expect(corpus.documents).toEqual([A1, A2, A3]);
    expect(corpus.gold).toEqual(new Map([['a1', '7'], ['a2', '7'], ['a3', '8']]));
    // Element lines: a1 starts on line 2, a2 on 11, a3 on 15, the stray string on 16, a4 on 17.
    expect(corpus.problems).toEqual([
      { line: 16, reason: 'element 3 of the array: expected a JSON object, got string' },
      { line: 17, reason: 'document "a4": text must be a string, got null' },
    ]);
  });

  it('can take the gold label from event_id', async () => {
    const corpus = await loadMiranda(fixture('miranda.json'), { goldField: 'event_id' });
    expect(corpus.gold).toEqual(new Map([['a1', 'eng-101'], ['a2', 'deu-55'], ['a3', 'spa-9']]));
  });

  it('reads the JSONL form the same way', async () => {
    const corpus = await loadMiranda(fixture('miranda.jsonl'));
    expect(corpus.documents).toEqual([A1, A2]);
    expect(corpus.problems).toEqual([]);
  });

  it('throws on an unparseable array whatever `strict` says', () => {
    expect(() => parseMiranda('[\n{"id": "a1",}\n]', { file: 'x.json' })).toThrow(ClusteringError);
    expect(() => parseMiranda('[\n{"id": "a1",}\n]', { file: 'x.json' })).toThrow(/x\.json/u);
  });

  it('throws with file and line in strict mode', async () => {
    const path = fixture('miranda.json');
    await expect(loadMiranda(path, { strict: true })).rejects.toThrow(`(at file ${path}:16)`);
  });

  it('reads an empty array', () => {
    expect(parseMiranda(' [ ] ')).toEqual({ documents: [], gold: new Map(), problems: [] });
  });
});
