import type { EvaluationReport } from '../../evaluation/index.js';

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function row(name: string, scores: Scores | null): string {
  if (scores === null) return `${name.padEnd(16)}${'n/a'.padStart(10)}`;
  return `${name.padEnd(16)}${[scores.precision, scores.recall, scores.f1].map((v) => v.toFixed(3).padStart(10)).join('')}`;
}

/** The evaluation measures as a small table for the terminal. */
export function formatEvaluationTable(report: EvaluationReport): string {
  return [
    `${report.documents} documents, ${report.predictedClusters} predicted clusters, ${report.goldEvents} gold events`,
    '',
    `${''.padEnd(16)}${['precision', 'recall', 'F1'].map((h) => h.padStart(10)).join('')}`,
    row('pairwise', report.pairwise),
    row('B-cubed', report.bcubed),
    row('same-language', report.sameLanguage),
    row('cross-language', report.crossLanguage),
    '',
    `ARI ${report.ari.toFixed(3)}   NMI ${report.nmi.toFixed(3)}`,
    '',
  ].join('\n');
}
