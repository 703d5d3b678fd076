import type { ClusterResult } from '../../types.js';

/** The whole result (clusters with explanations, documents, options) as one JSON document. */
export function formatJson(result: ClusterResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * One JSON object per document, in id order, with its cluster: easy to join back onto the input
 * (`{"id", "cluster", "clusterLabel", "lang", "eventDate", "title"}`).
 */
export function formatJsonl(result: ClusterResult): string {
  const clusterOf = new Map<string, { id: string; label: string }>();
  for (const cluster of result.clusters) for (const member of cluster.members) clusterOf.set(member, cluster);
  const lines = result.documents.map((doc) => {
    const cluster = clusterOf.get(doc.id);
    return JSON.stringify({ id: doc.id, cluster: cluster?.id ?? null, clusterLabel: cluster?.label ?? null, lang: doc.lang, eventDate: doc.eventDate, title: doc.title });
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
