import cliProgress from 'cli-progress';

/** Progress of a run, stage by stage, on standard error. */
export interface Progress {
  /** Starts a stage of `total` steps (replacing the previous one). */
  stage(name: string, total: number): void;
  /** Sets the number of finished steps of the current stage. */
  update(done: number): void;
  /** Clears the bar (before printing warnings, and at the end); the next `stage` draws it again. */
  stop(): void;
}

const SILENT: Progress = Object.freeze({ stage() {}, update() {}, stop() {} });

export interface ProgressOptions {
  quiet?: boolean;
  /** Defaults to standard error. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * A bar on standard error when it is a terminal and `--quiet` was not given; otherwise nothing
 * (no control characters in logs and pipes). Stages that run synchronously (clustering) are drawn
 * before they start, so the user sees what the program is busy with.
 */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet === true || stream.isTTY !== true) return SILENT;
  const bar = new cliProgress.SingleBar(
    { stream, format: '{stage} [{bar}] {value}/{total}', clearOnComplete: true, hideCursor: true, barsize: 30 },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    stage(name, total) {
      if (running) bar.stop();
      bar.start(total, 0, { stage: name.padEnd(12) });
      running = true;
      bar.render();
    },
    update(done) {
      if (running) bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
