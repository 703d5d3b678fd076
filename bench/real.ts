/**
 * `npm run bench:real`: quality on real text, beside plain baselines measured in the same run.
 * - The labelled real-news set (`corpus/real/`), tuning and test halves apart: BCubed and pairwise
 *   scores, cross-language pair precision and recall, clusters against events, the worst errors.
 * - The SemEval-2022 Task 8 pairs (`../shared/data/semeval-2022-task8/`): Pearson's r and ROC AUC.
 * Each with the ablations of `npm run bench` and the word and character 4-gram TF-IDF peers.
 * A part whose data is absent is skipped with the reason and how to get it.
 * Writes bench/results/real.{md,json}.
 *
 *   tsx bench/real.ts [--options '{…}']
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clusterDocuments, DEFAULT_OPTIONS, type ClusterOptions } from '../src/index.js';
import { ablationConfigs } from './lib/ablation.js';
import { extraOptions, withExtra } from './lib/args.js';
import { REFERENCE_DATE, RESULTS_DIR } from './lib/constants.js';
import { machineInfo, type MachineInfo } from './lib/machine.js';
import { realMarkdown } from './real/markdown.js';
import { runRealSet, type RealConfig, type RealResults } from './real/realClusters.js';
import { CACHE_PATH, halfCorpus, HALVES, readCache, readManifest, splitTopics, type Half, type HalfCorpus } from './real/realSet.js';
import { loadSemEval, runSemEval, SEMEVAL_PATH, type SemEvalResults } from './real/semeval.js';

interface HalfMakeUp {
  pages: number;
  events: number;
  languages: string;
}

export interface RealBenchResults {
  measuredAt: string;
  reproduce: string;
  referenceDate: string;
  machine: MachineInfo;
  extraOptions: ClusterOptions;
  configs: RealConfig[];
  realStatus: string;
  makeUp: Record<Half, HalfMakeUp> | null;
  real: RealResults | null;
  semevalStatus: string;
  semeval: SemEvalResults | null;
}

export const REBUILD_HINT = 'the page texts are not committed: rebuild the git-ignored cache corpus/real/.cache/pages.jsonl as corpus/real/README.md says (search tool, then `npm run real:cache`)';

/** Whether the library takes this `publishedAt` as it is (it decides, not this benchmark). */
function acceptsPublished(value: string): boolean {
  try {
    clusterDocuments([{ id: 'probe', text: 'probe', publishedAt: value }], { referenceDate: REFERENCE_DATE });
    return true;
  } catch {
    return false;
  }
}

function makeUp(corpus: HalfCorpus): HalfMakeUp {
  const languages: Record<string, number> = {};
  for (const lang of corpus.languages.values()) languages[lang] = (languages[lang] ?? 0) + 1;
  return { pages: corpus.documents.length, events: new Set(corpus.gold.values()).size, languages: Object.entries(languages).sort().map(([l, n]) => `${l} ${n}`).join(', ') };
}

function realPart(configs: readonly RealConfig[], log: (line: string) => void): Pick<RealBenchResults, 'realStatus' | 'makeUp' | 'real'> {
  const rows = readManifest();
  const cache = readCache(rows);
  if (cache === null) return { realStatus: `Skipped: ${CACHE_PATH} is absent; ${REBUILD_HINT}.`, makeUp: null, real: null };
  const split = splitTopics(rows);
  const memo = new Map<string, boolean>();
  const accepts = (value: string) => memo.get(value) ?? (memo.set(value, acceptsPublished(value)).get(value) as boolean);
  const halves = Object.fromEntries(HALVES.map((h) => [h, halfCorpus(cache.pages, split, h, accepts)])) as Record<Half, HalfCorpus>;
  const status = cache.missing.length === 0 ? `All ${rows.length} manifest pages cached.` : `${cache.missing.length} of ${rows.length} manifest pages are not in the cache and were left out (${cache.missing.slice(0, 5).join(', ')}…); ${REBUILD_HINT}.`;
  const given = cache.pages.filter((p) => p.published !== '' && accepts(p.published)).length;
  return {
    realStatus: `${status} No language is given (the library detects it); \`publishedAt\` is the page's own date where the library accepts its form (${given} of ${cache.pages.length} pages).`,
    makeUp: { tuning: makeUp(halves.tuning), test: makeUp(halves.test) },
    real: runRealSet(halves, configs, DEFAULT_OPTIONS.threshold, log),
  };
}

async function main(args: readonly string[]): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const extra = extraOptions(args);
  const configs = ablationConfigs().map((c) => ({ ...c, options: withExtra(extra, c.options) }));
  const semevalData = await loadSemEval();
  const real = realPart(configs, log);
  const results: RealBenchResults = {
    measuredAt: new Date().toISOString(),
    reproduce: `npm run bench:real${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    referenceDate: REFERENCE_DATE,
    machine: machineInfo(),
    extraOptions: extra,
    configs,
    ...real,
    semevalStatus: semevalData === null ? `Skipped: ${SEMEVAL_PATH} is absent (it comes with ../shared beside the checkout).` : 'measured',
    semeval: semevalData === null ? null : runSemEval(semevalData, configs, log),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'real.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = realMarkdown(results);
  writeFileSync(join(RESULTS_DIR, 'real.md'), markdown);
  process.stdout.write(markdown);
  log('wrote bench/results/real.md, real.json');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
