/**
 * The ablation configurations: the full model, word TF-IDF alone, and the full model with one
 * signal switched off — the pair model with that signal's inputs' coefficients set to 0
 * (`withoutSignals`), at the model's own threshold: what the shipped model does without that
 * evidence, not a model retrained without it. Built from the library's `SIGNAL_NAMES`, so a
 * signal added or removed there is handled without editing this file.
 */
import { DEFAULT_PAIR_MODEL, SIGNAL_NAMES, withoutSignals, type ClusterOptions, type SignalName } from '../../src/index.js';

export interface AblationConfig {
  name: string;
  description: string;
  options: ClusterOptions;
}

const without = (...signals: SignalName[]): ClusterOptions => ({ model: withoutSignals(DEFAULT_PAIR_MODEL, signals) });

export function ablationConfigs(): AblationConfig[] {
  return [
    { name: 'full model', description: 'default options', options: {} },
    { name: 'words inputs alone', description: `the model's words inputs only (${SIGNAL_NAMES.filter((s) => s !== 'words').join(', ')} off), no pooled pass`, options: { ...without(...SIGNAL_NAMES.filter((s) => s !== 'words')), pooling: false } },
    { name: '− pooled pass', description: 'pooling: false', options: { pooling: false } },
    ...SIGNAL_NAMES.filter((s) => s !== 'words').map((signal) => ({ name: `− ${signal}`, description: `${signal} inputs off`, options: without(signal) })),
  ];
}
