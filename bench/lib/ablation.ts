/**
 * The ablation configurations: the full model, word TF-IDF alone, and the full model with one
 * signal switched off. Built from the library's `SIGNAL_NAMES`, so a signal added or removed
 * there (e.g. `time`) is handled without editing this file. Thresholds stay at their defaults:
 * each row is the model as a user would get it with those weights.
 */
import { SIGNAL_NAMES, type ClusterOptions, type SignalName } from '../../src/index.js';

export interface AblationConfig {
  name: string;
  description: string;
  options: ClusterOptions;
}

const has = (signal: string): signal is SignalName => (SIGNAL_NAMES as readonly string[]).includes(signal);

function without(...signals: string[]): ClusterOptions['weights'] {
  return Object.fromEntries(signals.filter(has).map((s) => [s, 0]));
}

export function ablationConfigs(): AblationConfig[] {
  const dated = ['dates', 'time'].filter(has);
  return [
    { name: 'full model', description: 'default options', options: {} },
    { name: 'word TF-IDF alone', description: `weights: words 1, ${SIGNAL_NAMES.filter((s) => s !== 'words').join(', ')} 0`, options: { weights: { ...without(...SIGNAL_NAMES), words: 1 } } },
    { name: '− entities', description: 'entities 0', options: { weights: without('entities') } },
    { name: '− dates', description: `${dated.join(' and ')} 0`, options: { weights: without(...dated) } },
    { name: '− numbers', description: 'numbers 0', options: { weights: without('numbers') } },
    { name: '− character n-grams', description: 'ngrams 0', options: { weights: without('ngrams') } },
  ];
}
