import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewsDocumentInput } from '../../src/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CorpusDocument extends NewsDocumentInput {
  event: string;
  source?: string;
}

/** Reads a JSONL corpus shipped in the repo (`corpus/documents.jsonl`, `corpus/dev/documents.jsonl`). */
export function readCorpus(relative = 'corpus/documents.jsonl'): CorpusDocument[] {
  return readFileSync(join(ROOT, relative), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusDocument);
}

/** A fixed "now", so weekday-based year inference does not depend on the clock. */
export const REFERENCE_DATE = '2026-11-23';

/** Clusters as sorted lists of sorted ids, for comparing partitions. */
export function partition(clusters: readonly { members: readonly string[] }[]): string[][] {
  return clusters.map((c) => [...c.members].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** Deterministic shuffle (mulberry32) for order-independence tests. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
