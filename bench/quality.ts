/**
 * Quality benchmark: the bundled seed corpus, the hand-written dev corpus (when present) and a
 * small generated stream, each clustered with the full model and the ablations (word TF-IDF
 * alone; the full model minus entities, dates, numbers or character n-grams), scored by
 * `evaluate`. Writes bench/results/quality.{json,md}.
 *
 *   tsx bench/quality.ts [--generated 200] [--options '{…}']
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clusterDocuments, evaluate, loadJsonl, type ClusterOptions, type NewsDocumentInput } from '../src/index.js';
import { generateCorpus } from './generate.js';
import { ablationConfigs } from './lib/ablation.js';
import { extraOptions, numberFlag, withExtra } from './lib/args.js';
import { metricsOf, type RunMetrics } from './lib/child.js';
import { machineInfo, type MachineInfo } from './lib/machine.js';
import { qualityMarkdown } from './lib/qualityMarkdown.js';
import { REPO_ROOT } from './lib/runChild.js';
import { REFERENCE_DATE, RESULTS_DIR } from './lib/constants.js';

export interface QualityRow extends Pick<RunMetrics, 'bcubed' | 'pairwise' | 'crossLanguage' | 'sameLanguage' | 'ari' | 'nmi' | 'clusters' | 'seconds'> {
  config: string;
  description: string;
  options: ClusterOptions;
}

export interface CorpusQuality {
  name: string;
  source: string;
  documents: number;
  events: number;
  languages: Record<string, number>;
  rows: QualityRow[];
}

export interface QualityResults {
  measuredAt: string;
  reproduce: string;
  referenceDate: string;
  machine: MachineInfo;
  extraOptions: ClusterOptions;
  corpora: CorpusQuality[];
}

interface Corpus {
  name: string;
  source: string;
  documents: NewsDocumentInput[];
  gold: Map<string, string>;
}

async function realCorpus(name: string, relative: string): Promise<Corpus | null> {
  const path = join(REPO_ROOT, relative);
  if (!existsSync(path)) return null;
  const { documents, gold } = await loadJsonl(path, { strict: true });
  return { name, source: relative, documents, gold };
}

function generated(documents: number): Corpus {
  const corpus = generateCorpus({ documents, seed: 1 });
  return { name: `generated stream (${documents} documents)`, source: `generateCorpus({ documents: ${documents}, seed: 1 }), 100 documents a day`, documents: corpus.documents, gold: corpus.gold };
}

export function scoreCorpus(corpus: Corpus, extra: ClusterOptions): CorpusQuality {
  const languages: Record<string, number> = {};
  for (const d of corpus.documents) languages[d.lang ?? 'und'] = (languages[d.lang ?? 'und'] ?? 0) + 1;
  const rows = ablationConfigs().map((config): QualityRow => {
    const options = withExtra(extra, config.options);
    const start = performance.now();
    const result = clusterDocuments(corpus.documents, { referenceDate: REFERENCE_DATE, ...options });
    const seconds = (performance.now() - start) / 1000;
    return { config: config.name, description: config.description, options, clusters: result.clusters.length, seconds, ...metricsOf(evaluate(result, corpus.gold)) };
  });
  return { name: corpus.name, source: corpus.source, documents: corpus.documents.length, events: new Set(corpus.gold.values()).size, languages, rows };
}

export async function runQuality(options: { generatedDocuments: number; extra: ClusterOptions; log: (line: string) => void }): Promise<QualityResults> {
  const corpora = [await realCorpus('bundled seeds', 'corpus/documents.jsonl'), await realCorpus('dev corpus', 'corpus/dev/documents.jsonl')];
  if (corpora[1] === null) options.log('quality: corpus/dev/documents.jsonl not found, skipped');
  const all = [...corpora.filter((c): c is Corpus => c !== null), ...(options.generatedDocuments > 0 ? [generated(options.generatedDocuments)] : [])];
  const results: QualityResults = {
    measuredAt: new Date().toISOString(),
    reproduce: 'npm run bench',
    referenceDate: REFERENCE_DATE,
    machine: machineInfo(),
    extraOptions: options.extra,
    corpora: all.map((corpus) => {
      options.log(`quality: ${corpus.name}, ${corpus.documents.length} documents`);
      return scoreCorpus(corpus, options.extra);
    }),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'quality.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'quality.md'), qualityMarkdown(results));
  return results;
}

export const DEFAULT_GENERATED = 200;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  runQuality({ generatedDocuments: numberFlag(args, 'generated', DEFAULT_GENERATED), extra: extraOptions(args), log: (line) => process.stdout.write(`${line}\n`) })
    .then((results) => process.stdout.write(`\n${qualityMarkdown(results)}`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
