/**
 * The labelled real-news set (`corpus/real/`): the committed manifest (one row per page: id, event,
 * event date, language, URL, publication date as the page gives it, the query that found it, and
 * the topic its same-topic distractors share) and the git-ignored cache of page texts.
 *
 * The events are split once, by topic, into a tuning half and a test half: every event of one
 * topic (an earthquake and the other quakes of that country, one prize's yearly editions) lands in
 * the same half, so that each half keeps its distractors. Topics are ordered by a hash of their
 * name and dealt to whichever half has fewer pages so far: deterministic, balanced, and blind to
 * what the events contain.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsDocumentInput } from '../../src/index.js';
import { REPO_ROOT } from '../lib/runChild.js';

export const MANIFEST_COLUMNS = ['id', 'event', 'event_date', 'lang', 'url', 'published', 'query', 'topic', 'kind'] as const;
export type ManifestRow = Record<(typeof MANIFEST_COLUMNS)[number], string>;

export const REAL_DIR = join(REPO_ROOT, 'corpus', 'real');
export const MANIFEST_PATH = join(REAL_DIR, 'manifest.tsv');
export const CACHE_PATH = join(REAL_DIR, '.cache', 'pages.jsonl');

export type Half = 'tuning' | 'test';
export const HALVES: readonly Half[] = ['tuning', 'test'];

export function parseManifest(text: string): ManifestRow[] {
  const [header, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  const names = (header ?? '').split('\t');
  if (MANIFEST_COLUMNS.some((c, i) => names[i] !== c)) throw new Error(`manifest header must be ${MANIFEST_COLUMNS.join('\\t')}, found ${header}`);
  return lines.map((line, i) => {
    const fields = line.split('\t');
    if (fields.length !== MANIFEST_COLUMNS.length) throw new Error(`manifest line ${i + 2}: ${fields.length} fields, expected ${MANIFEST_COLUMNS.length}`);
    return Object.fromEntries(MANIFEST_COLUMNS.map((c, k) => [c, fields[k] as string])) as ManifestRow;
  });
}

export function readManifest(path = MANIFEST_PATH): ManifestRow[] {
  return parseManifest(readFileSync(path, 'utf8'));
}

/** The page id: a hash of its URL (no label, language or date in it). */
export function pageId(url: string): string {
  return `p${createHash('sha1').update(url).digest('hex').slice(0, 10)}`;
}

/** Topic → half, as described at the top of this file. */
export function splitTopics(rows: readonly ManifestRow[]): Map<string, Half> {
  const pages = new Map<string, number>();
  for (const row of rows) pages.set(row.topic, (pages.get(row.topic) ?? 0) + 1);
  const hash = (topic: string) => createHash('sha1').update(topic).digest('hex');
  const order = [...pages.keys()].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
  const size: Record<Half, number> = { tuning: 0, test: 0 };
  const half = new Map<string, Half>();
  for (const topic of order) {
    const to: Half = size.tuning <= size.test ? 'tuning' : 'test';
    half.set(topic, to);
    size[to] += pages.get(topic) as number;
  }
  return half;
}

/** A page of the set with its text (from the cache). */
export interface RealPage extends ManifestRow {
  text: string;
}

/** The cached pages, in manifest order; null when the cache is absent. Pages missing from it are listed. */
export function readCache(rows: readonly ManifestRow[], path = CACHE_PATH): { pages: RealPage[]; missing: string[] } | null {
  if (!existsSync(path)) return null;
  const texts = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const page = JSON.parse(line) as { id?: string; text?: string };
    if (typeof page.id === 'string' && typeof page.text === 'string') texts.set(page.id, page.text);
  }
  const pages: RealPage[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    const text = texts.get(row.id);
    if (text === undefined) missing.push(row.id);
    else pages.push({ ...row, text });
  }
  return { pages, missing };
}

/** One half as library input: documents (no language given: it is detected), gold events and languages. */
export interface HalfCorpus {
  half: Half;
  documents: NewsDocumentInput[];
  gold: Map<string, string>;
  languages: Map<string, string>;
  pages: RealPage[];
}

/**
 * `publishedAt` is the page's own date when it gives one the library reads; the library's
 * reading of reduced precision (`2020-02`) decides which: `acceptsPublished`.
 */
export function halfCorpus(pages: readonly RealPage[], split: ReadonlyMap<string, Half>, half: Half, acceptsPublished: (value: string) => boolean): HalfCorpus {
  const mine = pages.filter((p) => split.get(p.topic) === half);
  return {
    half,
    pages: mine,
    documents: mine.map((p) => (p.published !== '' && acceptsPublished(p.published) ? { id: p.id, text: p.text, publishedAt: p.published } : { id: p.id, text: p.text })),
    gold: new Map(mine.map((p) => [p.id, p.event])),
    languages: new Map(mine.map((p) => [p.id, p.lang])),
  };
}
