/** Collects per-line problems, or throws on the first one in strict mode. */
import { ClusteringError, type ErrorCode } from '../errors.js';
import type { LoadProblem, LoaderOptions } from './types.js';

export interface ProblemSink {
  readonly problems: LoadProblem[];
  /** Records (or, when strict, throws) a problem; returns so callers can `continue`. */
  report(line: number, reason: string, code?: ErrorCode): void;
}

export function createProblemSink(options: LoaderOptions): ProblemSink {
  const problems: LoadProblem[] = [];
  return {
    problems,
    report(line, reason, code = 'INVALID_INPUT') {
      if (options.strict === true) throw new ClusteringError(code, reason, { file: options.file, line });
      problems.push({ line, reason });
    },
  };
}

/** A problem that makes the whole file unreadable (bad header, unparseable JSON array): always thrown. */
export function fatal(options: LoaderOptions, reason: string, line?: number): ClusteringError {
  return new ClusteringError('INVALID_INPUT', reason, { file: options.file, line });
}

/** Drops a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
