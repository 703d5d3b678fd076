/**
 * One measured run, in its own process so that its peak RSS is its own and a run that hangs or
 * runs out of memory can be killed without taking the benchmark down:
 *
 *   node --import tsx bench/lib/child.ts --corpus file.jsonl --mode full|baseline --result out.json
 *     [--options '{"threshold":0.3}'] [--reference-date 2026-11-23] [--rss peak-rss-file]
 *
 * Timing covers clustering only (the corpus is already in memory); peak RSS is the process's
 * maximum resident set size (getrusage), which includes the loaded corpus and the tsx loader.
 */
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { clusterDocuments, evaluate, type ClusterOptions, type EvaluationReport } from '../../src/index.js';
import { baselineCluster } from '../baseline.js';
import { flag } from './args.js';
import { readCorpusFile } from './corpusFile.js';

export type RunMode = 'full' | 'baseline';

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface RunMetrics {
  status: 'ok';
  mode: RunMode;
  documents: number;
  clusters: number;
  seconds: number;
  docsPerSecond: number;
  peakRssBytes: number;
  rssAfterLoadBytes: number;
  bcubed: Scores;
  pairwise: Scores;
  crossLanguage: Scores | null;
  sameLanguage: Scores | null;
  ari: number;
  nmi: number;
  /** Baseline only: candidate pairs scored. */
  candidatePairs?: number;
}

const scores = (s: Scores | null): Scores | null => (s === null ? null : { precision: s.precision, recall: s.recall, f1: s.f1 });

export function metricsOf(report: EvaluationReport): Pick<RunMetrics, 'bcubed' | 'pairwise' | 'crossLanguage' | 'sameLanguage' | 'ari' | 'nmi'> {
  return {
    bcubed: scores(report.bcubed) as Scores,
    pairwise: scores(report.pairwise) as Scores,
    crossLanguage: scores(report.crossLanguage),
    sameLanguage: scores(report.sameLanguage),
    ari: report.ari,
    nmi: report.nmi,
  };
}

/**
 * Writes the process's peak RSS to `path` twice a second from a worker thread (clustering blocks
 * the main thread), so that a run that is killed or runs out of memory still leaves its peak.
 */
function samplePeakRss(path: string): void {
  const code = `const { workerData } = require('node:worker_threads'); const { writeFileSync } = require('node:fs');
setInterval(() => writeFileSync(workerData.path, String(process.resourceUsage().maxRSS * 1024)), 500);`;
  new Worker(code, { eval: true, workerData: { path } }).unref();
}

async function main(args: readonly string[]): Promise<void> {
  const corpus = flag(args, 'corpus');
  const resultPath = flag(args, 'result');
  const mode = flag(args, 'mode') as RunMode | undefined;
  if (corpus === undefined || resultPath === undefined || (mode !== 'full' && mode !== 'baseline')) throw new Error('usage: child.ts --corpus FILE --mode full|baseline --result FILE');
  const options = JSON.parse(flag(args, 'options') ?? '{}') as ClusterOptions;
  const referenceDate = flag(args, 'reference-date') ?? '2026-11-23';
  const rssPath = flag(args, 'rss');
  if (rssPath !== undefined) samplePeakRss(rssPath);
  const { documents, gold } = await readCorpusFile(corpus);
  const rssAfterLoadBytes = process.memoryUsage().rss;
  const start = performance.now();
  const result = mode === 'full' ? clusterDocuments(documents, { referenceDate, ...options }) : baselineCluster(documents, { threshold: options.threshold, linkage: options.linkage });
  const seconds = (performance.now() - start) / 1000;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const metrics: RunMetrics = {
    status: 'ok',
    mode,
    documents: documents.length,
    clusters: result.clusters.length,
    seconds,
    docsPerSecond: documents.length / seconds,
    peakRssBytes,
    rssAfterLoadBytes,
    ...metricsOf(evaluate(result, gold)),
  };
  if ('candidatePairs' in result) metrics.candidatePairs = result.candidatePairs;
  writeFileSync(resultPath, JSON.stringify(metrics));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
