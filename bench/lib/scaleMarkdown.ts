/** Renders the scale results as the Markdown that README quotes. */
import { fixed, mib, seconds, table } from './markdown.js';
import type { RunOutcome } from './runChild.js';
import { ok, type ScaleEntry, type ScaleResults } from './scaleResults.js';

const GIB = 2 ** 30;
const k = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const status = (run: RunOutcome | null): string => {
  if (run === null) return 'not run';
  if (run.status === 'ok') return '';
  const peak = (run.peakRssBytes ?? null) === null ? '' : `, peak RSS ${mib(run.peakRssBytes)} by then`;
  return run.status === 'timeout' ? `not run (timeout: ${run.reason}${peak})` : `failed after ${seconds(run.seconds)} s (${run.reason}${peak})`;
};
/** Peak RSS of a run, or of a failed run up to its end (marked ≥). */
const peakOf = (run: RunOutcome | null): string => (run === null ? '–' : ok(run) ? mib(run.peakRssBytes) : (run.peakRssBytes ?? null) === null ? '–' : `≥ ${mib(run.peakRssBytes)}`);

function throughput(entries: readonly ScaleEntry[]): string {
  const rows = entries.map((e) => {
    const f = e.full;
    const b = e.baseline;
    return [
      k(e.documents), String(e.events),
      ok(f) ? seconds(f.seconds) : status(f), ok(f) ? f.docsPerSecond.toFixed(0) : '–', peakOf(f),
      ok(b) ? seconds(b.seconds) : status(b), ok(b) ? b.docsPerSecond.toFixed(0) : '–', peakOf(b),
      e.timeRatio === null ? '–' : `${e.timeRatio.toFixed(1)}×`,
    ];
  });
  return table(['documents', 'events', 'full: s', 'full: docs/s', 'full: peak RSS', 'baseline: s', 'baseline: docs/s', 'baseline: peak RSS', 'time full ÷ baseline'], rows);
}

function quality(entries: readonly ScaleEntry[]): string {
  const rows = entries.map((e) => {
    const f = e.full;
    const b = e.baseline;
    return [
      k(e.documents),
      ok(f) ? fixed(f.bcubed.f1) : '–', ok(f) ? fixed(f.pairwise.precision) : '–', ok(f) ? fixed(f.pairwise.recall) : '–',
      ok(f) ? fixed(f.crossLanguage?.precision) : '–', ok(f) ? fixed(f.crossLanguage?.recall) : '–',
      ok(b) ? fixed(b.bcubed.f1) : '–', ok(b) ? fixed(b.crossLanguage?.recall) : '–',
    ];
  });
  return table(['documents', 'full: BCubed F1', 'full: pairwise P', 'full: pairwise R', 'full: cross-lang P', 'full: cross-lang R', 'baseline: BCubed F1', 'baseline: cross-lang R'], rows);
}

function growthTable(results: ScaleResults): string {
  if (results.growth.length === 0) return '_Needs two sizes measured with the same generator and seed (`npm run bench:scale`)._';
  const rows = results.growth.map((g) => [
    `${k(g.from)} → ${k(g.to)}`, fixed(g.fullExponent, 2), g.fullTimeFactor === null ? '–' : `${g.fullTimeFactor.toFixed(1)}×`,
    fixed(g.baselineExponent, 2), g.baselineTimeFactor === null ? '–' : `${g.baselineTimeFactor.toFixed(1)}×`,
  ]);
  return table(['sizes', 'full: exponent', 'full: time factor', 'baseline: exponent', 'baseline: time factor'], rows, ['l']);
}

function verdict(pass: boolean | null): string {
  return pass === null ? 'not measured' : pass ? 'met' : '**missed**';
}

function targets(results: ScaleResults): string {
  const done = results.entries.filter((e) => ok(e.full));
  const f1 = done.map((e) => (ok(e.full) ? e.full.bcubed.f1 : 0));
  const cross = done.map((e) => (ok(e.full) ? e.full.crossLanguage : null));
  const big = results.entries.find((e) => e.documents === 100_000);
  const bigRun = big?.full;
  const tenfold = results.growth.filter((g) => g.to === g.from * 10 && g.fullTimeFactor !== null);
  const rows = [
    ['BCubed F1 ≥ 0.95 at every size', done.map((e, i) => `${k(e.documents)}: ${fixed(f1[i])}`).join(', ') || '–', verdict(done.length === 0 ? null : f1.every((v) => v >= 0.95))],
    ['cross-language pairwise R ≥ 0.9 with P ≥ 0.95', done.map((e, i) => `${k(e.documents)}: P ${fixed(cross[i]?.precision)} R ${fixed(cross[i]?.recall)}`).join(', ') || '–', verdict(done.length === 0 ? null : cross.every((c) => c !== null && c.recall >= 0.9 && c.precision >= 0.95))],
    ['100k documents in < 120 s', bigRun === undefined ? '–' : ok(bigRun) ? `${seconds(bigRun.seconds)} s` : status(bigRun), verdict(bigRun === undefined ? null : ok(bigRun) && bigRun.seconds < 120)],
    ['100k documents with peak RSS < 4 GB', bigRun === undefined ? '–' : peakOf(bigRun), verdict(bigRun === undefined ? null : ok(bigRun) && bigRun.peakRssBytes < 4 * GIB)],
    ['10× documents cost < 15× time', tenfold.map((g) => `${k(g.from)} → ${k(g.to)}: ${g.fullTimeFactor?.toFixed(1)}×`).join(', ') || '–', verdict(tenfold.length === 0 ? null : tenfold.every((g) => (g.fullTimeFactor ?? Infinity) < 15))],
  ];
  return table(['target', 'measured', 'status'], rows, ['l', 'l', 'l']);
}

function provenance(results: ScaleResults): string {
  return results.entries
    .map((e) => `- ${k(e.documents)}: measured ${e.measuredAt} by \`${e.command}\` (seed ${e.seed}, ${e.documentsPerDay} documents a day, generator ${e.generatorHash}, timeout ${e.timeoutSeconds} s, extra options ${JSON.stringify(e.options)}); ${e.machine.cores} × ${e.machine.cpu}, Node ${e.machine.node}, load average ${e.machine.loadAverage} at start`)
    .join('\n');
}

export function scaleMarkdown(results: ScaleResults): string {
  return `# Scale benchmark

${results.description}

Reproduce: \`npm run bench\` (1k, quick) or \`npm run bench:scale\` (1k, 10k, 100k; \`--timeout-seconds N\`, \`--options '{…}'\` or \`BENCH_OPTIONS\` for extra library options). Times cover clustering only, the corpus already in memory; peak RSS is the whole child process (corpus, tsx loader included). The baseline is plain word TF-IDF cosine with the same agglomerative clustering (bench/baseline.ts), run back to back with the full model, so the ratio is the figure to compare across machines.

## Speed and memory

${throughput(results.entries)}

## Quality against the planted events

${quality(results.entries)}

## Growth of time with size

${growthTable(results)}

## Targets

${targets(results)}

## Runs

${provenance(results)}
`;
}
