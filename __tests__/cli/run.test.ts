/** The command line's decisions, in-process: usage errors (exit 2), options reaching the library, formats. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PAIR_MODEL } from '../../src/index.js';
import { runInProcess } from './inProcess.js';

const REF = ['--reference-date', '2021-06-01'];

function clustersOf(json: string): string[][] {
  return (JSON.parse(json) as { clusters: { members: string[] }[] }).clusters.map((c) => c.members);
}

describe('bad usage exits 2 with one line naming the option, file or argument', () => {
  test.each([
    [['cluster', 'corpus', '--threshold', '2'], '--threshold: must be a number from 0 to 1'],
    [['cluster', 'corpus', '--threshold', 'abc'], '--threshold'],
    [['cluster', 'corpus', '--threshold', '0.5x'], '--threshold'],
    [['cluster', 'corpus', '--k', '3'], '--k'],
    [['cluster', 'corpus', '-a', 'kmeans', '-k', '99'], '--k: must be an integer from 1 to the number of documents (5)'],
    [['cluster', 'corpus', '-a', 'kmeans', '-k', '1.5'], '--k'],
    [['cluster', 'corpus', '-a', 'kmeans'], '--k'],
    [['cluster', 'corpus', '-a', 'spectral'], '--algorithm'],
    [['cluster', 'corpus', '--linkage', 'ward'], '--linkage'],
    [['cluster', 'corpus', '--weights', 'entities=0.4'], "unknown option '--weights'"],
    [['cluster', 'corpus', '--model', 'no-such-model.json'], 'cannot read the model file'],
    [['cluster', 'corpus', '--model', 'corpus/gold.tsv'], 'is not JSON'],
    [['cluster', 'corpus', '--model', 'package.json'], '--model'],
    [['cluster', 'corpus', '--languages', 'sv,xx'], '--languages'],
    [['cluster', 'corpus', '--format', 'xml'], '--format'],
    [['cluster', 'corpus', '--reference-date', '2021-02-30'], '--reference-date'],
    [['cluster', 'corpus', '--lang', 'swedish!'], '--lang'],
    [['cluster', 'corpus', '--bogus'], "unknown option '--bogus'"],
    [['cluster', 'no/such/folder'], 'no/such/folder: no such file or folder'],
    [['cluster'], "missing required argument 'inputs'"],
    [['cluster', '-', '-'], 'standard input (-) given twice'],
    [['evaluate', 'corpus', '--gold', 'no-such-gold.tsv'], '--gold: no-such-gold.tsv'],
    [['evaluate', 'corpus/gold.tsv'], '--gold <file> is required'],
    [['evaluate', 'corpus', '--format', 'html'], '--format'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j', async (args, named) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^event-clusters: /u);
    expect(run.stderr).toContain(named);
  });
});

describe('options reach the library', () => {
  test('k-means with k', async () => {
    const run = await runInProcess(['cluster', 'corpus', '-a', 'kmeans', '-k', '2', '-f', 'json', ...REF]);
    expect(run.code).toBe(0);
    expect(clustersOf(run.stdout)).toHaveLength(2);
  });

  test('threshold 0 merges everything', async () => {
    const run = await runInProcess(['cluster', 'corpus', '-t', '0', '-f', 'json', ...REF]);
    expect(clustersOf(run.stdout)).toHaveLength(1);
  });

  test('model, pooling, linkage, languages, seed and reference date are passed through', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-model-'));
    const model = { ...DEFAULT_PAIR_MODEL, threshold: 0.42, trainedOn: 'a test' };
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    const run = await runInProcess(['cluster', 'corpus', '--model', join(dir, 'model.json'), '--no-pooling', '--linkage', 'complete', '--languages', 'sv,fr,en', '--seed', '7', '-f', 'json', ...REF]);
    const { options } = JSON.parse(run.stdout) as { options: Record<string, unknown> };
    expect(options).toMatchObject({ model, threshold: 0.42, pooling: false, linkage: 'complete', languages: ['sv', 'fr', 'en'], referenceDate: '2021-06-01', seed: 7 });
  });

  test('--lang sets the language of text documents (three-letter codes accepted)', async () => {
    const run = await runInProcess(['cluster', '-', '--lang', 'fra', '-f', 'json', ...REF], 'Hello there, 70 people were arrested.');
    expect((JSON.parse(run.stdout) as { documents: { lang: string; langSource: string }[] }).documents[0]).toMatchObject({ lang: 'fr', langSource: 'given' });
  });

  test('the version is the context version', async () => {
    expect(await runInProcess(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
  });
});

describe('output formats', () => {
  test('jsonl gives one line per document with its cluster', async () => {
    const run = await runInProcess(['cluster', 'corpus/documents.jsonl', '-f', 'jsonl', ...REF]);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; cluster: string; clusterLabel: string });
    expect(lines.map((l) => l.cluster)).toEqual(['c1', 'c1', 'c2', 'c3', 'c4']);
    expect(lines[0]?.clusterLabel).toMatch(/2020-02-22/u);
  });

  test.each(['cluster', 'evaluate'])('%s --help lists its options', async (command) => {
    const run = await runInProcess([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: event-clusters ${command} \\[options\\] <inputs\\.\\.\\.>`, 'mu'));
    expect(run.stdout).toContain('--reference-date');
  });

  test('html on standard output is one page with the four seed clusters', async () => {
    const run = await runInProcess(['cluster', 'corpus/', '-f', 'html', '--title', 'Seeds <b>', ...REF]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(run.stdout.match(/<article class="cluster"/gu)).toHaveLength(4);
    expect(run.stdout).toContain('<title>Seeds &lt;b&gt;</title>');
  });

  test('evaluate prints json on request', async () => {
    const run = await runInProcess(['evaluate', 'corpus/documents.jsonl', '--gold', 'corpus/gold.tsv', '-f', 'json', ...REF]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ documents: 5, predictedClusters: 4, goldEvents: 4 });
  });

  test('evaluate warns about documents without gold labels and scores the rest', async () => {
    const extra = `${readFileSync('corpus/documents.jsonl', 'utf8').trim()}\n{"id":"extra","text":"Unrelated story about football in Paris."}\n`;
    const run = await runInProcess(['evaluate', '-', '--gold', 'corpus/gold.tsv', '-f', 'json', ...REF], extra);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('documents without a gold label, left out of the evaluation: 1 ("extra")');
    expect(JSON.parse(run.stdout)).toMatchObject({ documents: 5 });
    const strict = await runInProcess(['evaluate', '-', '--gold', 'corpus/gold.tsv', '--strict', ...REF], extra);
    expect(strict.code).toBe(1);
  });
});
