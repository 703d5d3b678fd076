import { toIso6391 } from '../../loaders/index.js';
import { resolveOptions, type ClusterOptions } from '../../options.js';
import { warn, type CliContext } from '../context.js';
import { failure, usageError } from '../errors.js';
import { toClusterOptions, type ClusterFlags } from '../flags.js';
import { collectSources } from '../inputs/collectSources.js';
import { formatProblem, formatSkipped, type InputProblem } from '../inputs/problems.js';
import { readSources, type LoadedInput } from '../inputs/readSources.js';
import type { Progress } from '../progress.js';

export interface LoadedRun extends LoadedInput {
  options: ClusterOptions;
}

/** A language code as given to `--lang`: two or three letters (`sv`, `fra`). */
const LANGUAGE_CODE = /^\p{L}{2,3}$/u;

/**
 * The common first half of `cluster` and `evaluate`: check the options (so a bad flag fails
 * before any file is read), expand and read the inputs, and report every skipped one.
 */
export async function loadDocuments(inputs: readonly string[], flags: ClusterFlags, context: CliContext, progress: Progress): Promise<LoadedRun> {
  if (flags.lang !== undefined && !LANGUAGE_CODE.test(flags.lang)) throw usageError(`--lang: expected a language code such as sv, fr or en, got ${JSON.stringify(flags.lang)}`);
  const options = toClusterOptions(flags);
  resolveOptions(options);
  const { sources, problems: folderProblems } = await collectSources(inputs, { recursive: flags.recursive === true });
  if (flags.strict === true && folderProblems[0] !== undefined) throw failure(`${formatProblem(folderProblems[0])} (--strict)`);
  progress.stage('reading', sources.length);
  const read = await readSources(sources, {
    strict: flags.strict === true,
    lang: flags.lang === undefined ? undefined : toIso6391(flags.lang),
    readStdin: context.readStdin,
    onSource: (done) => progress.update(done),
  });
  progress.stop();
  const problems: InputProblem[] = [...folderProblems, ...read.problems];
  for (const problem of problems) warn(context, formatSkipped(problem));
  if (read.documents.length === 0) throw failure(`no documents to cluster${problems.length > 0 ? ` (${problems.length} input${problems.length === 1 ? '' : 's'} skipped)` : ''}`);
  return { ...read, problems, options };
}
