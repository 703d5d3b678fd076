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

export function runChild(request: ChildRequest): Promise<RunOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'event-clusters-run-'));
  const resultPath = join(dir, 'result.json');
  const rssPath = join(dir, 'rss');
  const args = [`--max-old-space-size=${request.heapMb}`, '--import', 'tsx', CHILD, '--corpus', request.corpus, '--mode', request.mode, '--result', resultPath, '--rss', rssPath, '--options', JSON.stringify(request.options), '--reference-date', request.referenceDate];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, request.timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const failure = (status: RunFailure['status'], reason: string): RunFailure => ({ status, mode: request.mode, seconds, reason, peakRssBytes: sampledRss(rssPath) });
      try {
        if (timedOut) resolve(failure('timeout', `not finished after ${request.timeoutSeconds} s (killed)`));
        else if (code !== 0) resolve(failure('failed', `exit ${code ?? signal}: ${lastLines(stderr)}`));
        else resolve(JSON.parse(readFileSync(resultPath, 'utf8')) as RunMetrics);
      } catch (error) {
        resolve(failure('failed', `no result: ${String(error)}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
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
