import { ClusteringError } from './errors.js';
import type { PreparedDocument } from './features/analyzeDocument.js';
import { MAX_YEAR, MIN_YEAR, parsePublication } from './isoDay.js';
import type { DocumentInput } from './types.js';


function documentError(code: ConstructorParameters<typeof ClusteringError>[0], message: string, index: number, documentId?: string): never {
  throw new ClusteringError(code, message, documentId === undefined ? { index } : { index, documentId });
}

/**
 * A publication date given as ISO string or Date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only
 * the month or year is known (ISO 8601 reduced precision); throws INVALID_DATE otherwise.
 */
function publicationDate(value: unknown, index: number, id: string): string | null {
  if (value === undefined || value === null) return null;
  const date = parsePublication(value);
  if (date === null) {
    documentError('INVALID_DATE', `publishedAt must be an ISO 8601 date (YYYY-MM-DD[THH:mm…], or YYYY-MM / YYYY when only the month or year is known) or a valid Date, naming a real day in years ${MIN_YEAR}–${MAX_YEAR}, got ${JSON.stringify(value)}`, index, id);
  }
  return date;
}

function optionalString(doc: Record<string, unknown>, field: 'lang' | 'title', index: number, id: string): string | undefined {
  const value = doc[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') documentError(field === 'lang' ? 'INVALID_LANGUAGE' : 'INVALID_DOCUMENT', `${field} must be a string, got ${typeof value}`, index, id);
  return value;
}

function prepareOne(input: unknown, index: number): PreparedDocument {
  if (typeof input === 'string') return { id: String(index), text: input, publishedAt: null };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    documentError('INVALID_DOCUMENT', `a document must be a string or an object { id, text }, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`, index);
  }
  const doc = input as Record<string, unknown>;
  const id = doc.id;
  if (typeof id !== 'string' || id.length === 0) documentError('MISSING_ID', `id must be a non-empty string, got ${JSON.stringify(id) ?? 'undefined'}`, index);
  if (typeof doc.text !== 'string') documentError('INVALID_TEXT', `text must be a string, got ${doc.text === null ? 'null' : typeof doc.text}`, index, id);
  const prepared: PreparedDocument = { id, text: doc.text, publishedAt: publicationDate(doc.publishedAt, index, id) };
  const lang = optionalString(doc, 'lang', index, id);
  const title = optionalString(doc, 'title', index, id);
  if (lang !== undefined && lang.trim().length > 0) prepared.lang = lang.trim().toLowerCase();
  if (title !== undefined) prepared.title = title;
  return prepared;
}

/**
 * Checks the caller's documents and copies them into a prepared form (never aliasing the input).
 * Throws a ClusteringError naming the document (index and id) and what was wrong.
 */
export function validateDocuments(input: unknown): PreparedDocument[] {
  if (!Array.isArray(input)) throw new ClusteringError('INVALID_DOCUMENTS', `documents must be an array, got ${input === null ? 'null' : typeof input}`);
  const seen = new Map<string, number>();
  // Array.from, not map: map skips the holes of a sparse array, which must be refused like undefined.
  return Array.from(input as unknown[], (item: unknown, index) => {
    const doc = prepareOne(item, index);
    const previous = seen.get(doc.id);
    if (previous !== undefined) documentError('DUPLICATE_ID', `id ${JSON.stringify(doc.id)} is also used by documents[${previous}]`, index, doc.id);
    seen.set(doc.id, index);
    return doc;
  });
}

export type { DocumentInput };
