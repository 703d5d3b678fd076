import { stat } from 'node:fs/promises';
import { clusterDocuments } from '../../clusterDocuments.js';
import { evaluate } from '../../evaluation/index.js';
import { loadGoldTsv } from '../../loaders/index.js';
import type { ClusterResult } from '../../types.js';
import { warn, type CliContext } from '../context.js';
import { failure, usageError } from '../errors.js';
import type { ClusterFlags } from '../flags.js';
import { formatEvaluationTable } from '../format/evaluationTable.js';
import { formatSkipped } from '../inputs/problems.js';
import { writeOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { alignGold, listIds } from './alignGold.js';
import { loadDocuments } from './loadDocuments.js';

export interface EvaluateCommandFlags extends ClusterFlags {
  gold?: string;
  format?: 'table' | 'json';
}

interface GoldLabels {
  gold: Map<string, string>;
  languages: Map<string, string>;
}

/** Labels from `--gold` (TSV), else from the `event` fields of the JSONL input. */
async function readGold(flags: EvaluateCommandFlags, fromInput: Map<string, string>, context: CliContext): Promise<GoldLabels> {
  if (flags.gold === undefined) {
    if (fromInput.size === 0) throw usageError('--gold <file> is required: the input has no "event" labels');
    return { gold: fromInput, languages: new Map() };
  }
  const info = await stat(flags.gold).catch(() => null);
  if (info === null || !info.isFile()) throw usageError(`--gold: ${flags.gold}: no such file`);
  const loaded = await loadGoldTsv(flags.gold, { strict: flags.strict === true });
  for (const p of loaded.problems) warn(context, formatSkipped({ file: flags.gold, line: p.line, reason: p.reason }));
  return { gold: loaded.gold, languages: loaded.languages };
}

/** Keeps the documents that have a gold label, saying which were left out on either side. */
function restrict(result: ClusterResult, labels: GoldLabels, flags: EvaluateCommandFlags, context: CliContext) {
  const aligned = alignGold(labels.gold, labels.languages, result.documents.map((d) => d.id));
  const notes = [
    aligned.unlabelled.length > 0 ? `documents without a gold label, left out of the evaluation: ${listIds(aligned.unlabelled)}` : null,
    aligned.unknown.length > 0 ? `gold labels for documents not in the input, ignored: ${listIds(aligned.unknown)}` : null,
  ].filter((n): n is string => n !== null);
  if (flags.strict === true && notes[0] !== undefined) throw failure(`${notes[0]} (--strict)`);
  for (const note of notes) warn(context, note);
  if (aligned.gold.size === 0) throw failure('no document has a gold label: check that the gold ids match the document ids');
  const keep = (id: string) => aligned.gold.has(id);
  const clusters = result.clusters.map((c) => ({ members: c.members.filter(keep) }));
  return { prediction: { clusters, documents: result.documents.filter((d) => keep(d.id)) }, aligned };
}

/** `event-clusters evaluate --gold gold.tsv <inputs…>`: cluster, then score against the gold events. */
export async function runEvaluate(inputs: readonly string[], flags: EvaluateCommandFlags, context: CliContext): Promise<void> {
  const progress = createProgress({ quiet: flags.quiet, stream: context.stderr });
  try {
    const loaded = await loadDocuments(inputs, flags, context, progress);
    const labels = await readGold(flags, loaded.gold, context);
    progress.stage('clustering', 1);
    const result = clusterDocuments(loaded.documents, loaded.options);
    progress.stop();
    const { prediction, aligned } = restrict(result, labels, flags, context);
    const report = evaluate(prediction, aligned.gold, { languages: aligned.languages });
    const text = flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatEvaluationTable(report);
    await writeOutput(text, flags.out, context.stdout);
  } finally {
    progress.stop();
  }
}
