import type { ClusterResult } from '../../types.js';

const TITLE_WIDTH = 70;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A plain-text view for the terminal: one block per cluster (id, size, languages, event date,
 * label), then its members with language and title.
 */
export function formatClusterTable(result: ClusterResult): string {
  const byId = new Map(result.documents.map((d) => [d.id, d]));
  const idWidth = Math.max(2, ...result.documents.map((d) => d.id.length));
  const lines = [`${plural(result.clusters.length, 'cluster')}, ${plural(result.documents.length, 'document')}`, ''];
  for (const cluster of result.clusters) {
    const head = [cluster.id, plural(cluster.members.length, 'doc'), cluster.languages.join(' '), cluster.eventDate ?? 'no date'];
    lines.push(`${head.join('  ')}  ${cluster.label}`);
    for (const id of cluster.members) {
      const doc = byId.get(id);
      lines.push(`    ${id.padEnd(idWidth)}  ${(doc?.lang ?? '').padEnd(3)}  ${clip(doc?.title ?? '', TITLE_WIDTH)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
