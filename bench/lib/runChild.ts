/** Starts one measured run (`child.ts`) in its own Node process with a time limit. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClusterOptions } from '../../src/index.js';
import type { RunMetrics, RunMode } from './child.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILD = join(REPO_ROOT, 'bench', 'lib', 'child.ts');

export interface RunFailure {
  status: 'timeout' | 'failed';
  mode: RunMode;
  /** Seconds until the run was stopped or failed. */
  seconds: number;
  reason: string;
  /** Peak RSS sampled until then (twice a second), when known. */
  peakRssBytes: number | null;
}

export type RunOutcome = RunMetrics | RunFailure;

export interface ChildRequest {
  corpus: string;
  mode: RunMode;
  options: ClusterOptions;
  referenceDate: string;
  timeoutSeconds: number;
  /** V8 old-space limit of the child, MiB: above Node's default so that a run can show its real peak. */
  heapMb: number;
}

/** How a child process ended: exit code or signal, whether it hit its time limit, its stderr tail. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  seconds: number;
  stderr: string;
}

/**
 * Runs `node <args>` from the repository root, killed after `timeoutSeconds`; resolves when it
 * has ended, however it ended. stdout is dropped or passed through (progress lines).
 */
export function runTimedChild(args: readonly string[], timeoutSeconds: number, stdout: 'ignore' | 'inherit' = 'ignore'): Promise<ChildExit> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, seconds: (performance.now() - started) / 1000, stderr });
    });
  });
}

/** Why a child that ended badly failed, in one line: the out-of-memory line, else its last lines. */
export function failureReason(exit: ChildExit, timeoutSeconds: number): string {
  return exit.timedOut ? `not finished after ${timeoutSeconds} s (killed)` : `exit ${exit.code ?? exit.signal}: ${lastLines(exit.stderr)}`;
}

export async function runChild(request: ChildRequest): Promise<RunOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'event-clusters-run-'));
  const resultPath = join(dir, 'result.json');
  const rssPath = join(dir, 'rss');
  const args = [`--max-old-space-size=${request.heapMb}`, '--import', 'tsx', CHILD, '--corpus', request.corpus, '--mode', request.mode, '--result', resultPath, '--rss', rssPath, '--options', JSON.stringify(request.options), '--reference-date', request.referenceDate];
  const exit = await runTimedChild(args, request.timeoutSeconds);
  const failure = (status: RunFailure['status'], reason: string): RunFailure => ({ status, mode: request.mode, seconds: exit.seconds, reason, peakRssBytes: sampledRss(rssPath) });
  try {
    if (exit.timedOut) return failure('timeout', failureReason(exit, request.timeoutSeconds));
    if (exit.code !== 0) return failure('failed', failureReason(exit, request.timeoutSeconds));
    return JSON.parse(readFileSync(resultPath, 'utf8')) as RunMetrics;
  } catch (error) {
    return failure('failed', `no result: ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sampledRss(path: string): number | null {
  try {
    const value = Number(readFileSync(path, 'utf8'));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function lastLines(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.includes('npm warn'));
  const oom = lines.find((l) => /heap out of memory|Allocation failed/u.test(l));
  return oom ?? lines.slice(-3).join(' / ').slice(0, 400);
}
