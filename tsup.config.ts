import { defineConfig } from 'tsup';

// ESM and CommonJS builds with declarations. `eld` ships ESM only, so it is bundled into
// both builds (a CommonJS `require` of it would fail); everything else stays a dependency.
// The three configurations build in parallel: the library's clean step spares the others' files.
const common = { sourcemap: true, target: 'node20', noExternal: ['eld', /^ml-/, 'is-any-array'], splitting: false } as const;

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli.js', '!cli.js.map', '!worker.js', '!worker.js.map', '!pairsWorker.js', '!pairsWorker.js.map'],
    ...common,
    // `import.meta.url` locates dist/worker.js; the shim provides it in the CommonJS build.
    shims: true,
  },
  // The worker threads, loaded from dist/ by URL: feature extraction (src/parallel/worker.ts)
  // and candidate pairs and pair scoring (src/parallel/pairsWorker.ts).
  {
    entry: { worker: 'src/parallel/worker.ts', pairsWorker: 'src/parallel/pairsWorker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    ...common,
  },
  // The `event-clusters` command line (package.json `bin`): ESM only, no declarations; the
  // `#!/usr/bin/env node` line of src/cli/main.ts is kept and the file made executable.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    ...common,
  },
]);
