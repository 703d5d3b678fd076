import { CommanderError } from 'commander';
import type { CliContext } from './context.js';
import { describeFailure, EXIT, type ExitCode } from './errors.js';
import { buildProgram } from './program.js';

/** Commander's own exits that are not errors. */
const CLEAN_EXITS = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * Runs the command line on `args` (without `node` and the script) and returns the exit code:
 * 0 success, 1 runtime failure, 2 bad usage. Every error is one line on standard error, naming
 * the file or option at fault; a stack trace only with EVENT_CLUSTERS_DEBUG=1.
 */
export async function runCli(args: readonly string[], context: CliContext): Promise<ExitCode> {
  const program = buildProgram(context);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return CLEAN_EXITS.has(error.code) ? EXIT.ok : EXIT.usage;
    }
    const { message, exitCode } = describeFailure(error);
    context.stderr.write(`event-clusters: ${message}\n`);
    if (process.env.EVENT_CLUSTERS_DEBUG === '1' && error instanceof Error && error.stack !== undefined) context.stderr.write(`${error.stack}\n`);
    return exitCode;
  }
}
