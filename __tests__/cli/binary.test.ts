/**
 * The real binary (dist/cli.js, built by tsup) on the bundled corpus and on bad input: output,
 * exit codes (0 success, 1 runtime failure, 2 bad usage) and one-line messages without stacks.
 * Each run starts Node, so the many option cases are tested in-process in run.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT, runBin } from './binary.js';

const SEED_CLUSTERS = [['000_9f1e77a909bc5c5f', '001_0fe65b89ff130b70'], ['002_e163b6b2ee537228'], ['003_c07559bca7f36c0e'], ['004_613cf9316ff160d9']];
const REF = ['--reference-date', '2021-06-01'];

let work: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'event-clusters-cli-'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function clustersOf(json: string): string[][] {
  const result = JSON.parse(json) as { clusters: { members: string[] }[] };
  return result.clusters.map((c) => c.members);
}

/** Every line of standard error is a single message, and no stack trace leaks. */
function expectOneLineErrors(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /mu);
  for (const line of stderr.trim().split('\n')) expect(line).toMatch(/^event-clusters: /u);
}

describe('event-clusters cluster on the bundled corpus', () => {
  test('a folder gives the four seed clusters (top-level files only, corpus/dev is not read)', () => {
    const run = runBin(['cluster', 'corpus/', '--format', 'json', ...REF]);
    expect(run.code).toBe(0);
    expect(clustersOf(run.stdout)).toEqual(SEED_CLUSTERS);
    expect(run.stderr).toBe('');
  });

  test('the table names every cluster and member; no progress bar when standard error is not a terminal', () => {
    const run = runBin(['cluster', 'corpus', ...REF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^4 clusters, 5 documents$/mu);
    for (const id of SEED_CLUSTERS.flat()) expect(run.stdout).toContain(id);
    expect(run.stdout).toMatch(/^c1 {2}2 docs {2}fr sv {2}2020-02-22/mu);
    expect(run.stderr).toBe('');
  });

  test('--format html --out writes one self-contained report and says so on standard error', () => {
    const out = join(work, 'report.html');
    const run = runBin(['cluster', 'corpus/', '--format', 'html', '--out', out, ...REF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`5 documents, 4 clusters → ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<article class="cluster"/gu)).toHaveLength(4);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/u);
  });

  test('standard input: JSONL, or one plain-text document', () => {
    const jsonl = runBin(['cluster', '-', '-f', 'json', ...REF], { input: readFileSync(join(ROOT, 'corpus/documents.jsonl')) });
    expect(clustersOf(jsonl.stdout)).toEqual(SEED_CLUSTERS);
    const text = runBin(['cluster', '-', '-f', 'json', ...REF], { input: 'Police arrested 70 people in Almaty on 22 February 2020.' });
    expect(clustersOf(text.stdout)).toEqual([['stdin']]);
  });
});

describe('event-clusters evaluate', () => {
  test('scores the corpus against gold.tsv (file ids matched without .txt)', () => {
    const run = runBin(['evaluate', 'corpus/', '--gold', 'corpus/gold.tsv', '--format', 'json', ...REF]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { documents: number; bcubed: { f1: number }; pairwise: { f1: number }; ari: number };
    expect(report.documents).toBe(5);
    expect(report.bcubed.f1).toBe(1);
    expect(report.pairwise.f1).toBe(1);
  });
});

describe('help and version', () => {
  test('--help exits 0 and shows usage and the exit codes', () => {
    const run = runBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: event-clusters/mu);
    expect(run.stdout).toContain('Exit codes: 0 success, 1 runtime failure, 2 bad usage.');
  });

  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runBin(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});

describe('bad usage exits 2 with one line naming the option or file', () => {
  test.each([
    [['cluster', 'corpus', '--threshold', '2'], '--threshold'],
    [['cluster', 'corpus', '--format', 'xml'], '--format'],
    [['cluster', 'no/such/folder'], 'no/such/folder'],
  ])('%j', (args, named) => {
    const run = runBin(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLineErrors(run.stderr);
    expect(run.stderr).toContain(named);
  });

  test('no command at all shows the help on standard error', () => {
    const run = runBin([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: event-clusters');
  });
});

describe('bad input is reported by name and line, and skipped (or fatal with --strict)', () => {
  let folder: string;

  beforeAll(() => {
    folder = join(work, 'bad');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.txt'), 'Police arrested 70 people in Almaty on Saturday, 22 February 2020.');
    writeFileSync(join(folder, 'empty.txt'), ' \n');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 r\xe9sum\xe9', 'latin1'));
    writeFileSync(join(folder, 'mixed.jsonl'), '{"id":"j1","text":"Au moins 70 personnes arrêtées à Almaty."}\n{not json\n["array"]\n{"id":"j1","text":"again"}\n{"text":"no id"}\n');
    symlinkSync(join(folder, 'missing-target.txt'), join(folder, 'gone.txt'));
  });

  test('every skipped input is named, the rest is clustered, exit 0', () => {
    const run = runBin(['cluster', folder, '-f', 'json', ...REF]);
    expect(run.code).toBe(0);
    expect(clustersOf(run.stdout).flat().sort()).toEqual(['good', 'j1']);
    const warnings = run.stderr.trim().split('\n');
    expectOneLineErrors(run.stderr);
    expect(warnings).toEqual(expect.arrayContaining([
      expect.stringMatching(/binary\.txt: binary file/u),
      expect.stringMatching(/empty\.txt: empty file/u),
      expect.stringMatching(/latin1\.txt: not valid UTF-8/u),
      expect.stringMatching(/gone\.txt: cannot read/u),
      expect.stringMatching(/mixed\.jsonl:2: invalid JSON/u),
      expect.stringMatching(/mixed\.jsonl:3: .*object/u),
      expect.stringMatching(/mixed\.jsonl:4: duplicate id "j1"/u),
      expect.stringMatching(/mixed\.jsonl:5: missing id/u),
    ]));
    expect(warnings).toHaveLength(8);
  });

  test('the HTML report lists the skipped inputs too', () => {
    const run = runBin(['cluster', folder, '-f', 'html', ...REF]);
    expect(run.stdout).toContain('Skipped inputs (8)');
  });

  test('--strict fails with exit 1 on the first bad input', () => {
    const run = runBin(['cluster', folder, '--strict', ...REF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectOneLineErrors(run.stderr);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/bad\/gone\.txt: cannot read \(broken link\) \(--strict\)$/mu);
  });

  test('nothing left to cluster is a runtime failure (exit 1)', () => {
    const run = runBin(['cluster', join(folder, 'empty.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('empty.txt: empty file');
    expect(run.stderr).toContain('no documents to cluster');
  });

  test('an unwritable --out is a runtime failure naming the file', () => {
    const run = runBin(['cluster', 'corpus', '--out', join(work, 'no-dir', 'x.html')]);
    expect(run.code).toBe(1);
    expectOneLineErrors(run.stderr);
    expect(run.stderr).toContain('no-dir');
  });
});
