/** Command-line flags of the bench scripts: `--name value`, plus `BENCH_OPTIONS` for library options. */
import type { ClusterOptions } from '../../src/index.js';

export function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

export function numberFlag(args: readonly string[], name: string, fallback: number): number {
  const raw = flag(args, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got ${raw}`);
  return value;
}

/**
 * Extra `clusterDocuments` options for the full model: `--options '{"threshold":0.35}'` or the
 * environment variable `BENCH_OPTIONS` with the same JSON (the flag wins).
 */
export function extraOptions(args: readonly string[]): ClusterOptions {
  const raw = flag(args, 'options') ?? process.env.BENCH_OPTIONS;
  if (raw === undefined || raw.trim() === '') return {};
  const parsed: unknown = JSON.parse(raw);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('--options / BENCH_OPTIONS must be a JSON object of clusterDocuments options');
  return parsed as ClusterOptions;
}

/** Options merged with `extra` underneath. */
export function withExtra(extra: ClusterOptions, options: ClusterOptions): ClusterOptions {
  return { ...extra, ...options };
}
