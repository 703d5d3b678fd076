/** Renders the streaming benchmark as a short Markdown summary (bench/results/stream.md). */
import { fixed, mib, seconds, table } from './markdown.js';
import { FLAT_TOLERANCE, STEADY_BATCHES, STEADY_MAX_RATIO, WARM_BATCHES, batchSeconds, type StreamResults, type StreamRow } from './streamSummary.js';

const MIB = 2 ** 20;
const verdict = (pass: boolean | null | undefined): string => (pass === null || pass === undefined ? 'not measured' : pass ? 'met' : '**missed**');
const batches = (numbers: readonly number[]): string => (numbers.length === 0 ? '–' : numbers.length === 1 ? String(numbers[0]) : `${numbers[0]}–${numbers[numbers.length - 1]}`);

/** Every 10th batch, plus the first and the last so that a short stream still shows both ends. */
export function sampledRows(rows: readonly StreamRow[]): StreamRow[] {
  return rows.filter((r, i) => r.batch % 10 === 0 || i === 0 || i === rows.length - 1);
}

function batchTable(rows: readonly StreamRow[]): string {
  if (rows.length === 0) return '_No batch was measured._';
  const body = sampledRows(rows).map((r) => [String(r.batch), String(r.documents), String(r.active), String(r.clusters), r.addSeconds.toFixed(3), r.clustersSeconds.toFixed(3), String(Math.round(r.rssBytes / MIB)), String(Math.round(r.heapUsedBytes / MIB))]);
  return table(['batch', 'documents so far', 'active pool', 'clusters', 'add s', 'clusters s', 'RSS MiB', 'heap used MiB'], body);
}

function targets(results: StreamResults): string {
  const s = results.steady;
  const m = results.memory;
  const steadyMeasured = s === null
    ? '– (the stream never covered the window)'
    : `median add + clusters ${seconds(s.earlyMedianSeconds)} s (batches ${batches(s.earlyBatches)}) → ${seconds(s.lateMedianSeconds)} s (batches ${batches(s.lateBatches)}): ${fixed(s.ratio, 2)}×${s.overlap ? ' (groups overlap: short stream)' : ''}; raw first → last batch ${seconds(s.firstSeconds)} s → ${seconds(s.lastSeconds)} s: ${fixed(s.rawRatio, 2)}×`;
  const memoryMeasured = m === null
    ? '– (the stream never covered the window)'
    : `RSS up to ${mib(m.rssAtFullBytes)} over batches ${m.fullBatch}–${m.fullBatch + WARM_BATCHES - 1}, max ${mib(m.maxRssAfterBytes)} after; slope ${fixed(m.slopeMiBPer10k, 1)} MiB per 10k documents (fitted growth ${fixed(m.fittedGrowthMiB, 0)} MiB)`;
  return table(['target', 'measured', 'status'], [
    ['steady throughput: the last batch is no more than 2× slower than the first', steadyMeasured, verdict(s?.met)],
    ['flat memory once the window is full', memoryMeasured, verdict(m?.met)],
  ], ['l', 'l', 'l']);
}

function rules(results: StreamResults): string {
  return `Rules. The window is full from the first batch after which the stream covers \`windowDays\` (${results.windowDays}) days of publication (newest publishedAt − first publishedAt) and the active pool has reached 90% of its median size over the second half of the stream: from then on old documents leave as new ones arrive. **Steady throughput** compares the median add + clusters time of the first ${STEADY_BATCHES} full-window batches with the median of the last ${STEADY_BATCHES} batches, met when the ratio is ≤ ${STEADY_MAX_RATIO}× (medians, because a single batch is at the mercy of a GC pause; the raw first → last batch ratio is shown too, its first batch running on a pool that is still filling). **Flat memory** takes the highest RSS over the first ${WARM_BATCHES} full-window batches (V8 sizes its heap over the first batches: RSS grows there while the live heap does not), the highest RSS after them, and a least-squares fit of RSS over documents across the full-window batches; met when neither the later highest RSS nor the fitted trend (extended over the full-window part of the stream) exceeds the reference by more than ${FLAT_TOLERANCE * 100}%.`;
}

function outcome(results: StreamResults): string {
  const f = results.final;
  const head = results.status === 'ok' ? '' : `**Run ${results.status === 'timeout' ? 'stopped at its time limit' : 'failed'}** after ${seconds(results.seconds)} s: ${results.reason ?? ''}. The rows below are those measured until then.\n\n`;
  if (f === null) return head.trim();
  const stream = results.rows.reduce((sum, r) => sum + batchSeconds(r), 0);
  return `${head}${f.documents} documents in ${f.batches} batches of ${results.batch}: ${seconds(stream)} s of add + clusters (${(f.documents / stream).toFixed(0)} documents/s), peak RSS ${mib(f.peakRssBytes)} (${mib(f.rssAfterIndexBytes)} once the corpus index was read). Final window: ${f.active} active documents in ${f.clusters} clusters, against the ${f.goldEvents} gold events of those documents: **BCubed F1 ${fixed(f.bcubed.f1)}** (P ${fixed(f.bcubed.precision)}, R ${fixed(f.bcubed.recall)}), pairwise P ${fixed(f.pairwise.precision)} R ${fixed(f.pairwise.recall)}, cross-language pairwise P ${fixed(f.crossLanguage?.precision)} R ${fixed(f.crossLanguage?.recall)}.`;
}

export function streamMarkdown(results: StreamResults): string {
  const m = results.machine;
  return `# Streaming benchmark

${results.description}

${outcome(results)}

## Targets

${targets(results)}

${rules(results)}

## Batches (every 10th, with the first and the last)

${batchTable(results.rows)}

Times are \`add(batch)\` and then \`clusters()\` on the whole active pool, timed separately; RSS is \`process.memoryUsage().rss\` of the child process after the batch, heap used is V8's (RSS also holds garbage not yet collected, so RSS rising while the heap stays flat is no leak); the corpus stays in its file: only an index of offsets is in memory.

## Run

Measured ${results.measuredAt} by \`${results.command}\`: seed ${results.seed}, ${results.documents} generated documents (${results.events} events, ${results.documentsPerDay} a day, generator ${results.generatorHash}), batches of ${results.batch}, window ${results.windowDays} days, reference date ${results.referenceDate}, heap limit ${results.heapMb} MiB, time limit ${results.timeoutSeconds} s; ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage} at start.
`;
}
