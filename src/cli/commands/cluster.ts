import { clusterDocuments, type EvidenceLookup } from '../../clusterDocuments.js';
import { renderReport } from '../../report/renderReport.js';
import type { ClusterResult, NewsDocumentInput } from '../../types.js';
import type { CliContext } from '../context.js';
import { outputFormat, type OutputFormat } from '../formats.js';
import type { ClusterFlags } from '../flags.js';
import { formatClusterTable } from '../format/clusterTable.js';
import { formatJson, formatJsonl } from '../format/jsonFormats.js';
import type { InputProblem } from '../inputs/problems.js';
import { writeOutput } from '../output.js';
import { createProgress, type Progress } from '../progress.js';
import { loadDocuments } from './loadDocuments.js';

export interface ClusterCommandFlags extends ClusterFlags {
  format?: OutputFormat;
  title?: string;
}

interface RenderInput {
  result: ClusterResult & EvidenceLookup;
  documents: readonly NewsDocumentInput[];
  problems: readonly InputProblem[];
}

function render(format: OutputFormat, input: RenderInput, flags: ClusterCommandFlags, context: CliContext, progress: Progress): string {
  switch (format) {
    case 'table':
      return formatClusterTable(input.result);
    case 'json':
      return formatJson(input.result);
    case 'jsonl':
      return formatJsonl(input.result);
    case 'html': {
      let stage = '';
      return renderReport(input.result, input.documents, {
        title: flags.title,
        problems: input.problems,
        generator: `event-clusters ${context.version}`,
        onProgress: (name, done, total) => {
          if (name !== stage) progress.stage(name === 'documents' ? 'snippets' : 'similarities', total);
          stage = name;
          progress.update(done);
        },
      });
    }
  }
}

/** `event-clusters cluster <inputs…>`: read, cluster, write the chosen format. */
export async function runCluster(inputs: readonly string[], flags: ClusterCommandFlags, context: CliContext): Promise<void> {
  const format = outputFormat(flags);
  const progress = createProgress({ quiet: flags.quiet, stream: context.stderr });
  try {
    const loaded = await loadDocuments(inputs, flags, context, progress);
    progress.stage('clustering', 1);
    const result = clusterDocuments(loaded.documents, loaded.options);
    progress.update(1);
    const text = render(format, { result, documents: loaded.documents, problems: loaded.problems }, flags, context, progress);
    progress.stop();
    await writeOutput(text, flags.out, context.stdout);
    if (flags.out !== undefined && flags.out !== '-' && flags.quiet !== true) {
      context.stderr.write(`event-clusters: ${result.documents.length} documents, ${result.clusters.length} clusters → ${flags.out}\n`);
    }
  } finally {
    progress.stop();
  }
}
