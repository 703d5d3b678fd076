/**
 * Typed errors thrown at the API boundary (cf. orama's `createError(code)`): every error has a
 * stable `code`, a message saying what was wrong, and where (document id/index or option name).
 */
export type ErrorCode =
  | 'INVALID_DOCUMENTS'
  | 'INVALID_DOCUMENT'
  | 'MISSING_ID'
  | 'DUPLICATE_ID'
  | 'INVALID_TEXT'
  | 'INVALID_DATE'
  | 'INVALID_LANGUAGE'
  | 'INVALID_OPTION'
  | 'UNKNOWN_DOCUMENT'
  | 'INVALID_STATE'
  | 'INVALID_INPUT';

export interface ErrorLocation {
  /** Position of the offending document in the input array. */
  index?: number;
  /** Id of the offending document, when it has one. */
  documentId?: string;
  /** Name of the offending option (dotted path, e.g. `model.coefficients.words`). */
  option?: string;
  /** File and line, for loaders and the command line. */
  file?: string;
  line?: number;
}

export class ClusteringError extends Error {
  override readonly name = 'ClusteringError';
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(`${code}: ${message}${describeLocation(location)}`);
    this.code = code;
    this.location = { ...location };
  }
}

function describeLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(`file ${location.file}${location.line !== undefined ? `:${location.line}` : ''}`);
  else if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.documentId !== undefined) parts.push(`document id ${JSON.stringify(location.documentId)}`);
  if (location.index !== undefined) parts.push(`documents[${location.index}]`);
  if (location.option !== undefined) parts.push(`option ${location.option}`);
  return parts.length > 0 ? ` (at ${parts.join(', ')})` : '';
}

/** Exhaustiveness guard for switch statements over unions (cf. mljs). */
export function assertUnreachable(value: never): never {
  throw new ClusteringError('INVALID_STATE', `unexpected value ${JSON.stringify(value)}`);
}
