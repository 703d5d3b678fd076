/**
 * `npm run real:cache`: writes the git-ignored cache of the real set's page texts,
 * `corpus/real/.cache/pages.jsonl` (one JSON line per manifest page: its manifest fields plus
 * `text`), from search results saved under `corpus/real/.cache/parts/*.jsonl`: any JSON lines with
 * a `url` and the page excerpt as `text` or `excerpt` (the search tool's result fields). Pages are
 * matched to the manifest by URL; those not found are listed, and the benchmark leaves them out.
 *
 *   tsx bench/real/buildCache.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_PATH, readManifest, REAL_DIR, type ManifestRow } from './realSet.js';

export const PARTS_DIR = join(REAL_DIR, '.cache', 'parts');

/** URL → text from every saved search result line (the first text seen for a URL wins). */
export function savedTexts(dir = PARTS_DIR): Map<string, string> {
  const texts = new Map<string, string>();
  if (!existsSync(dir)) return texts;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let value: { url?: unknown; text?: unknown; excerpt?: unknown };
      try {
        value = JSON.parse(line) as typeof value;
      } catch {
        throw new Error(`${file}:${i + 1}: not a JSON line`);
      }
      const text = typeof value.text === 'string' ? value.text : value.excerpt;
      if (typeof value.url === 'string' && typeof text === 'string' && !texts.has(value.url)) texts.set(value.url, text);
    });
  }
  return texts;
}

export function buildCache(rows: readonly ManifestRow[], texts: ReadonlyMap<string, string>): { lines: string[]; missing: ManifestRow[] } {
  const lines: string[] = [];
  const missing: ManifestRow[] = [];
  for (const row of rows) {
    const text = texts.get(row.url);
    if (text === undefined) missing.push(row);
    else lines.push(JSON.stringify({ ...row, text }));
  }
  return { lines, missing };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = readManifest();
  const { lines, missing } = buildCache(rows, savedTexts());
  writeFileSync(CACHE_PATH, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${lines.length} of ${rows.length} pages to ${CACHE_PATH}\n`);
  for (const row of missing) process.stdout.write(`missing ${row.id}: search "${row.query}" (pages corpus) for ${row.url}\n`);
}
