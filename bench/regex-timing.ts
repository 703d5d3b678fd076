/**
 * Times every pattern-running stage on adversarial inputs of 1 MB (and the whole pipeline on
 * 10 MB documents) and prints Markdown tables of the median milliseconds over a few runs.
 * The tests only assert generous bounds; the real timings are recorded here.
 *
 *   npx tsx bench/regex-timing.ts [--runs 3] [--only <substring of an input name>]
 */
import { cpus } from 'node:os';
import { clusterDocuments, en, extractDates, extractEntities, extractNumbers, fr, normalizeText, stripBoilerplate, sv, tokenize, type LanguageProfile } from '../src/index.js';
import { adversarialTexts, fill, MEGABYTE, unicodeJunk } from '../__tests__/robustness/adversarialInputs.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const RUNS = Number(option('--runs') ?? 3);
const ONLY = option('--only');
const PROFILES: readonly LanguageProfile[] = [sv, fr, en];
const CONTEXT = { publishedAt: '2020-02-23', referenceDate: '2026-11-23' };
const SHORT = { id: 'short', text: 'Amnesty International: at least 70 people were arrested in Almaty on 22 February.' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median wall-clock milliseconds of `run` over RUNS runs. */
function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = (value: number): string => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const perLanguage = (run: (profile: LanguageProfile) => unknown): string => PROFILES.map((p) => ms(time(() => run(p)))).join(' / ');

function stageRow(name: string, raw: string): string {
  const text = normalizeText(raw);
  const tokens = tokenize(text);
  const spans = extractDates(text, en, CONTEXT).spans;
  const cells = [
    name,
    ms(time(() => normalizeText(raw))),
    ms(time(() => tokenize(text))),
    perLanguage((p) => stripBoilerplate(text, p)),
    perLanguage((p) => extractDates(text, p, CONTEXT)),
    ms(time(() => extractNumbers(text, spans))),
    perLanguage((p) => extractEntities(tokens, text, p)),
    ms(time(() => clusterDocuments([{ id: 'adversarial', text: raw }, SHORT], { referenceDate: CONTEXT.referenceDate }))),
  ];
  return `| ${cells.join(' | ')} |`;
}

function main(): void {
  clusterDocuments([SHORT, { id: 'warm-up', text: fill('Amnesty 22 februari 70 ', 20_000) }], { referenceDate: CONTEXT.referenceDate });
  console.log(`Median ms of ${RUNS} runs · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${new Date().toISOString().slice(0, 10)}`);
  console.log('Per-language cells are sv / fr / en. clusterDocuments runs the input plus one short document.\n');
  console.log('| 1 MB input | normalizeText | tokenize | stripBoilerplate | extractDates | extractNumbers | extractEntities | clusterDocuments |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const [name, raw] of adversarialTexts()) {
    if (ONLY === undefined || name.includes(ONLY)) console.log(stageRow(name.replaceAll('|', '\\|'), raw));
  }
  const huge: [string, string][] = [
    ['a news sentence repeated', fill('Amnesty International säger att minst 70 personer greps i Almaty den 22 februari. ', 10 * MEGABYTE)],
    ['22 februari 22 februari …', fill('22 februari ', 10 * MEGABYTE)],
    ['random UTF-16 junk', unicodeJunk(10 * MEGABYTE, 3)],
  ];
  console.log('\n| 10 MB document (analysed up to 1,000,000 characters) | clusterDocuments |');
  console.log('|---|--:|');
  for (const [name, text] of huge) {
    if (ONLY === undefined || name.includes(ONLY)) console.log(`| ${name} | ${ms(time(() => clusterDocuments([{ id: 'huge', text }, SHORT], { referenceDate: CONTEXT.referenceDate })))} |`);
  }
}

main();
