import { failure } from '../errors.js';

/** An input that was skipped, by file (and line, for JSONL), with the reason. */
export interface InputProblem {
  file: string;
  line?: number;
  reason: string;
}

/** `corpus/a.jsonl:3: invalid JSON …` */
export function formatProblem(problem: InputProblem): string {
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.reason}`;
}

/** The warning for a skipped input: `corpus/a.jsonl:3: invalid JSON …, line skipped`. */
export function formatSkipped(problem: InputProblem): string {
  return `${formatProblem(problem)}, ${problem.line === undefined ? 'skipped' : 'line skipped'}`;
}

/**
 * Collects skipped inputs; with `strict` the first one is fatal instead (exit 1).
 * Nothing is ever dropped without a problem being recorded.
 */
export class ProblemLog {
  readonly problems: InputProblem[] = [];

  constructor(private readonly strict: boolean) {}

  add(problem: InputProblem): void {
    if (this.strict) throw failure(`${formatProblem(problem)} (--strict)`);
    this.problems.push(problem);
  }
}
