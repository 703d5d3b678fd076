import { Command, Option } from 'commander';
import { LANGUAGES } from '../languages/index.js';
import { DEFAULT_OPTIONS } from '../options.js';
import type { ClusterCommandFlags } from './commands/cluster.js';
import type { EvaluateCommandFlags } from './commands/evaluate.js';
import type { CliContext } from './context.js';
import { OUTPUT_FORMATS } from './formats.js';
import { parseDay, parseInteger, parseList, parseModelFile, parseNumber } from './flags.js';

const INPUTS = 'text files (one document each, file name as id), .jsonl files, folders (their top-level *.txt and *.jsonl), or - for standard input';

/** The options `cluster` and `evaluate` share: inputs and clustering parameters. */
function addClusterOptions(command: Command): Command {
  return command
    .argument('<inputs...>', INPUTS)
    .option('-l, --lang <code>', 'language of documents that do not state one (default: detected)')
    .option('--languages <codes>', `language profiles to use, comma-separated (default: all, ${[...LANGUAGES.keys()].join(',')})`, parseList)
    .addOption(new Option('-a, --algorithm <name>', `clustering algorithm (default: ${DEFAULT_OPTIONS.algorithm})`).choices(['agglomerative', 'kmeans']))
    .option('-t, --threshold <number>', `agglomerative: merge while the mean pair probability ≥ this, 0–1 (default: the model's, ${DEFAULT_OPTIONS.threshold})`, parseNumber)
    .option('-k, --k <number>', 'k-means: number of clusters', parseInteger)
    .addOption(new Option('--linkage <name>', `agglomerative linkage (default: ${DEFAULT_OPTIONS.linkage})`).choices(['average', 'single', 'complete']))
    .option('-m, --model <file.json>', 'pair model to use, a JSON file from trainPairModel (default: the shipped model)', parseModelFile)
    .option('--no-pooling', 'skip the second pass that compares whole clusters by their pooled evidence')
    .option('--reference-date <YYYY-MM-DD>', '"today" for years implied by weekdays (default: today)', parseDay)
    .option('--seed <number>', `k-means seed (default: ${DEFAULT_OPTIONS.seed})`, parseInteger)
    .option('-r, --recursive', 'read sub-folders of folder inputs too')
    .option('--strict', 'fail on the first unreadable file or bad line instead of skipping it')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('-q, --quiet', 'no progress bar and no summary line (warnings are still printed)');
}

/**
 * The `event-clusters` command line; actions write through `context`. The commands (and with
 * them language detection and the clustering pipeline) are imported only when one runs, so
 * `--help`, `--version` and usage errors answer quickly; the help shows the library's defaults.
 */
export function buildProgram(context: CliContext): Command {
  const program = new Command('event-clusters')
    .description('Group Swedish, French and English news documents by the real-world event they report.')
    .version(context.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => context.stdout.write(s),
      writeErr: (s) => context.stderr.write(s),
      outputError: (s, write) => write(`event-clusters: ${s.trim().replace(/^error: /u, '')} (see event-clusters --help)\n`),
    })
    .addHelpText('after', '\nExit codes: 0 success, 1 runtime failure, 2 bad usage.\nExample: event-clusters cluster corpus/ --format html --out report.html');

  addClusterOptions(program.command('cluster').description('cluster documents and print or save the result'))
    .addOption(new Option('-f, --format <format>', 'output format (default: table, or from the --out extension)').choices([...OUTPUT_FORMATS]))
    .option('--title <text>', 'title of the HTML report')
    .action(async (inputs: string[], flags: ClusterCommandFlags) => (await import('./commands/cluster.js')).runCluster(inputs, flags, context));

  addClusterOptions(program.command('evaluate').description('cluster documents and score the clusters against gold event labels'))
    .option('-g, --gold <file>', 'gold labels, TSV with an id (or file) column and an event column (default: the "event" field of JSONL input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (inputs: string[], flags: EvaluateCommandFlags) => (await import('./commands/evaluate.js')).runEvaluate(inputs, flags, context));

  return program;
}
