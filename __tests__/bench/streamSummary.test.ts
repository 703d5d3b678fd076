import { publicationOrder, type IndexedDocument } from '../../bench/lib/streamChild.js';
import { sampledRows } from '../../bench/lib/streamMarkdown.js';
import { firstFullWindowIndex, flatMemory, leastSquaresSlope, median, steadyThroughput, type StreamRow } from '../../bench/lib/streamSummary.js';

const MIB = 2 ** 20;

/** A stream of `n` batches of 1000 documents, 10 days a batch, with the given seconds and RSS (MiB). */
function rows(n: number, seconds: (i: number) => number, rssMiB: (i: number) => number): StreamRow[] {
  return Array.from({ length: n }, (_, i) => ({
    batch: i + 1,
    documents: (i + 1) * 1000,
    active: Math.min(i + 1, 2) * 1000,
    clusters: 100,
    addSeconds: seconds(i) / 2,
    clustersSeconds: seconds(i) / 2,
    streamDays: i * 10,
    rssBytes: rssMiB(i) * MIB,
    peakRssBytes: rssMiB(i) * MIB,
    heapUsedBytes: (rssMiB(i) / 2) * MIB,
  }));
}

describe('stream benchmark summary (steady throughput, flat memory)', () => {
  test('median and least-squares slope', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(leastSquaresSlope([0, 1, 2, 3], [1, 3, 5, 7])).toBeCloseTo(2);
    expect(leastSquaresSlope([1], [1])).toBeNaN();
    expect(leastSquaresSlope([2, 2], [1, 5])).toBeNaN();
  });

  test('the window is full from the first batch covering windowDays of publication with a full pool', () => {
    const stream = rows(5, () => 1, () => 100);
    expect(firstFullWindowIndex(stream, 14)).toBe(2);
    expect(firstFullWindowIndex(stream, 0)).toBe(1); // the pool (2000) is only full from batch 2
    expect(firstFullWindowIndex(stream, 1000)).toBeNull();
    // An early outlier in publication date covers the window at once; the pool still fills first.
    const outlier = stream.map((r) => ({ ...r, streamDays: 30 }));
    expect(firstFullWindowIndex(outlier, 14)).toBe(1);
  });

  test('steady throughput compares medians of the first full-window batches and the last ones', () => {
    // Batches 1–2 fill the pool (slow start ignored); a GC spike in batch 5 does not move the median.
    const stream = rows(30, (i) => (i < 2 ? 0.5 : i === 4 ? 9 : i >= 25 ? 1.5 : 1), () => 100);
    const steady = steadyThroughput(stream, 14);
    expect(steady?.earlyBatches).toEqual([3, 4, 5, 6, 7]);
    expect(steady?.lateBatches).toEqual([26, 27, 28, 29, 30]);
    expect(steady?.earlyMedianSeconds).toBeCloseTo(1);
    expect(steady?.lateMedianSeconds).toBeCloseTo(1.5);
    expect(steady?.ratio).toBeCloseTo(1.5);
    expect(steady?.rawRatio).toBeCloseTo(3);
    expect(steady?.overlap).toBe(false);
    expect(steady?.met).toBe(true);
    const slowing = steadyThroughput(rows(30, (i) => 1 + i / 5, () => 100), 14);
    expect(slowing?.met).toBe(false);
    expect(steadyThroughput(rows(6, () => 1, () => 100), 14)?.overlap).toBe(true);
    expect(steadyThroughput(rows(1, () => 1, () => 100), 14)).toBeNull();
  });

  test('flat memory: within the tolerance in both peak and fitted trend', () => {
    // Sawtooth around a flat level: met, slope near zero.
    const flat = flatMemory(rows(40, () => 1, (i) => (i < 2 ? 100 + i * 50 : 200 + (i % 2) * 20)), 14);
    expect(flat?.fullBatch).toBe(3);
    expect(flat?.rssAtFullBytes).toBe(220 * MIB); // the highest of the first ten full-window batches
    expect(flat?.maxRssAfterBytes).toBe(220 * MIB);
    expect(Math.abs(flat?.slopeMiBPer10k ?? Infinity)).toBeLessThan(1);
    expect(flat?.met).toBe(true);
    // A leak of 5 MiB per batch of 1000: 50 MiB per 10k documents, 185 MiB over batches 3–40.
    const leak = flatMemory(rows(40, () => 1, (i) => 200 + i * 5), 14);
    expect(leak?.slopeMiBPer10k).toBeCloseTo(50);
    expect(leak?.fittedGrowthMiB).toBeCloseTo(185);
    expect(leak?.met).toBe(false);
    // One spike over the tolerance misses, even with a flat trend.
    expect(flatMemory(rows(40, () => 1, (i) => (i === 20 ? 300 : 200)), 14)?.met).toBe(false);
    expect(flatMemory(rows(2, () => 1, () => 100), 14)).toBeNull();
  });

  test('the Markdown table samples every 10th batch plus both ends', () => {
    expect(sampledRows(rows(25, () => 1, () => 100)).map((r) => r.batch)).toEqual([1, 10, 20, 25]);
  });

  test('documents arrive by publication date, then id, undated last', () => {
    const doc = (id: string, publishedAt: number): IndexedDocument => ({ id, publishedAt, offset: 0, length: 0 });
    const order = [doc('b', 2), doc('x', Number.NaN), doc('c', 1), doc('a', 2)].sort(publicationOrder).map((d) => d.id);
    expect(order).toEqual(['c', 'a', 'b', 'x']);
  });
});
