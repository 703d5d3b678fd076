/**
 * Scale benchmark: generated corpora (bench/generate.ts) of each size, clustered by
 * `clusterDocuments` with default options and by the plain TF-IDF baseline, back to back, each in
 * its own process with a time limit. Results are merged by size into bench/results/scale.{json,md}.
 *
 *   tsx bench/scale.ts --sizes 1000,10000,100000 [--seed 1] [--documents-per-day 100] [--timeout-seconds 600]
 *     [--heap-mb 6144] [--options '{"threshold":0.3}'] [--no-baseline]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClusterOptions } from '../src/index.js';
import { DEFAULT_DOCUMENTS_PER_DAY } from './generate.js';
import { extraOptions, flag, numberFlag } from './lib/args.js';
import { cachedCorpus, generatorHash } from './lib/corpusCache.js';
import { machineInfo } from './lib/machine.js';
import { REFERENCE_DATE, RESULTS_DIR } from './lib/constants.js';
import { runChild } from './lib/runChild.js';
import { scaleMarkdown } from './lib/scaleMarkdown.js';
import { mergeEntries, ok, readScaleResults, writeScaleResults, type ScaleEntry, type ScaleResults } from './lib/scaleResults.js';


export interface ScaleConfig {
  sizes: readonly number[];
  seed: number;
  documentsPerDay: number;
  /** Hash of the generator's source when the run started (labels corpora and results). */
  generatorHash: string;
  timeoutSeconds: number;
  heapMb: number;
  options: ClusterOptions;
  baseline: boolean;
  command: string;
  log: (line: string) => void;
}

export async function measureSize(documents: number, config: ScaleConfig): Promise<ScaleEntry> {
  const corpus = await cachedCorpus(documents, config.seed, config.documentsPerDay, config.generatorHash);
  if (corpus.generatedSeconds !== null) config.log(`  generated ${documents} documents (${corpus.events} events) in ${corpus.generatedSeconds.toFixed(1)} s`);
  const request = { corpus: corpus.path, referenceDate: REFERENCE_DATE, timeoutSeconds: config.timeoutSeconds, heapMb: config.heapMb };
  const machine = machineInfo();
  const baseline = config.baseline ? await runChild({ ...request, mode: 'baseline', options: {} }) : null;
  config.log(`  baseline: ${baseline === null ? 'skipped' : ok(baseline) ? `${baseline.seconds.toFixed(2)} s` : baseline.status}`);
  const full = await runChild({ ...request, mode: 'full', options: config.options });
  config.log(`  full:     ${ok(full) ? `${full.seconds.toFixed(2)} s, BCubed F1 ${full.bcubed.f1.toFixed(3)}` : `${full.status}: ${full.reason}`}`);
  return {
    documents,
    events: corpus.events,
    seed: config.seed,
    documentsPerDay: config.documentsPerDay,
    generatorHash: config.generatorHash,
    measuredAt: new Date().toISOString(),
    command: config.command,
    machine,
    options: config.options,
    timeoutSeconds: config.timeoutSeconds,
    full,
    baseline,
    timeRatio: ok(full) && ok(baseline) ? full.seconds / baseline.seconds : null,
  };
}

/** Measures every size and merges the entries into the results files. */
export async function runScale(config: ScaleConfig): Promise<ScaleResults> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const jsonPath = join(RESULTS_DIR, 'scale.json');
  const fresh: ScaleEntry[] = [];
  for (const size of config.sizes) {
    config.log(`scale: ${size} documents`);
    fresh.push(await measureSize(size, config));
    // Written after every size, so a long run that is stopped keeps what it measured.
    writeScaleResults(jsonPath, join(RESULTS_DIR, 'scale.md'), mergeEntries(readScaleResults(jsonPath), fresh), scaleMarkdown);
  }
  return writeScaleResults(jsonPath, join(RESULTS_DIR, 'scale.md'), mergeEntries(readScaleResults(jsonPath), fresh), scaleMarkdown);
}

export function scaleConfig(args: readonly string[], defaults: Partial<ScaleConfig> = {}): ScaleConfig {
  const sizes = (flag(args, 'sizes') ?? (defaults.sizes ?? [1000]).join(',')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes must be integers ≥ 2, got ${sizes.join(',')}`);
  return {
    sizes,
    seed: numberFlag(args, 'seed', defaults.seed ?? 1),
    documentsPerDay: numberFlag(args, 'documents-per-day', DEFAULT_DOCUMENTS_PER_DAY),
    generatorHash: generatorHash(),
    timeoutSeconds: numberFlag(args, 'timeout-seconds', defaults.timeoutSeconds ?? 600),
    heapMb: numberFlag(args, 'heap-mb', 6144),
    options: extraOptions(args),
    baseline: !args.includes('--no-baseline'),
    command: defaults.command ?? `npm run bench:scale -- ${args.join(' ')}`.trim(),
    log: (line) => process.stdout.write(`${line}\n`),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  runScale(scaleConfig(args, { command: `tsx bench/scale.ts ${args.join(' ')}` }))
    .then((results) => process.stdout.write(`\n${scaleMarkdown(results)}`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
