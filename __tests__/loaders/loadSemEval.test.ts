import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClusteringError } from '../../src/errors.js';
import { loadSemEvalPairs, parseSemEvalPairs } from '../../src/loaders/loadSemEval.js';

const HEADER = 'Unnamed: 0,pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone';
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
const row = (pair: string, t1: string, t2: string, overall = '1.0', langs = 'en,en') => `0,${pair},${langs},${quoted(t1)},${quoted(t2)},1,1,1,1,${overall},1,1`;
const SHARED_FILE = join(process.cwd(), '..', 'shared', 'data', 'semeval-2022-task8', 'training_set.csv');

describe('parseSemEvalPairs', () => {
  it('keeps original pairs once, with their ratings, and leaves machine translations out', () => {
    const text = [HEADER, row('11_22', 'Quake hits "north"', 'Earthquake, north', '1.5'), row('11_22', 'Quake hits "north"', 'Earthquake, north', '1.5'), row('11it_22', 'Terremoto', 'Earthquake, north'), row('22_33', 'Earthquake, north', 'Budget vote', '4.0', 'en,de')].join('\n');
    const loaded = parseSemEvalPairs(text);
    expect(loaded.pairs.map((p) => [p.pairId, p.a, p.b, p.langA, p.langB, p.overall])).toEqual([
      ['11_22', '11', '22', 'en', 'en', 1.5],
      ['22_33', '22', '33', 'en', 'de', 4],
    ]);
    expect(loaded.pairs[0]?.ratings).toEqual({ Geography: 1, Entities: 1, Time: 1, Narrative: 1, Overall: 1.5, Style: 1, Tone: 1 });
    expect(loaded.repeatedRows).toBe(1);
    expect(loaded.documents.map((d) => d.id)).toEqual(['11', '22', '33']);
    expect(loaded.documents[0]?.text).toBe('Quake hits "north"');
    expect(parseSemEvalPairs(text, { originalOnly: false }).pairs.map((p) => p.pairId)).toContain('11it_22');
  });

  it('gives an article that comes back with another text a document of its own', () => {
    const loaded = parseSemEvalPairs([HEADER, row('1_2', 'first text', 'two'), row('1_3', 'second text', 'three')].join('\n'));
    expect(loaded.pairs.map((p) => [p.a, p.b])).toEqual([['1', '2'], ['1~2', '3']]);
    expect(loaded.documents.find((d) => d.id === '1~2')?.text).toBe('second text');
  });

  it('reports bad rows by line, or throws on the first one when strict', () => {
    const text = [HEADER, row('1_2', 'a', 'b', '7'), 'x,badid,en,en,a,b,1,1,1,1,1,1,1', row('3_4', 'c', 'd')].join('\n');
    const loaded = parseSemEvalPairs(text);
    expect(loaded.problems).toEqual([
      { line: 2, reason: 'Overall rating "7" is not a number in 1–4' },
      { line: 3, reason: 'pair_id "badid" is not <id1>_<id2>' },
    ]);
    expect(loaded.pairs.map((p) => p.pairId)).toEqual(['3_4']);
    expect(() => parseSemEvalPairs(text, { strict: true, file: 'pairs.csv' })).toThrow(ClusteringError);
    expect(() => parseSemEvalPairs('pair_id,text1\n')).toThrow(/lacks the column\(s\) lang1, lang2, text2, Overall/u);
  });
});

describe('the shared SemEval sample', () => {
  const present = existsSync(SHARED_FILE);
  if (!present) it.skip(`skipped: ${SHARED_FILE} is absent (it comes with ../shared beside the checkout)`, () => undefined);
  else {
    it('holds the 757 distinct original pairs its README counts', async () => {
      const loaded = await loadSemEvalPairs(SHARED_FILE, { strict: true });
      expect(loaded.pairs).toHaveLength(757);
      expect(loaded.repeatedRows).toBe(796 - 757);
      expect(loaded.pairs.filter((p) => p.langA !== p.langB)).toHaveLength(112);
      expect(new Set(loaded.documents.map((d) => d.id)).size).toBe(loaded.documents.length);
    });
  }
});
