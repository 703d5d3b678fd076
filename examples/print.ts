import type { ClusterResult, PairEvidence } from 'event-clusters';

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(2));

export function describeLink(link: PairEvidence): string {
  const signals = link.signals.filter((s) => s.score !== null).map((s) => `${s.signal} ${fixed(s.score)}`).join(' · ');
  return `${link.a} ↔ ${link.b}  score ${fixed(link.score)}  (${signals})${link.dateConflict ? '  DATE CONFLICT' : ''}`;
}

/** Prints clusters with their label, languages, event date and shared evidence. */
export function printClusters(result: ClusterResult): void {
  for (const cluster of result.clusters) {
    console.log(`\n${cluster.id}  ${cluster.eventDate ?? 'no date'}  ${cluster.languages.join(', ')}  ${cluster.label}`);
    console.log(`    members: ${cluster.members.join(', ')}   cohesion ${fixed(cluster.cohesion)}`);
    if (cluster.sharedEntities.length > 0) console.log(`    names:   ${cluster.sharedEntities.join(', ')}`);
    if (cluster.sharedDates.length > 0) console.log(`    dates:   ${cluster.sharedDates.join(', ')}`);
    if (cluster.sharedNumbers.length > 0) console.log(`    numbers: ${cluster.sharedNumbers.join(', ')}`);
    console.log(`    terms:   ${cluster.topTerms.join(', ')}`);
    for (const link of cluster.links) console.log(`    link     ${describeLink(link)}`);
  }
}
