/**
 * `npm run train`: trains the pair model shipped with the library and writes it to
 * src/similarity/defaultModel.ts, with its report in bench/results/model.{md,json}.
 *
 * Data (named, each with a total weight in the fit):
 * - the real-news set's tuning half (corpus/real, needs the page cache): every pair of its
 *   documents and pairs of pooled (event, language) groups — weight 1;
 * - the SemEval-2022 Task 8 tuning half (../shared): its rated pairs, "same story" (Overall ≤ 1.5)
 *   as 1 and "different" (≥ 2.5) as 0, the pairs between left out — weight 0.3;
 * - the hand-written dev corpus (corpus/dev): all pairs and group pairs — weight 0.3.
 * No generated data in the fit: the generated corpus is for speed and checking, and its planted
 * anchors would teach the model evidence real news rarely has.
 * The cuts (first-pass threshold, pooled cut) are then chosen by mean BCubed F1 on the real tuning
 * half and the dev corpus, among those that keep the dev corpus at ≥ 0.96 and a generated sample
 * (1,000 documents, seed 9) at ≥ 0.995: the library's promises on those corpora (0.99 on generated
 * news), with a margin. The real test half and the SemEval test half are held out: the calibration
 * tables are measured on them.
 *
 *   tsx bench/train.ts [--weights real=1,semeval=0.3,dev=0.3] [--l2 0.001] [--dry-run]
 *
 * `--dry-run` prints the report without writing the model (to compare settings on the tuning data).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadJsonl } from '../src/index.js';
import { corpusExamples, pairExamples, type PairExample } from '../src/training/pairExamples.js';
import { calibrationTable, trainPairModel, type CalibrationBin, type TrainingSet } from '../src/training/trainPairModel.js';
import { tuneThresholds, type LabelledCorpus, type TuningRow } from '../src/training/tuneThresholds.js';
import type { PairModel } from '../src/similarity/pairModel.js';
import { REFERENCE_DATE, RESULTS_DIR } from './lib/constants.js';
import { REPO_ROOT } from './lib/runChild.js';
import { halfCorpus, readCache, readManifest, splitTopics, type HalfCorpus } from './real/realSet.js';
import { DIFFERENT_MIN, loadSemEval, SAME_STORY_MAX, semevalHalf } from './real/semeval.js';
import { modelMarkdown } from './lib/modelMarkdown.js';
import { generateCorpus } from './generate.js';
import { flag, numberFlag } from './lib/args.js';

const args = process.argv.slice(2);
/**
 * A generated sample the cuts must keep at BCubed F1 ≥ 0.995, a margin above the 0.99 the
 * library promises on generated news (a constraint, not training data; not the benchmarks' seed 1).
 */
const GENERATED_CHECK = { documents: 1000, seed: 9, minF1: 0.995 };
const WEIGHTS = { real: 1, semeval: 0.3, dev: 0.3, ...Object.fromEntries((flag(args, 'weights') ?? '').split(',').filter((p) => p !== '').map((p) => [p.split('=')[0], Number(p.split('=')[1])])) } as { real: number; semeval: number; dev: number };
const L2 = numberFlag(args, 'l2', 1e-3);
const options = { referenceDate: REFERENCE_DATE };

export interface ModelReport {
  trainedAt: string;
  command: string;
  model: PairModel;
  logLoss: number;
  l2: number;
  sets: { name: string; examples: number; positives: number; weight: number }[];
  tuning: TuningRow[];
  tuningCorpora: string[];
  calibration: { name: string; bins: CalibrationBin[] }[];
}

async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const rows = readManifest();
  const cache = readCache(rows);
  if (cache === null) throw new Error('npm run train needs the real-news page cache (corpus/real/.cache/pages.jsonl): see corpus/real/README.md');
  const split = splitTopics(rows);
  const half = (h: 'tuning' | 'test'): HalfCorpus => halfCorpus(cache.pages, split, h, () => true);
  const [tuning, test] = [half('tuning'), half('test')];
  const dev = await loadJsonl(join(REPO_ROOT, 'corpus', 'dev', 'documents.jsonl'), { strict: true });
  const semeval = await loadSemEval();
  if (semeval === null) throw new Error('npm run train needs the SemEval sample in ../shared/data/semeval-2022-task8/');
  const decided = semeval.pairs.filter((p) => p.overall <= SAME_STORY_MAX || p.overall >= DIFFERENT_MIN);
  const labelled = (h: 'tuning' | 'test') => decided.filter((p) => semevalHalf(p.pairId) === h).map((p) => ({ a: p.a, b: p.b, label: p.overall <= SAME_STORY_MAX ? 1 : 0 }));
  log('train: pair inputs of the real tuning half, the dev corpus and the SemEval pairs');
  const semevalExamples = { tuning: pairExamples(semeval.documents, labelled('tuning'), options), test: pairExamples(semeval.documents, labelled('test'), options) };
  const sets: TrainingSet[] = [
    { name: 'real-news set, tuning half', examples: corpusExamples(tuning.documents, tuning.gold, options), weight: WEIGHTS.real },
    { name: 'SemEval-2022 Task 8, tuning half', examples: semevalExamples.tuning, weight: WEIGHTS.semeval },
    { name: 'dev corpus', examples: corpusExamples(dev.documents, dev.gold, options), weight: WEIGHTS.dev },
  ];
  const trainedOn = `npm run train (bench/train.ts): real-news set tuning half ×${WEIGHTS.real}, SemEval-2022 Task 8 tuning half ×${WEIGHTS.semeval}, dev corpus ×${WEIGHTS.dev}; ${new Date().toISOString().slice(0, 10)}`;
  const trained = trainPairModel(sets, { trainedOn, l2: L2 });
  log('train: choosing the cuts on the real tuning half and the dev corpus, keeping the dev corpus and a generated sample at their floors');
  const generated = generateCorpus({ documents: GENERATED_CHECK.documents, seed: GENERATED_CHECK.seed });
  const corpora: LabelledCorpus[] = [
    { name: 'real-news set, tuning half', documents: tuning.documents, gold: tuning.gold },
    { name: 'dev corpus', documents: dev.documents, gold: dev.gold, minF1: 0.96 },
    { name: `generated sample (${GENERATED_CHECK.documents} documents, seed ${GENERATED_CHECK.seed})`, documents: generated.documents, gold: generated.gold, weight: 0, minF1: GENERATED_CHECK.minF1 },
  ];
  const tuned = tuneThresholds(trained.model, corpora, options);
  const heldOut: { name: string; examples: PairExample[] }[] = [
    { name: 'real-news set, test half (document pairs)', examples: corpusExamples(test.documents, test.gold, { ...options, groups: false }) },
    { name: 'SemEval-2022 Task 8, test half', examples: semevalExamples.test },
  ];
  const report: ModelReport = {
    trainedAt: new Date().toISOString(),
    command: 'npm run train',
    model: tuned.model,
    logLoss: trained.logLoss,
    l2: L2,
    sets: trained.sets,
    tuning: tuned.rows,
    tuningCorpora: corpora.map((c) => c.name),
    calibration: heldOut.map((h) => ({ name: h.name, bins: calibrationTable(tuned.model, h.examples) })),
  };
  if (args.includes('--dry-run')) {
    process.stdout.write(modelMarkdown(report));
    return;
  }
  writeFileSync(join(REPO_ROOT, 'src', 'similarity', 'defaultModel.ts'), defaultModelSource(tuned.model));
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'model.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'model.md'), modelMarkdown(report));
  process.stdout.write(modelMarkdown(report));
  log('wrote src/similarity/defaultModel.ts, bench/results/model.md, model.json');
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function defaultModelSource(model: PairModel): string {
  const coefficients = Object.entries(model.coefficients).map(([name, value]) => `    ${name}: ${round(value as number)},`).join('\n');
  return `/**
 * The pair model shipped with the library: written by \`npm run train\` (bench/train.ts), which
 * says what data and settings produced it (bench/results/model.md). Data, not code: change it by
 * training, not by hand.
 */
import type { PairModel } from './pairModel.js';

export const DEFAULT_PAIR_MODEL: PairModel = Object.freeze({
  version: 1,
  intercept: ${round(model.intercept)},
  coefficients: Object.freeze({
${coefficients}
  }),
  threshold: ${model.threshold},
  poolThreshold: ${model.poolThreshold},
  trainedOn: ${JSON.stringify(model.trainedOn ?? '')},
}) as PairModel;
`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
