/**
 * Jest global setup: builds dist/ once (tsup, as `npm install` does through `prepare`) when it
 * is missing or older than src/, before any test file runs. The CLI tests run dist/cli.js and
 * the worker-thread tests load dist/worker.js; building here, once, keeps parallel test files
 * from running tsup at the same time and keeps them from testing a stale build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUTS = ['index.js', 'index.cjs', 'cli.js', 'worker.js'].map((f) => join(ROOT, 'dist', f));

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

export default function buildOnce() {
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'tsup.config.ts')).mtimeMs, statSync(join(ROOT, 'scripts', 'finishBuild.mjs')).mtimeMs);
  if (OUTPUTS.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources)) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } });
}
