import { textId } from '../inputs/collectSources.js';

export interface AlignedGold {
  /** Document id → gold event, for documents that have both. */
  gold: Map<string, string>;
  /** Document id → language from the gold file, re-keyed the same way. */
  languages: Map<string, string>;
  /** Clustered documents with no gold label. */
  unlabelled: string[];
  /** Gold ids matching no clustered document. */
  unknown: string[];
}

/**
 * Matches gold ids to document ids: exactly, or without a `.txt` extension (gold files name the
 * text files, `000_9f1e.txt`, while their documents are `000_9f1e`).
 */
export function alignGold(gold: ReadonlyMap<string, string>, languages: ReadonlyMap<string, string>, documentIds: readonly string[]): AlignedGold {
  const ids = new Set(documentIds);
  const aligned: AlignedGold = { gold: new Map(), languages: new Map(), unlabelled: [], unknown: [] };
  for (const [goldId, event] of gold) {
    const id = ids.has(goldId) ? goldId : textId(goldId);
    if (!ids.has(id)) {
      aligned.unknown.push(goldId);
      continue;
    }
    aligned.gold.set(id, event);
    const lang = languages.get(goldId);
    if (lang !== undefined) aligned.languages.set(id, lang);
  }
  aligned.unlabelled = documentIds.filter((id) => !aligned.gold.has(id));
  return aligned;
}

/** `3 ("a", "b", "c")`, at most five ids shown. */
export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ');
  return `${ids.length} (${shown}${ids.length > 5 ? `, … ${ids.length - 5} more` : ''})`;
}
