/** Lines up the predicted and gold sides document by document, refusing any mismatch. */
import { ClusteringError } from '../errors.js';
import { describeIds } from './inputs.js';

/**
 * The evaluated ids, in predicted-cluster order. Throws `UNKNOWN_DOCUMENT` naming the ids that
 * only one side has (both lists in one message), so a partial gold file is never scored silently.
 */
export function alignDocuments(clusterOf: ReadonlyMap<string, number>, goldOf: ReadonlyMap<string, string>): string[] {
  const ids = [...clusterOf.keys()];
  const notInGold = ids.filter((id) => !goldOf.has(id));
  const notInResult = [...goldOf.keys()].filter((id) => !clusterOf.has(id));
  if (notInGold.length === 0 && notInResult.length === 0) return ids;
  const parts: string[] = [];
  if (notInResult.length > 0) parts.push(`${describeIds(notInResult)} in gold but in no predicted cluster`);
  if (notInGold.length > 0) parts.push(`${describeIds(notInGold)} clustered but without a gold label`);
  throw new ClusteringError('UNKNOWN_DOCUMENT', `result and gold disagree on the documents: ${parts.join('; ')}`, {
    documentId: notInResult[0] ?? notInGold[0],
  });
}

/**
 * The language of each id, or null when no evaluated document has a known language. When some
 * but not all have one, throws `INVALID_INPUT` naming those without.
 */
export function documentLanguages(ids: readonly string[], languages: ReadonlyMap<string, string>): string[] | null {
  const missing = ids.filter((id) => !languages.has(id));
  if (missing.length === ids.length) return null;
  if (missing.length > 0) {
    throw new ClusteringError('INVALID_INPUT', `no language for ${describeIds(missing)}; give them in result.documents or options.languages`, {
      documentId: missing[0],
    });
  }
  return ids.map((id) => languages.get(id) ?? '');
}
