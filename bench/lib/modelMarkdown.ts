/** `bench/results/model.md`: the trained pair model, its data, cuts and calibration. */
import { INPUT_SIGNAL, PAIR_INPUTS } from '../../src/similarity/pairInputs.js';
import type { ModelReport } from '../train.js';
import { fixed, table } from './markdown.js';

export function modelMarkdown(r: ModelReport): string {
  const best = r.tuning.find((t) => t.threshold === r.model.threshold && t.poolThreshold === r.model.poolThreshold);
  return [
    '# Pair model',
    '',
    `Trained by \`${r.command}\` (${r.trainedAt}): ${r.model.trainedOn ?? ''}. Weighted logistic regression, L2 ${r.l2}, Newton's method; mean weighted log-loss on the training examples ${fixed(r.logLoss, 4)}.`,
    '',
    '## Data',
    '',
    table(['set', 'examples', 'same event', 'total weight'], r.sets.map((s) => [s.name, String(s.examples), String(s.positives), String(s.weight)]), ['l']),
    '',
    '## Coefficients (log-odds per unit of input; inputs in [0, 1])',
    '',
    table(['input', 'signal', 'coefficient'], [['(intercept)', '', fixed(r.model.intercept, 3)], ...PAIR_INPUTS.map((name) => [name, INPUT_SIGNAL[name], fixed(r.model.coefficients[name] ?? 0, 3)])], ['l', 'l']),
    '',
    '## Cuts',
    '',
    `Chosen by mean BCubed F1 over ${r.tuningCorpora.join(', ')} (weights and floors: see bench/train.ts): threshold **${r.model.threshold}** (first pass: mean pair probability between two groups), pooled cut **${r.model.poolThreshold}** (second pass: probability of two pooled clusters); BCubed F1 there ${best === undefined ? '–' : best.f1.map((f) => fixed(f)).join(', ')}${best?.feasible === false ? ' (no combination met every floor)' : ''}.`,
    '',
    '## Calibration on held-out data',
    '',
    ...r.calibration.flatMap((c) => [`${c.name}:`, '', table(['predicted', 'pairs', 'mean predicted', 'observed same-event share'], c.bins.map((b) => [`${fixed(b.from, 1)}–${fixed(b.to, 1)}`, String(b.pairs), fixed(b.predicted), fixed(b.observed)])), '']),
  ].join('\n');
}
