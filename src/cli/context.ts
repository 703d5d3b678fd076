/** What a command reads and writes, injectable so the commands can be tested in-process. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  /** Standard error; the progress bar is drawn only when `isTTY` is true. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Reads all of standard input. */
  readStdin?: () => Promise<Uint8Array>;
  /** `event-clusters 0.1.0`, for `--version` and the report footer. */
  version: string;
}

/** Prints a warning line on standard error (`event-clusters: warning: …`). */
export function warn(context: CliContext, message: string): void {
  context.stderr.write(`event-clusters: warning: ${message}\n`);
}
