/**
 * Streaming benchmark: the generated corpus of the scale benchmark (same generator, seed and
 * density), in publication order, pushed through `EventClusterer` batch by batch in a child
 * process with a time limit. Writes every batch and the two targets (steady throughput, flat
 * memory once the window is full) to bench/results/stream.{json,md}.
 *
 *   tsx bench/stream.ts [--documents 100000] [--batch 1000] [--window-days 14] [--seed 1]
 *     [--documents-per-day 100] [--timeout-seconds 1800] [--heap-mb 6144]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DOCUMENTS_PER_DAY } from './generate.js';
import { numberFlag } from './lib/args.js';
import { REFERENCE_DATE, RESULTS_DIR } from './lib/constants.js';
import { cachedCorpus, generatorHash } from './lib/corpusCache.js';
import { machineInfo } from './lib/machine.js';
import { failureReason, REPO_ROOT, runTimedChild } from './lib/runChild.js';
import type { StreamFinal } from './lib/streamChild.js';
import { streamMarkdown } from './lib/streamMarkdown.js';
import { flatMemory, steadyThroughput, type StreamResults, type StreamRow } from './lib/streamSummary.js';

const CHILD = join(REPO_ROOT, 'bench', 'lib', 'streamChild.ts');

export interface StreamConfig {
  documents: number;
  batch: number;
  windowDays: number;
  seed: number;
  documentsPerDay: number;
  timeoutSeconds: number;
  heapMb: number;
  command: string;
  log: (line: string) => void;
}

interface ChildOutcome {
  status: StreamResults['status'];
  reason: string | null;
  seconds: number;
  rows: StreamRow[];
  final: StreamFinal | null;
}

export function streamConfig(args: readonly string[], command: string): StreamConfig {
  const config: StreamConfig = {
    documents: numberFlag(args, 'documents', 100_000),
    batch: numberFlag(args, 'batch', 1000),
    windowDays: numberFlag(args, 'window-days', 14),
    seed: numberFlag(args, 'seed', 1),
    documentsPerDay: numberFlag(args, 'documents-per-day', DEFAULT_DOCUMENTS_PER_DAY),
    timeoutSeconds: numberFlag(args, 'timeout-seconds', 1800),
    heapMb: numberFlag(args, 'heap-mb', 6144),
    command,
    log: (line) => process.stdout.write(`${line}\n`),
  };
  if (!Number.isInteger(config.documents) || config.documents < 1) throw new Error(`--documents must be a positive integer, got ${config.documents}`);
  if (!Number.isInteger(config.batch) || config.batch < 1) throw new Error(`--batch must be a positive integer, got ${config.batch}`);
  return config;
}

/** Rows written so far: the child appends one per batch, so a killed run still leaves them. */
function readRows(path: string): StreamRow[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as StreamRow);
}

/** Runs the stream in its own Node process (its RSS is then the clusterer's), killed at the time limit. */
async function runStreamChild(corpus: string, config: StreamConfig): Promise<ChildOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'event-clusters-stream-'));
  const rowsPath = join(dir, 'rows.jsonl');
  const resultPath = join(dir, 'result.json');
  const args = [`--max-old-space-size=${config.heapMb}`, '--import', 'tsx', CHILD, '--corpus', corpus, '--rows', rowsPath, '--result', resultPath, '--batch', String(config.batch), '--window-days', String(config.windowDays), '--reference-date', REFERENCE_DATE];
  // stdout passes through: the child prints a progress line every 10th batch.
  const exit = await runTimedChild(args, config.timeoutSeconds, 'inherit');
  const outcome = (status: ChildOutcome['status'], reason: string | null, final: StreamFinal | null): ChildOutcome => ({ status, reason, seconds: exit.seconds, rows: readRows(rowsPath), final });
  try {
    if (exit.timedOut) return outcome('timeout', failureReason(exit, config.timeoutSeconds), null);
    if (exit.code !== 0) return outcome('failed', failureReason(exit, config.timeoutSeconds), null);
    return outcome('ok', null, JSON.parse(readFileSync(resultPath, 'utf8')) as StreamFinal);
  } catch (error) {
    return outcome('failed', `no result: ${String(error)}`, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runStream(config: StreamConfig): Promise<StreamResults> {
  const hash = generatorHash();
  const corpus = await cachedCorpus(config.documents, config.seed, config.documentsPerDay, hash);
  if (corpus.generatedSeconds !== null) config.log(`  generated ${config.documents} documents (${corpus.events} events) in ${corpus.generatedSeconds.toFixed(1)} s`);
  const machine = machineInfo();
  const measuredAt = new Date().toISOString();
  config.log(`stream: ${config.documents} documents in batches of ${config.batch}, window ${config.windowDays} days`);
  const run = await runStreamChild(corpus.path, config);
  const results: StreamResults = {
    description: 'The generated multilingual corpus of the scale benchmark (bench/generate.ts), in publication order, pushed through EventClusterer in batches, in its own process: time of add and clusters, active pool and RSS after every batch, and the final window scored against its gold events.',
    command: config.command,
    measuredAt,
    seed: config.seed,
    documents: config.documents,
    documentsPerDay: config.documentsPerDay,
    events: corpus.events,
    generatorHash: hash,
    batch: config.batch,
    windowDays: config.windowDays,
    referenceDate: REFERENCE_DATE,
    heapMb: config.heapMb,
    timeoutSeconds: config.timeoutSeconds,
    machine,
    status: run.status,
    reason: run.reason,
    seconds: run.seconds,
    rows: run.rows,
    final: run.final,
    steady: steadyThroughput(run.rows, config.windowDays),
    memory: flatMemory(run.rows, config.windowDays),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'stream.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'stream.md'), streamMarkdown(results));
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  Promise.resolve()
    .then(() => runStream(streamConfig(args, `tsx bench/stream.ts ${args.join(' ')}`.trim())))
    .then((results) => process.stdout.write(`\n${streamMarkdown(results)}`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
