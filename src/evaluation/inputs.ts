/**
 * What `evaluate` accepts, and the readers that turn it into plain Maps, validating as they go
 * (this is the API boundary: every problem is a `ClusteringError` naming the offending id).
 */
import { ClusteringError } from '../errors.js';

/** A predicted clustering: a `ClusterResult` fits, and so does a bare `{ clusters }`. */
export interface ClusteringInput {
  readonly clusters: readonly { readonly members: readonly string[] }[];
  /** Per-document languages (a `ClusterResult` has them); used for the language breakdown. */
  readonly documents?: readonly { readonly id: string; readonly lang: string }[];
}

/** Gold labels, document id → event id, in any of three shapes. */
export type GoldInput =
  | ReadonlyMap<string, string>
  | Readonly<Record<string, string>>
  | readonly { readonly id: string; readonly event: string }[];

/** Document id → language code. */
export type LanguagesInput = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** Reads the predicted clusters into document id → cluster index. Empty clusters are ignored. */
export function readPrediction(result: ClusteringInput): Map<string, number> {
  if (result === null || typeof result !== 'object' || !Array.isArray(result.clusters)) {
    throw new ClusteringError('INVALID_INPUT', 'result must be an object with a `clusters` array');
  }
  const clusterOf = new Map<string, number>();
  let index = 0;
  result.clusters.forEach((cluster, position) => {
    const members: unknown = cluster?.members;
    if (!Array.isArray(members)) {
      throw new ClusteringError('INVALID_INPUT', `clusters[${position}].members must be an array of document ids`);
    }
    if (members.length === 0) return;
    for (const id of members) addMember(clusterOf, id, index, position);
    index += 1;
  });
  return clusterOf;
}

function addMember(clusterOf: Map<string, number>, id: unknown, index: number, position: number): void {
  if (typeof id !== 'string' || id === '') {
    throw new ClusteringError('INVALID_INPUT', `clusters[${position}].members holds ${JSON.stringify(id)}, not a non-empty string id`);
  }
  if (clusterOf.has(id)) {
    throw new ClusteringError('DUPLICATE_ID', 'document appears in more than one predicted cluster (or twice in one); evaluation needs a partition', { documentId: id });
  }
  clusterOf.set(id, index);
}

/** Reads gold labels into a Map, rejecting duplicate ids and non-string or empty ids/events. */
export function readGold(gold: GoldInput): Map<string, string> {
  const entries = goldEntries(gold);
  const labels = new Map<string, string>();
  for (const [id, event] of entries) {
    if (typeof id !== 'string' || id === '') {
      throw new ClusteringError('INVALID_INPUT', `gold holds the id ${JSON.stringify(id)}, not a non-empty string`);
    }
    if (typeof event !== 'string' || event === '') {
      throw new ClusteringError('INVALID_INPUT', `gold event must be a non-empty string, got ${JSON.stringify(event)}`, { documentId: id });
    }
    if (labels.has(id)) throw new ClusteringError('DUPLICATE_ID', 'document has two gold entries', { documentId: id });
    labels.set(id, event);
  }
  return labels;
}

function goldEntries(gold: GoldInput): [unknown, unknown][] {
  if (gold instanceof Map) return [...gold.entries()];
  if (Array.isArray(gold)) {
    return gold.map((entry: unknown, index) => {
      if (entry === null || typeof entry !== 'object') {
        throw new ClusteringError('INVALID_INPUT', `gold[${index}] must be an object { id, event }`);
      }
      const { id, event } = entry as { id?: unknown; event?: unknown };
      return [id, event];
    });
  }
  if (gold !== null && typeof gold === 'object') return Object.entries(gold);
  throw new ClusteringError('INVALID_INPUT', 'gold must be a Map, a Record or an array of { id, event }');
}

/**
 * Document languages: `result.documents` first, then `options.languages` on top (it wins on
 * conflict). Ids in `result.documents` must all be clustered; `options.languages` is a lookup
 * table and may hold extra ids.
 */
export function readLanguages(result: ClusteringInput, clustered: ReadonlyMap<string, number>, extra?: LanguagesInput): Map<string, string> {
  const languages = new Map<string, string>();
  const unclustered: string[] = [];
  for (const document of result.documents ?? []) {
    if (!clustered.has(document.id)) unclustered.push(document.id);
    setLanguage(languages, document.id, document.lang, 'result.documents');
  }
  if (unclustered.length > 0) {
    throw new ClusteringError('UNKNOWN_DOCUMENT', `result.documents lists ${describeIds(unclustered)} that no cluster contains`, { documentId: unclustered[0] });
  }
  const entries = extra instanceof Map ? [...extra.entries()] : Object.entries(extra ?? {});
  for (const [id, lang] of entries) setLanguage(languages, id, lang, 'options.languages');
  return languages;
}

function setLanguage(languages: Map<string, string>, id: string, lang: unknown, source: string): void {
  if (typeof lang !== 'string' || lang === '') {
    throw new ClusteringError('INVALID_INPUT', `${source}: language must be a non-empty string, got ${JSON.stringify(lang)}`, { documentId: id });
  }
  languages.set(id, lang);
}

/** `3 documents ("a", "b", "c")`, listing at most ten ids. */
export function describeIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map((id) => JSON.stringify(id)).join(', ');
  const more = ids.length > 10 ? `, … ${ids.length - 10} more` : '';
  return `${ids.length} document${ids.length === 1 ? '' : 's'} (${shown}${more})`;
}
