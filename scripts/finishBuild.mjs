/**
 * The last step of `npm run build`, after tsup: the CommonJS entry, one line requiring the ESM
 * build (Node >= 20.19 loads ES modules with `require`, silently), and its declarations, the ESM
 * ones (the same named exports).
 */
import { copyFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL('index.cjs', dist), `'use strict';\n// CommonJS entry: the library is the ES module next to this file (Node >= 20.19 requires it).\nmodule.exports = require('./index.js');\n`);
copyFileSync(new URL('index.d.ts', dist), new URL('index.d.cts', dist));
