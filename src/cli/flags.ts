import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import type { Algorithm, ClusterOptions, Linkage } from '../options.js';
import type { PairModel } from '../similarity/pairModel.js';

/** The flags shared by `cluster` and `evaluate`, as commander parses them. */
export interface ClusterFlags {
  lang?: string;
  languages?: string[];
  algorithm?: Algorithm;
  threshold?: number;
  k?: number;
  linkage?: Linkage;
  model?: PairModel;
  pooling?: boolean;
  referenceDate?: string;
  seed?: number;
  recursive?: boolean;
  strict?: boolean;
  quiet?: boolean;
  out?: string;
}

const NUMBER = /^[+-]?(?:\p{Nd}+(?:\.\p{Nd}*)?|\.\p{Nd}+)(?:[eE][+-]?\p{Nd}+)?$/u;

/** A finite decimal number (`0.3`, `1e-2`); anything else is a usage error naming the value. */
export function parseNumber(value: string): number {
  const n = Number(value);
  if (!NUMBER.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number.');
  return n;
}

export function parseInteger(value: string): number {
  const n = parseNumber(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

/** A pair model JSON file (what `trainPairModel` returns, saved with JSON.stringify); the library checks its fields. */
export function parseModelFile(path: string): PairModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InvalidArgumentError(`cannot read the model file ${path}.`);
  }
  try {
    return JSON.parse(text) as PairModel;
  } catch {
    throw new InvalidArgumentError(`${path} is not JSON.`);
  }
}

/** `sv,fr` → `['sv', 'fr']`. */
export function parseList(value: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length === 0) throw new InvalidArgumentError('expected a comma-separated list.');
  return items;
}

/** `YYYY-MM-DD`, checked here so the message names the flag before any file is read. */
export function parseDay(value: string): string {
  const match = /^(?<y>\p{Nd}{4})-(?<m>\p{Nd}{2})-(?<d>\p{Nd}{2})$/u.exec(value.trim());
  const date = match === null ? null : new Date(`${value.trim()}T00:00:00Z`);
  if (date === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new InvalidArgumentError('expected a date YYYY-MM-DD.');
  }
  return value.trim();
}

/** The library options the flags ask for; the library validates ranges (its errors name the flag). */
export function toClusterOptions(flags: ClusterFlags): ClusterOptions {
  const options: ClusterOptions = {};
  if (flags.algorithm !== undefined) options.algorithm = flags.algorithm;
  if (flags.threshold !== undefined) options.threshold = flags.threshold;
  if (flags.k !== undefined) options.k = flags.k;
  if (flags.linkage !== undefined) options.linkage = flags.linkage;
  if (flags.model !== undefined) options.model = flags.model;
  if (flags.pooling === false) options.pooling = false;
  if (flags.languages !== undefined) options.languages = flags.languages;
  if (flags.referenceDate !== undefined) options.referenceDate = flags.referenceDate;
  if (flags.seed !== undefined) options.seed = flags.seed;
  return options;
}
