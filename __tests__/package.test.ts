/** What `npm pack` ships: each piece of code once, no source maps, well under the 2 MB target. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';

interface Packed {
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })) as [Packed];
const paths = packed.files.map((f) => f.path);

describe('the published package', () => {
  test('holds no source maps and nothing but the build and the README', () => {
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths.every((p) => p === 'README.md' || p === 'package.json' || p.startsWith('dist/'))).toBe(true);
  });

  test('ships each piece of code once: the entries share chunks, and no dependency is bundled', () => {
    const size = (path: string) => packed.files.find((f) => f.path === path)?.size ?? Number.NaN;
    // The entries are small: what they share lives in chunks (before, each bundled 2.2–2.7 MB of the same code).
    for (const entry of ['dist/index.js', 'dist/cli.js', 'dist/worker.js', 'dist/pairsWorker.js']) expect(size(entry)).toBeLessThan(40_000);
    expect(paths.some((p) => /^dist\/chunk-[\w-]+\.js$/u.test(p))).toBe(true);
    // No file is big enough to hold a bundled dependency (eld's n-gram tables alone are megabytes).
    expect(Math.max(...packed.files.map((f) => f.size))).toBeLessThan(200_000);
    const code = packed.files.filter((f) => f.path.endsWith('.js')).map((f) => readFileSync(join(ROOT, f.path), 'utf8')).join('\n');
    expect(code).toMatch(/from "eld\/small"/u);
  });

  test('the CommonJS entry is the ES module, required, with the same declarations', () => {
    expect(readFileSync(join(ROOT, 'dist', 'index.cjs'), 'utf8')).toContain("module.exports = require('./index.js');");
    expect(readFileSync(join(ROOT, 'dist', 'index.d.cts'), 'utf8')).toBe(readFileSync(join(ROOT, 'dist', 'index.d.ts'), 'utf8'));
  });

  test('the tarball is at most 2 MB', () => {
    expect(packed.size).toBeLessThanOrEqual(2_000_000);
  });
});
