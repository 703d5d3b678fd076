#!/usr/bin/env node
/** Entry point of the `event-clusters` binary (built to dist/cli.js). */
import { runCli } from './run.js';
import { packageVersion } from './version.js';

const exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  version: packageVersion(),
});
process.exitCode = exitCode;
