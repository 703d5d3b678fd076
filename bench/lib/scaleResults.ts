/** The scale results file: entries merged by size across runs, growth and targets derived from them. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ClusterOptions } from '../../src/index.js';
import type { RunMetrics } from './child.js';
import type { MachineInfo } from './machine.js';
import type { RunOutcome } from './runChild.js';

export interface ScaleEntry {
  documents: number;
  events: number;
  seed: number;
  /** Density of the generated news stream (the corpus spans documents ÷ this many days). */
  documentsPerDay: number;
  generatorHash: string;
  measuredAt: string;
  command: string;
  machine: MachineInfo;
  /** Extra options given to the full model (defaults otherwise). */
  options: ClusterOptions;
  timeoutSeconds: number;
  full: RunOutcome;
  baseline: RunOutcome | null;
  /** Full-model seconds ÷ baseline seconds, measured back to back. */
  timeRatio: number | null;
}

export interface GrowthRow {
  from: number;
  to: number;
  /** log-log slope of time against documents (1 = linear, 2 = quadratic). */
  fullExponent: number | null;
  fullTimeFactor: number | null;
  baselineExponent: number | null;
  baselineTimeFactor: number | null;
}

export interface ScaleResults {
  description: string;
  reproduce: string[];
  entries: ScaleEntry[];
  growth: GrowthRow[];
}

export const ok = (run: RunOutcome | null | undefined): run is RunMetrics => run?.status === 'ok';

export function readScaleResults(path: string): ScaleEntry[] {
  if (!existsSync(path)) return [];
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as ScaleResults).entries ?? [];
  } catch {
    return [];
  }
}

/** New entries replace old ones of the same size; sorted by size. */
export function mergeEntries(old: readonly ScaleEntry[], fresh: readonly ScaleEntry[]): ScaleEntry[] {
  const bySize = new Map(old.map((e) => [e.documents, e]));
  for (const e of fresh) bySize.set(e.documents, e);
  return [...bySize.values()].sort((a, b) => a.documents - b.documents);
}

const slope = (n1: number, t1: number, n2: number, t2: number) => Math.log(t2 / t1) / Math.log(n2 / n1);

/** Growth between consecutive sizes measured with the same corpus generator and seed. */
export function growth(entries: readonly ScaleEntry[]): GrowthRow[] {
  const rows: GrowthRow[] = [];
  for (let i = 1; i < entries.length; i++) {
    const a = entries[i - 1] as ScaleEntry;
    const b = entries[i] as ScaleEntry;
    if (a.generatorHash !== b.generatorHash || a.seed !== b.seed || a.documentsPerDay !== b.documentsPerDay) continue;
    const pair = (x: RunOutcome | null, y: RunOutcome | null) =>
      ok(x) && ok(y) ? { exponent: slope(a.documents, x.seconds, b.documents, y.seconds), factor: y.seconds / x.seconds } : { exponent: null, factor: null };
    const full = pair(a.full, b.full);
    const base = pair(a.baseline, b.baseline);
    rows.push({ from: a.documents, to: b.documents, fullExponent: full.exponent, fullTimeFactor: full.factor, baselineExponent: base.exponent, baselineTimeFactor: base.factor });
  }
  return rows;
}

export function writeScaleResults(jsonPath: string, mdPath: string, entries: readonly ScaleEntry[], markdown: (results: ScaleResults) => string): ScaleResults {
  const results: ScaleResults = {
    description: 'Generated multilingual corpora with planted events (bench/generate.ts): clusterDocuments with default options vs. a plain TF-IDF baseline, each run in its own process.',
    reproduce: ['npm run bench            # 1k documents (with the quality benchmark)', 'npm run bench:scale      # 1k, 10k and 100k documents'],
    entries: [...entries],
    growth: growth(entries),
  };
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdPath, markdown(results));
  return results;
}
