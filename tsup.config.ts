import { defineConfig } from 'tsup';

// ESM and CommonJS builds with declarations. `eld` ships ESM only, so it is bundled into
// both builds (a CommonJS `require` of it would fail); everything else stays a dependency.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  noExternal: ['eld', /^ml-/, 'is-any-array'],
  splitting: false,
});
