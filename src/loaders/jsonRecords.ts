/** Reading JSON objects, one per line (JSONL) or as the elements of one top-level array. */
import { fatal } from './problems.js';
import type { LoadProblem, LoaderOptions } from './types.js';

/** A parsed JSON object and the line it starts on. */
export interface JsonRecord {
  line: number;
  value: Readonly<Record<string, unknown>>;
}

/** JSONL: every non-blank line must be one JSON object; other lines become problems, in line order. */
export function parseJsonLines(text: string): (JsonRecord | LoadProblem)[] {
  const records: (JsonRecord | LoadProblem)[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      records.push({ line, reason: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    records.push(isObject(value) ? { line, value } : { line, reason: `expected a JSON object, got ${describe(value)}` });
  });
  return records;
}

/**
 * A top-level JSON array of objects. A syntax error makes the whole file unreadable, so it is
 * thrown (with the line when the engine's message gives a position) whatever `strict` says;
 * elements that are not objects become problems.
 */
export function parseJsonArray(text: string, options: LoaderOptions): (JsonRecord | LoadProblem)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position ([0-9]+)/u.exec((error as Error).message)?.[1];
    throw fatal(options, `invalid JSON: ${(error as Error).message}`, position === undefined ? undefined : lineAt(text, Number(position)));
  }
  if (!Array.isArray(parsed)) throw fatal(options, `expected a JSON array, got ${describe(parsed)}`, 1);
  const lines = arrayElementLines(text);
  return parsed.map((value: unknown, index) => {
    const line = lines[index] ?? 1;
    if (isObject(value)) return { line, value };
    return { line, reason: `element ${index} of the array: expected a JSON object, got ${describe(value)}` };
  });
}

/** The line on which each element of a (valid) top-level JSON array starts. */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectElement = false;
  for (const char of text) {
    if (char === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') continue;
    if (depth === 1 && expectElement && char !== ']') lines.push(line);
    expectElement = (depth === 0 && char === '[') || (depth === 1 && char === ',');
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') depth -= 1;
  }
  return lines;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}
