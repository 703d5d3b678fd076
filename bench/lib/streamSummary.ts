/**
 * The two targets of the streaming benchmark, computed from its per-batch rows (pure, so the
 * rules are unit-tested on hand-made rows): steady throughput and flat memory once the window is full.
 */
import type { MachineInfo } from './machine.js';
import type { StreamFinal } from './streamChild.js';

/** One batch of the stream: measured right after `add(batch)` and `clusters()`. */
export interface StreamRow {
  /** 1-based batch number. */
  batch: number;
  /** Documents added so far, this batch included. */
  documents: number;
  /** Active pool after the batch (`EventClusterer.size`). */
  active: number;
  clusters: number;
  addSeconds: number;
  clustersSeconds: number;
  /** Days of publication covered so far: newest publishedAt minus the first one. */
  streamDays: number;
  /** `process.memoryUsage().rss` after the batch. */
  rssBytes: number;
  /**
   * V8 heap in use after the batch: RSS also holds garbage not yet collected (V8 grows its heap
   * lazily up to the limit), so a rising RSS with a flat heap is not a leak.
   */
  heapUsedBytes: number;
  /** `process.resourceUsage().maxRSS` so far, in bytes. */
  peakRssBytes: number;
}

/** Batches compared at each end of the stream: one batch alone is at the mercy of a GC pause. */
export const STEADY_BATCHES = 5;
/** "The last batch is no more than 2× slower than the first." */
export const STEADY_MAX_RATIO = 2;
/** Growth of RSS (peak, or the fitted trend) tolerated after the window is full, as a share of RSS then. */
export const FLAT_TOLERANCE = 0.25;

const MIB = 2 ** 20;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Least-squares slope of y over x; NaN with fewer than two distinct x. */
export function leastSquaresSlope(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

export const batchSeconds = (row: StreamRow): number => row.addSeconds + row.clustersSeconds;

/** The pool counts as full at this share of its typical size in the second half of the stream. */
const FULL_POOL_SHARE = 0.9;

/**
 * Index of the first batch after which the stream covers `windowDays` of publication and the
 * active pool has reached FULL_POOL_SHARE of its median size over the second half of the stream:
 * from then on the oldest documents leave as new ones arrive, so the pool (and the work per
 * batch) should stop growing. The pool condition matters because a few early outliers in
 * publication date make the stream "cover" the window long before the pool is full. Null when the
 * stream is shorter than the window.
 */
export function firstFullWindowIndex(rows: readonly StreamRow[], windowDays: number): number | null {
  const typical = median(rows.slice(Math.floor(rows.length / 2)).map((r) => r.active));
  const index = rows.findIndex((r) => r.streamDays >= windowDays && r.active >= FULL_POOL_SHARE * typical);
  return index === -1 ? null : index;
}

export interface SteadyThroughput {
  /** Batch numbers compared at the start (first full-window batches) and at the end. */
  earlyBatches: number[];
  lateBatches: number[];
  earlyMedianSeconds: number;
  lateMedianSeconds: number;
  /** Late median ÷ early median of add + clusters seconds. */
  ratio: number;
  /** The raw reading of the target: last batch ÷ first batch (the first one while the pool still fills). */
  firstSeconds: number;
  lastSeconds: number;
  rawRatio: number;
  /** The two groups share batches (fewer than 2 × STEADY_BATCHES full-window batches). */
  overlap: boolean;
  met: boolean;
}

export function steadyThroughput(rows: readonly StreamRow[], windowDays: number): SteadyThroughput | null {
  const full = firstFullWindowIndex(rows, windowDays);
  if (full === null) return null;
  const early = rows.slice(full, full + STEADY_BATCHES);
  const late = rows.slice(Math.max(full, rows.length - STEADY_BATCHES));
  const earlyMedianSeconds = median(early.map(batchSeconds));
  const lateMedianSeconds = median(late.map(batchSeconds));
  const ratio = lateMedianSeconds / earlyMedianSeconds;
  const firstSeconds = batchSeconds(rows[0] as StreamRow);
  const lastSeconds = batchSeconds(rows[rows.length - 1] as StreamRow);
  return {
    earlyBatches: early.map((r) => r.batch),
    lateBatches: late.map((r) => r.batch),
    earlyMedianSeconds,
    lateMedianSeconds,
    ratio,
    firstSeconds,
    lastSeconds,
    rawRatio: lastSeconds / firstSeconds,
    overlap: rows.length - full < 2 * STEADY_BATCHES,
    met: ratio <= STEADY_MAX_RATIO,
  };
}

/**
 * Full-window batches over which the reference RSS is taken: V8 sizes its heap over the first
 * batches after start (RSS doubles while the live heap stays level), so one batch is no baseline.
 */
export const WARM_BATCHES = 10;

export interface FlatMemory {
  /** The first full-window batch, and the highest RSS over it and the next WARM_BATCHES − 1. */
  fullBatch: number;
  rssAtFullBytes: number;
  /** Highest RSS of the batches after those (null when there are none). */
  maxRssAfterBytes: number | null;
  /** Least-squares slope of RSS over documents across the full-window batches, MiB per 10k documents. */
  slopeMiBPer10k: number | null;
  /** The fitted trend extended over the full-window part of the stream, MiB. */
  fittedGrowthMiB: number | null;
  met: boolean;
}

/**
 * Met when, after the window is full and the heap has been sized (WARM_BATCHES), neither the
 * highest RSS nor the fitted trend grows by more than FLAT_TOLERANCE of the highest RSS of those
 * first full-window batches. Both: a leak shows in the trend before the peak, one large batch in
 * the peak only.
 */
export function flatMemory(rows: readonly StreamRow[], windowDays: number): FlatMemory | null {
  const full = firstFullWindowIndex(rows, windowDays);
  if (full === null) return null;
  const warm = rows.slice(full, full + WARM_BATCHES);
  const after = rows.slice(full + WARM_BATCHES);
  const reference = Math.max(...warm.map((r) => r.rssBytes));
  const maxRssAfterBytes = after.length === 0 ? null : Math.max(...after.map((r) => r.rssBytes));
  const part = rows.slice(full);
  const slope = leastSquaresSlope(part.map((r) => r.documents), part.map((r) => r.rssBytes / MIB));
  const span = (part[part.length - 1] as StreamRow).documents - (part[0] as StreamRow).documents;
  const slopeMiBPer10k = Number.isFinite(slope) ? slope * 10_000 : null;
  const fittedGrowthMiB = slopeMiBPer10k === null ? null : (slopeMiBPer10k * span) / 10_000;
  const allowedMiB = (FLAT_TOLERANCE * reference) / MIB;
  const peakOk = maxRssAfterBytes === null || (maxRssAfterBytes - reference) / MIB <= allowedMiB;
  const trendOk = fittedGrowthMiB === null || fittedGrowthMiB <= allowedMiB;
  return { fullBatch: (rows[full] as StreamRow).batch, rssAtFullBytes: reference, maxRssAfterBytes, slopeMiBPer10k, fittedGrowthMiB, met: peakOk && trendOk };
}

/** bench/results/stream.json: the run, how it was measured, every batch and the two targets. */
export interface StreamResults {
  description: string;
  command: string;
  measuredAt: string;
  seed: number;
  /** Documents in the generated corpus, and the density of its news stream. */
  documents: number;
  documentsPerDay: number;
  events: number;
  generatorHash: string;
  batch: number;
  windowDays: number;
  referenceDate: string;
  heapMb: number;
  timeoutSeconds: number;
  machine: MachineInfo;
  status: 'ok' | 'timeout' | 'failed';
  /** Why a run that is not ok stopped. */
  reason: string | null;
  /** Wall time of the child process, index and evaluation included. */
  seconds: number;
  rows: StreamRow[];
  final: StreamFinal | null;
  steady: SteadyThroughput | null;
  memory: FlatMemory | null;
}
