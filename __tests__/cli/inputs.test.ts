import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSources } from '../../src/cli/inputs/collectSources.js';
import { decodeText } from '../../src/cli/inputs/decodeText.js';
import { readSources } from '../../src/cli/inputs/readSources.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'event-clusters-inputs-'));
  writeFileSync(join(root, 'b.txt'), 'Second story.');
  writeFileSync(join(root, 'a.txt'), 'First story.');
  writeFileSync(join(root, 'README.md'), '# not a document');
  writeFileSync(join(root, 'docs.jsonl'), '{"id":"j1","text":"Third","lang":"swe","event":"e1","publishedAt":"2020-02-22"}\n');
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'c.txt'), 'Nested story.');
  mkdirSync(join(root, 'nothing'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectSources', () => {
  test('a folder gives its top-level .txt and .jsonl files, sorted, ids without .txt', async () => {
    const { sources, problems } = await collectSources([root]);
    expect(sources.map((s) => (s.kind === 'file' ? s.id : '-'))).toEqual(['a', 'b', 'docs.jsonl']);
    expect(problems).toEqual([]);
  });

  test('--recursive adds sub-folders, with ids relative to the folder given', async () => {
    const { sources } = await collectSources([root], { recursive: true });
    expect(sources.map((s) => (s.kind === 'file' ? s.id : '-'))).toEqual(['a', 'b', 'docs.jsonl', 'sub/c']);
  });

  test('an explicit file is read whatever its extension; an empty folder is reported', async () => {
    const { sources, problems } = await collectSources([join(root, 'README.md'), '-', join(root, 'nothing')]);
    expect(sources).toEqual([{ kind: 'file', path: join(root, 'README.md'), id: 'README.md' }, { kind: 'stdin' }]);
    expect(problems).toEqual([{ file: join(root, 'nothing'), reason: expect.stringContaining('no .txt or .jsonl files') }]);
  });
});

describe('readSources', () => {
  test('text files are one document each; JSONL records keep their fields and events', async () => {
    const { sources } = await collectSources([root]);
    const read = await readSources(sources, { lang: 'en' });
    expect(read.documents).toEqual([
      { id: 'a', text: 'First story.', lang: 'en' },
      { id: 'b', text: 'Second story.', lang: 'en' },
      { id: 'j1', text: 'Third', lang: 'sv', publishedAt: '2020-02-22' },
    ]);
    expect(read.gold).toEqual(new Map([['j1', 'e1']]));
    expect(read.problems).toEqual([]);
  });

  test('standard input is JSONL when it starts with "{", else one document', async () => {
    const jsonl = await readSources([{ kind: 'stdin' }], { readStdin: async () => Buffer.from('\n {"id":"x","text":"t"}\n') });
    expect(jsonl.documents).toEqual([{ id: 'x', text: 't' }]);
    const text = await readSources([{ kind: 'stdin' }], { readStdin: async () => Buffer.from('\uFEFFPlain text') });
    expect(text.documents).toEqual([{ id: 'stdin', text: 'Plain text' }]);
  });

  test('a repeated id across files is reported with the file that had it first', async () => {
    const read = await readSources([{ kind: 'file', path: join(root, 'a.txt'), id: 'a' }, { kind: 'file', path: join(root, 'b.txt'), id: 'a' }]);
    expect(read.documents).toHaveLength(1);
    expect(read.problems).toEqual([{ file: join(root, 'b.txt'), reason: `duplicate document id "a" (first read from ${join(root, 'a.txt')})` }]);
  });
});

describe('decodeText', () => {
  test.each([
    [Buffer.from('héllo'), { text: 'héllo' }],
    [Buffer.from('\uFEFFhej'), { text: 'hej' }],
    [Buffer.from('  \n\t'), { reason: 'empty file' }],
    [Buffer.from([0x41, 0x00, 0x42]), { reason: expect.stringContaining('binary') }],
    [Buffer.from([0x63, 0x61, 0x66, 0xe9]), { reason: expect.stringContaining('UTF-8') }],
  ])('%j', (bytes, expected) => {
    expect(decodeText(bytes)).toEqual(expected);
  });
});
