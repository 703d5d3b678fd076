import type { ClusterResult, PairEvidence } from 'event-clusters';

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(2));

const signed = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(2)}`;

/** A link as the pair model's sum: the probability, then the log-odds each signal (and the rest) added to the intercept. */
export function describeLink(link: PairEvidence): string {
  const signals = link.signals.filter((s) => s.contribution !== 0).sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
  const context = link.inputs.filter((i) => i.signal === 'context').reduce((s, i) => s + i.contribution, 0);
  const terms = [`intercept ${signed(link.intercept)}`, ...signals.map((s) => `${s.signal} ${signed(s.contribution)}`), `other ${signed(context)}`].join(', ');
  const sides = link.pooled === undefined ? `${link.a} ↔ ${link.b}` : `[${link.pooled.a.join(', ')}] ↔ [${link.pooled.b.join(', ')}] (pooled)`;
  return `${sides}  p ${fixed(link.score)}  (log-odds ${terms})${link.dateConflict ? '  DATE CONFLICT' : ''}`;
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
