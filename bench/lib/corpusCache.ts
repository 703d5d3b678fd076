/**
 * Generated corpora are written once per (generator source, size, seed) to the system temp
 * folder and reused: generating 100k documents takes longer than some of the runs it feeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpusJsonl } from '../generate.js';
import { REPO_ROOT } from './runChild.js';

const CACHE = join(tmpdir(), 'event-clusters-bench');

/** A short hash of the generator's source: a changed generator never reuses an old corpus. */
export function generatorHash(): string {
  const hash = createHash('sha1');
  const files = [join(REPO_ROOT, 'bench', 'generate.ts')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(join(dir, entry.name));
    }
  };
  walk(join(REPO_ROOT, 'bench', 'generator'));
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 10);
}

export interface CachedCorpus {
  path: string;
  documents: number;
  events: number;
  generatedSeconds: number | null;
}

/** `hash` is the generator's `generatorHash()`, taken once when the run starts. */
export async function cachedCorpus(documents: number, seed: number, documentsPerDay: number, hash: string): Promise<CachedCorpus> {
  mkdirSync(CACHE, { recursive: true });
  const base = join(CACHE, `gen-${hash}-n${documents}-s${seed}-d${documentsPerDay}`);
  const path = `${base}.jsonl`;
  const eventsPath = `${base}.events`;
  if (existsSync(path) && existsSync(eventsPath)) return { path, documents, events: Number(readFileSync(eventsPath, 'utf8')), generatedSeconds: null };
  const start = performance.now();
  const corpus = generateCorpus({ documents, seed, documentsPerDay });
  await writeCorpusJsonl(corpus, `${path}.partial`);
  renameSync(`${path}.partial`, path);
  writeFileSync(eventsPath, String(corpus.events.length));
  return { path, documents, events: corpus.events.length, generatedSeconds: (performance.now() - start) / 1000 };
}
