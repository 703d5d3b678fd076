/**
 * The measured stream, in its own process so that its RSS is the clusterer's and not the parent's:
 *
 *   node --import tsx bench/lib/streamChild.ts --corpus file.jsonl --rows rows.jsonl --result out.json
 *     [--batch 1000] [--window-days 14] [--reference-date 2026-11-23]
 *
 * Documents arrive in publication order (publishedAt, then id), `--batch` at a time. Each batch
 * appends one row to `--rows` as soon as it is measured, so a run that is killed keeps its rows.
 * The corpus is not held in memory: only an index of byte offsets is, and each batch is read from
 * the file when it is due, so RSS follows the clusterer rather than the size of the corpus.
 */
import { appendFileSync, closeSync, createReadStream, openSync, readSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { EventClusterer, evaluate, type ClusterResult, type NewsDocumentInput } from '../../src/index.js';
import { flag, numberFlag } from './args.js';
import type { StreamRow } from './streamSummary.js';

const DAY_MS = 86_400_000;
const NEWLINE = 0x0a;

/** Where one document's line sits in the corpus file. */
export interface IndexedDocument {
  id: string;
  /** Epoch ms; NaN without a date (those arrive last). */
  publishedAt: number;
  offset: number;
  length: number;
}

export interface StreamScores {
  precision: number;
  recall: number;
  f1: number;
}

/** The final window's clusters against the gold events of the documents still active. */
export interface StreamFinal {
  status: 'ok';
  batches: number;
  documents: number;
  active: number;
  clusters: number;
  goldEvents: number;
  bcubed: StreamScores;
  pairwise: StreamScores;
  crossLanguage: StreamScores | null;
  /** add + clusters over the whole stream. */
  streamSeconds: number;
  /** RSS once the index was built, before the first batch. */
  rssAfterIndexBytes: number;
  peakRssBytes: number;
}

interface CorpusRecord {
  id: string;
  text: string;
  lang?: string;
  publishedAt?: string;
  event?: string;
}

/** Reads byte offsets, ids, dates and gold events: the texts stay in the file. */
export async function indexCorpus(path: string): Promise<{ index: IndexedDocument[]; gold: Map<string, string> }> {
  const index: IndexedDocument[] = [];
  const gold = new Map<string, string>();
  const take = (line: Buffer, offset: number) => {
    if (line.toString('utf8').trim() === '') return;
    const record = JSON.parse(line.toString('utf8')) as CorpusRecord;
    index.push({ id: record.id, publishedAt: record.publishedAt === undefined ? Number.NaN : Date.parse(record.publishedAt), offset, length: line.length });
    if (record.event !== undefined) gold.set(record.id, record.event);
  };
  let pending: Buffer[] = [];
  let read = 0;
  let lineStart = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      take(Buffer.concat([...pending, chunk.subarray(start, end)]), lineStart);
      pending = [];
      start = end + 1;
      lineStart = read + start;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
    read += chunk.length;
  }
  if (pending.length > 0) take(Buffer.concat(pending), lineStart);
  return { index, gold };
}

/** Publication order; undated documents last, ties by id so the order is the same on every run. */
export function publicationOrder(a: IndexedDocument, b: IndexedDocument): number {
  const ta = Number.isNaN(a.publishedAt) ? Infinity : a.publishedAt;
  const tb = Number.isNaN(b.publishedAt) ? Infinity : b.publishedAt;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function readBatch(fd: number, batch: readonly IndexedDocument[]): NewsDocumentInput[] {
  return batch.map((entry) => {
    const buffer = Buffer.alloc(entry.length);
    readSync(fd, buffer, 0, entry.length, entry.offset);
    const record = JSON.parse(buffer.toString('utf8')) as CorpusRecord;
    const doc: NewsDocumentInput = { id: record.id, text: record.text };
    if (record.lang !== undefined) doc.lang = record.lang;
    if (record.publishedAt !== undefined) doc.publishedAt = record.publishedAt;
    return doc;
  });
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;
const scores = (s: StreamScores | null): StreamScores | null => (s === null ? null : { precision: s.precision, recall: s.recall, f1: s.f1 });

/** Gold restricted to the active documents: evaluate wants the same ids on both sides. */
function activeGold(result: ClusterResult, gold: ReadonlyMap<string, string>): Map<string, string> {
  const active = new Map<string, string>();
  for (const cluster of result.clusters) for (const id of cluster.members) active.set(id, gold.get(id) ?? `unlabelled:${id}`);
  return active;
}

async function main(args: readonly string[]): Promise<void> {
  const corpus = flag(args, 'corpus');
  const rowsPath = flag(args, 'rows');
  const resultPath = flag(args, 'result');
  if (corpus === undefined || rowsPath === undefined || resultPath === undefined) throw new Error('usage: streamChild.ts --corpus FILE --rows FILE --result FILE');
  const batchSize = numberFlag(args, 'batch', 1000);
  const windowDays = numberFlag(args, 'window-days', 14);
  const referenceDate = flag(args, 'reference-date') ?? '2026-11-23';
  const { index, gold } = await indexCorpus(corpus);
  index.sort(publicationOrder);
  const rssAfterIndexBytes = process.memoryUsage().rss;
  const clusterer = new EventClusterer({ windowDays, referenceDate });
  const fd = openSync(corpus, 'r');
  const firstDay = index[0]?.publishedAt ?? Number.NaN;
  writeFileSync(rowsPath, '');
  let result: ClusterResult | null = null;
  let streamSeconds = 0;
  let batch = 0;
  for (let start = 0; start < index.length; start += batchSize) {
    const slice = index.slice(start, start + batchSize);
    const documents = readBatch(fd, slice);
    const t0 = performance.now();
    clusterer.add(documents);
    const t1 = performance.now();
    result = clusterer.clusters();
    const t2 = performance.now();
    streamSeconds += (t2 - t0) / 1000;
    batch++;
    const newest = slice.reduce((day, d) => (Number.isNaN(d.publishedAt) ? day : Math.max(day, d.publishedAt)), Number.NEGATIVE_INFINITY);
    const memory = process.memoryUsage();
    const row: StreamRow = {
      batch,
      documents: start + slice.length,
      active: clusterer.size,
      clusters: result.clusters.length,
      addSeconds: (t1 - t0) / 1000,
      clustersSeconds: (t2 - t1) / 1000,
      streamDays: Number.isFinite(newest) && Number.isFinite(firstDay) ? (newest - firstDay) / DAY_MS : 0,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      peakRssBytes: peakRss(),
    };
    appendFileSync(rowsPath, `${JSON.stringify(row)}\n`);
    if (batch % 10 === 0 || start + batchSize >= index.length) process.stdout.write(`  batch ${batch}: ${row.documents} documents, ${row.active} active, ${(row.addSeconds + row.clustersSeconds).toFixed(2)} s, RSS ${Math.round(row.rssBytes / 2 ** 20)} MiB\n`);
  }
  closeSync(fd);
  if (result === null) throw new Error(`no documents in ${corpus}`);
  const report = evaluate(result, activeGold(result, gold));
  const final: StreamFinal = {
    status: 'ok',
    batches: batch,
    documents: index.length,
    active: clusterer.size,
    clusters: result.clusters.length,
    goldEvents: report.goldEvents,
    bcubed: scores(report.bcubed) as StreamScores,
    pairwise: scores(report.pairwise) as StreamScores,
    crossLanguage: scores(report.crossLanguage),
    streamSeconds,
    rssAfterIndexBytes,
    peakRssBytes: peakRss(),
  };
  writeFileSync(resultPath, JSON.stringify(final));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
