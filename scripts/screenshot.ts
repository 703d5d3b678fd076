/**
 * `npm run docs:screenshot`: re-makes docs/report-screenshot.png, the README's picture of the HTML
 * report, from the bundled corpus as the code clusters it now (so the picture shows what the code
 * gives, not what it gave once). Debian's Chromium (.ci/install-chromium), driven by
 * playwright-core, offline: every request but the report's own file is refused.
 *
 *   tsx scripts/screenshot.ts [--out docs/report-screenshot.png]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { clusterDocuments, type NewsDocumentInput } from '../src/index.js';
import { renderReport } from '../src/report/renderReport.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function main(args: readonly string[]): Promise<void> {
  const at = args.indexOf('--out');
  const out = at === -1 ? join(ROOT, 'docs', 'report-screenshot.png') : (args[at + 1] as string);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Chromium with .ci/install-chromium (or set CHROMIUM_PATH)`);
  const documents = readFileSync(join(ROOT, 'corpus', 'documents.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const { id, text, lang, publishedAt } = JSON.parse(l) as NewsDocumentInput;
    return publishedAt === undefined ? { id, text, lang } : { id, text, lang, publishedAt };
  });
  const dir = mkdtempSync(join(tmpdir(), 'event-clusters-screenshot-'));
  try {
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(clusterDocuments(documents, { referenceDate: '2021-06-01' }), documents, { generator: 'event-clusters' }));
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: out });
    await context.close();
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
