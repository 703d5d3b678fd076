/**
 * `npm run bench`: the quick benchmark (about a minute on a 2-core machine): quality on the
 * bundled corpora with the ablation table, then the 1k-document scale run with its baseline.
 * Writes bench/results/quality.{md,json} and bench/results/scale.{md,json} (the 1k entry; the
 * 10k and 100k entries come from `npm run bench:scale` and are kept).
 *
 *   tsx bench/run.ts [--generated 200] [--options '{…}'] [--timeout-seconds 300]
 */
import { extraOptions, numberFlag } from './lib/args.js';
import { qualityMarkdown } from './lib/qualityMarkdown.js';
import { scaleMarkdown } from './lib/scaleMarkdown.js';
import { DEFAULT_GENERATED, runQuality } from './quality.js';
import { runScale, scaleConfig } from './scale.js';

async function main(args: readonly string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const start = performance.now();
  const quality = await runQuality({ generatedDocuments: numberFlag(args, 'generated', DEFAULT_GENERATED), extra: extraOptions(args), log });
  const afterQuality = performance.now();
  const scale = await runScale(scaleConfig(args, { sizes: [1000], timeoutSeconds: 300, command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}` }));
  const end = performance.now();
  log(`\n${qualityMarkdown(quality)}\n${scaleMarkdown(scale)}`);
  log(`bench: quality ${((afterQuality - start) / 1000).toFixed(1)} s, scale ${((end - afterQuality) / 1000).toFixed(1)} s, total ${((end - start) / 1000).toFixed(1)} s`);
  log('wrote bench/results/quality.md, quality.json, scale.md, scale.json');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
