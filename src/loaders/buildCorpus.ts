/**
 * Validates raw records into `NewsDocumentInput`s and gold labels, format-independently.
 * Rules: `id` is a non-empty string or a finite number (converted with `String`); `text` is a
 * string (may be empty); `lang`, `title`, `publishedAt`, `event` are optional, and an empty string
 * counts as absent. `lang` goes through `toIso6391`, `publishedAt` through `normalizeIsoDate`.
 * A record that breaks a rule, or repeats an earlier id, is reported and skipped.
 */
import type { NewsDocumentInput } from '../types.js';
import { normalizeIsoDate } from './isoDate.js';
import { toIso6391 } from './languageCode.js';
import type { ProblemSink } from './problems.js';
import type { LoadedCorpus, RawEntry, RawRecord } from './types.js';

type Checked = { document: NewsDocumentInput; event: string | undefined } | { reason: string };

/** `entries` in line order; problems found while reading the format are reported in that order too. */
export function buildCorpus(entries: Iterable<RawEntry>, sink: ProblemSink): LoadedCorpus {
  const documents: NewsDocumentInput[] = [];
  const gold = new Map<string, string>();
  const seen = new Set<string>();
  for (const record of entries) {
    if ('reason' in record) {
      sink.report(record.line, record.reason);
      continue;
    }
    const checked = checkRecord(record);
    if ('reason' in checked) {
      sink.report(record.line, checked.reason);
      continue;
    }
    const { id } = checked.document;
    if (seen.has(id)) {
      sink.report(record.line, `duplicate id ${JSON.stringify(id)}`, 'DUPLICATE_ID');
      continue;
    }
    seen.add(id);
    documents.push(checked.document);
    if (checked.event !== undefined) gold.set(id, checked.event);
  }
  return { documents, gold, problems: sink.problems };
}

function checkRecord(record: RawRecord): Checked {
  const id = readLabel(record.id);
  if (id === undefined) return { reason: 'missing id' };
  if (id === null) return { reason: `id must be a non-empty string or a number, got ${JSON.stringify(record.id)}` };
  const where = `document ${JSON.stringify(id)}`;
  if (typeof record.text !== 'string') return { reason: `${where}: text must be a string, got ${JSON.stringify(record.text ?? null)}` };
  const document: NewsDocumentInput = { id, text: record.text };
  for (const field of ['lang', 'title', 'publishedAt'] as const) {
    const value = record[field];
    if (isAbsent(value)) continue;
    if (typeof value !== 'string') return { reason: `${where}: ${field} must be a string, got ${JSON.stringify(value)}` };
    const converted = convert(field, value);
    if (converted === null) return { reason: `${where}: publishedAt ${JSON.stringify(value)} is not an ISO 8601 date` };
    document[field] = converted;
  }
  const event = readLabel(record.event);
  if (event === null) return { reason: `${where}: event must be a non-empty string or a number, got ${JSON.stringify(record.event)}` };
  return { document, event };
}

function convert(field: 'lang' | 'title' | 'publishedAt', value: string): string | null {
  if (field === 'lang') return toIso6391(value);
  if (field === 'publishedAt') return normalizeIsoDate(value);
  return value;
}

/** undefined when absent (missing, null or ''), null when of the wrong type, else the string. */
function readLabel(value: unknown): string | undefined | null {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  return null;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
