/** Runs the built `dist/cli.js` as a user would, (re)building it first when missing or stale. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'dist', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds with tsup (as `npm install` does through `prepare`) unless dist/cli.js is newer than src/. */
export function ensureBuilt(): void {
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } });
  if (!existsSync(BIN)) throw new Error('tsup did not produce dist/cli.js');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js …args` in `cwd` (default: the repository), with optional standard input. */
export function runBin(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', EVENT_CLUSTERS_DEBUG: '' };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
