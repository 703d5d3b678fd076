/**
 * The HTML report in a real browser: Debian's Chromium (installed by .ci/install-chromium),
 * driven by playwright-core, offline. Opens the report of the bundled corpus, checks that the four
 * clusters, the highlighted shared evidence and the pair evidence are visible in light mode, dark
 * mode and on a narrow screen, and saves a screenshot (docs/report-screenshot.png with UPDATE_SCREENSHOT=1).
 * In-page code is passed as strings: the project compiles without the DOM library.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderReport } from '../../src/report/renderReport.js';
import { clusterSeeds, seedDocuments } from './corpus.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The screenshot goes to the system temp folder, so a test run leaves the work tree clean;
 * `UPDATE_SCREENSHOT=1 npm test` refreshes the README's docs/report-screenshot.png instead.
 */
const SCREENSHOT = process.env.UPDATE_SCREENSHOT === '1' ? fileURLToPath(new URL('../../docs/report-screenshot.png', import.meta.url)) : join(tmpdir(), 'event-clusters-report-screenshot.png');
/** Flags that keep Chromium from reaching for a network this machine does not have. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const available = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!available && !inCi) {
  console.warn(`Skipping the browser test of the HTML report: ${CHROMIUM} not found. Install it with .ci/install-chromium (apt-get install chromium).`);
}

if (!available && inCi) {
  test('Chromium is installed in CI', () => {
    throw new Error(`${CHROMIUM} not found: .ci/run must call .ci/install-chromium before the tests`);
  });
}

(available ? describe : describe.skip)('the HTML report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const errors: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'event-clusters-browser-'));
    const documents = seedDocuments();
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(clusterSeeds(documents), documents, { generator: 'event-clusters' }));
    url = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested.startsWith('file:') || requested.startsWith('data:')) return route.continue();
      external.push(requested);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the four clusters, the timeline and the highlighted shared evidence; saves the screenshot', async () => {
    await expect(page.locator('article.cluster').count()).resolves.toBe(4);
    for (const id of ['c1', 'c2', 'c3', 'c4']) await expect(page.locator(`#cluster-${id}`).isVisible()).resolves.toBe(true);
    await expect(page.locator('.tl-item .tl-dot').count()).resolves.toBe(4);
    const c1 = page.locator('#cluster-c1');
    for (const [kind, text] of [['entity', 'Almaty'], ['entity', 'Amnesty International'], ['number', '70'], ['date', '2020-02-22']]) {
      await expect(c1.locator(`mark.hl-${kind}`, { hasText: text }).first().isVisible()).resolves.toBe(true);
    }
    for (const member of await c1.locator('li.member').all()) {
      await expect(member.locator('.snippet mark.hl').count()).resolves.toBeGreaterThanOrEqual(3);
    }
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test('hovering a heatmap cell shows the pair evidence; a click pins it, Escape closes it', async () => {
    const panel = page.locator('#evidence');
    const cell = page.locator('td[data-pair="0-1"]').first();
    await cell.hover();
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.textContent()).resolves.toMatch(/Evidence #1 ↔ #2: 0\.[0-9]{3}[^]*Same cluster[^]*Almaty/u);
    await cell.click();
    await page.mouse.move(5, 5);
    await expect(panel.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    await page.locator('#cluster-c1 button.pair').click();
    await expect(panel.textContent()).resolves.toContain('Amnesty International');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  test('is readable on a narrow screen: no sideways scrolling, vertical timeline', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(400);
    await expect(page.evaluate("getComputedStyle(document.querySelector('.tl-item')).position")).resolves.toBe('relative');
    await expect(page.locator('#cluster-c1 mark.hl-entity').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(dir, 'narrow.png') });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  test.each(['light', 'dark'] as const)('%s mode: the palette follows the system and highlights keep AA contrast', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    const background = (await page.evaluate('getComputedStyle(document.body).backgroundColor')) as string;
    expect(luminance(background) > 0.5).toBe(scheme === 'light');
    for (const kind of ['entity', 'date', 'number']) {
      const style = `getComputedStyle(document.querySelector('mark.hl-${kind}'))`;
      const [fg, bg] = (await page.evaluate(`[${style}.color, ${style}.backgroundColor]`)) as [string, string];
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    }
    await page.screenshot({ path: join(dir, `${scheme}.png`) });
  });
});

/** Relative luminance of a CSS `rgb(r, g, b)` colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[0-9.]+/gu) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
