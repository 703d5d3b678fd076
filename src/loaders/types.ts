/** Shared shapes of the corpus loaders. */
import type { NewsDocumentInput } from '../types.js';

/** A skipped line: 1-based line number (of the record's first line) and why it was skipped. */
export interface LoadProblem {
  line: number;
  reason: string;
}

/** What every loader returns. */
export interface LoadedCorpus {
  documents: NewsDocumentInput[];
  /** Document id → gold event id; empty when the file has no labels. */
  gold: Map<string, string>;
  /** Lines that were skipped (always empty with `strict: true`, which throws instead). */
  problems: LoadProblem[];
}

export interface LoaderOptions {
  /** Throw a `ClusteringError` naming file and line on the first bad line instead of skipping it. */
  strict?: boolean;
  /** File name used in error messages; the `loadX(path)` functions set it to the path. */
  file?: string;
}

/**
 * One record as read from a file, before validation: the loaders map their own field names onto
 * these. Empty strings count as absent for the optional fields.
 */
export interface RawRecord {
  line: number;
  id: unknown;
  text: unknown;
  lang?: unknown;
  title?: unknown;
  publishedAt?: unknown;
  event?: unknown;
}

/** What a format reader yields per line, in line order: a record, or why the line was unreadable. */
export type RawEntry = RawRecord | LoadProblem;
