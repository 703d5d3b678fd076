/**
 * `npm run bench:index`: what the candidate index costs in quality. The same generated corpus is
 * clustered twice in this process — every pair scored (`candidates: 'all'`) and candidate pairs
 * from the index (`candidates: 'index'`) — and both are scored against the planted events. Writes
 * bench/results/index.{md,json}.
 *
 *   tsx bench/indexQuality.ts [--documents 10000] [--seed 1] [--documents-per-day 100]
 *
 * All pairs is the exact path and is quadratic in time (50M pairs scored at 10k documents: about
 * 3 minutes here, against 10 s with the index), so the default is the 10k documents the scale
 * issue sets its quality target at. It once held every positive pair as an object and did not fit
 * at 10k; with pairs in typed arrays it peaked at 1.6 GB there (run by hand on 2026-12-05).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterDocuments, evaluate, type ClusterOptions } from '../src/index.js';
import { numberFlag } from './lib/args.js';
import { cachedCorpus, generatorHash } from './lib/corpusCache.js';
import { readCorpusFile } from './lib/corpusFile.js';
import { machineInfo } from './lib/machine.js';
import { REPO_ROOT } from './lib/runChild.js';

const REFERENCE_DATE = '2026-11-23';

interface StrategyRow {
  candidates: 'all' | 'index';
  seconds: number;
  clusters: number;
  bcubedF1: number;
  pairwiseF1: number;
  crossLanguageRecall: number | null;
}

async function main(args: readonly string[]): Promise<void> {
  const documents = numberFlag(args, 'documents', 10000);
  const seed = numberFlag(args, 'seed', 1);
  const perDay = numberFlag(args, 'documents-per-day', 100);
  const machine = machineInfo();
  const hash = generatorHash();
  const corpus = await readCorpusFile((await cachedCorpus(documents, seed, perDay, hash)).path);
  const rows = (['all', 'index'] as const).map((candidates): StrategyRow => {
    const options: ClusterOptions = { referenceDate: REFERENCE_DATE, candidates };
    const start = performance.now();
    const result = clusterDocuments(corpus.documents, options);
    const seconds = (performance.now() - start) / 1000;
    const report = evaluate(result, corpus.gold);
    return { candidates, seconds, clusters: result.clusters.length, bcubedF1: report.bcubed.f1, pairwiseF1: report.pairwise.f1, crossLanguageRecall: report.crossLanguage?.recall ?? null };
  });
  const [all, index] = rows as [StrategyRow, StrategyRow];
  const difference = index.bcubedF1 - all.bcubedF1;
  const run = { measuredAt: new Date().toISOString(), command: `tsx bench/indexQuality.ts ${args.join(' ')}`.trim(), documents, seed, documentsPerDay: perDay, generator: hash, machine };
  writeFileSync(join(REPO_ROOT, 'bench', 'results', 'index.json'), `${JSON.stringify({ run, rows, difference }, null, 2)}\n`);
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(4));
  const md = [
    '# Candidate index against all pairs',
    '',
    `${documents} generated documents (seed ${seed}, ${perDay} a day, generator ${hash}), default options except \`candidates\`; measured ${run.measuredAt} on ${machine.cores} × ${machine.cpu}, load average ${machine.loadAverage} at start. Reproduce: \`npm run bench:index\`.`,
    '',
    '| candidates | s | clusters | BCubed F1 | pairwise F1 | cross-language R |',
    '| :--- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.candidates} | ${r.seconds.toFixed(1)} | ${r.clusters} | ${f(r.bcubedF1)} | ${f(r.pairwiseF1)} | ${f(r.crossLanguageRecall)} |`),
    '',
    `BCubed F1, index − all pairs: ${difference >= 0 ? '+' : ''}${difference.toFixed(4)} (target: within 0.01 — ${Math.abs(difference) <= 0.01 ? 'met' : '**missed**'}).`,
    '',
  ].join('\n');
  writeFileSync(join(REPO_ROOT, 'bench', 'results', 'index.md'), md);
  process.stdout.write(md);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
