import { defineConfig } from 'tsup';

// One ESM build of every entry — the library, its two worker threads (loaded from dist/ by URL:
// src/parallel/worker.ts and pairsWorker.ts) and the command line — with the code they share in
// chunks, so that each piece ships once. Dependencies stay dependencies (eld and ml-kmeans are
// ESM-only, which an ESM build imports as they are). The CommonJS entry, one line requiring the
// ESM build, is written after this by scripts/finishBuild.mjs.
// No source maps in the package: they were two thirds of its size.
export default defineConfig({
  entry: { index: 'src/index.ts', worker: 'src/parallel/worker.ts', pairsWorker: 'src/parallel/pairsWorker.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  splitting: true,
  sourcemap: false,
  clean: true,
  dts: { entry: { index: 'src/index.ts' } },
});
