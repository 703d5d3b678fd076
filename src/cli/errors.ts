import { ClusteringError } from '../errors.js';

/** Exit codes of the command line, following the usual Unix conventions. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 });
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error the command line reports as one line, without a stack trace: bad usage (exit 2) or a
 * runtime failure caused by the input, such as nothing left to cluster (exit 1).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

export function failure(message: string): CliError {
  return new CliError(message, EXIT.failure);
}

/** Library option names → the command-line flag that sets them. */
const FLAGS = new Map<string, string>([
  ['threshold', '--threshold'],
  ['k', '--k'],
  ['algorithm', '--algorithm'],
  ['linkage', '--linkage'],
  ['model', '--model'],
  ['pooling', '--no-pooling'],
  ['languages', '--languages'],
  ['referenceDate', '--reference-date'],
  ['seed', '--seed'],
]);

/** `model.coefficients.words` → `--model (coefficients.words)`, `languages[2]` → `--languages`. */
export function flagOf(option: string): string {
  const head = /^[\p{L}\p{N}]+/u.exec(option)?.[0] ?? option;
  const flag = FLAGS.get(head) ?? `option ${option}`;
  const detail = /^model\.(?<field>.+)$/u.exec(option)?.groups?.field;
  return detail === undefined ? flag : `${flag} (${detail})`;
}

/** The message of a ClusteringError without its `CODE: ` prefix and ` (at …)` suffix. */
function bareMessage(error: ClusteringError): string {
  return error.message.replace(`${error.code}: `, '').replace(/ \(at [^()]*\)$/u, '');
}

/** Where a ClusteringError points: `file:line: `, `document "x": `, or nothing. */
function wherePrefix(error: ClusteringError): string {
  const { file, line, documentId } = error.location;
  const parts: string[] = [];
  if (file !== undefined) parts.push(line === undefined ? file : `${file}:${line}`);
  if (documentId !== undefined) parts.push(`document ${JSON.stringify(documentId)}`);
  return parts.length === 0 ? '' : `${parts.join(': ')}: `;
}

/** Turns any thrown value into the one line to print and the exit code. */
export function describeFailure(error: unknown): { message: string; exitCode: ExitCode } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof ClusteringError) {
    const option = error.location.option;
    if (error.code === 'INVALID_OPTION' && option !== undefined) {
      return { message: `${flagOf(option)}: ${bareMessage(error)}`, exitCode: EXIT.usage };
    }
    return { message: `${wherePrefix(error)}${bareMessage(error)}`, exitCode: EXIT.failure };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${message.split('\n')[0] ?? ''} (set EVENT_CLUSTERS_DEBUG=1 for details)`, exitCode: EXIT.failure };
}
