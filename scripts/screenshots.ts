// `npm run screenshots`: the README's pictures of the workspace, in English and in Chinese. Saves
// the real notices of ../shared/fixtures/real (inside a typical government page, on loopback) and
// the bundled sample through the extension, then photographs at 1280 px: the dashboard's grid, a
// notice's page, the charts, and the popup on the sample's tab. Flags: --no-build.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { assertChromium, launchWithExtension, tabIdOf, waitFor } from './lib/browser';
import { assertExtensionBuilt, buildExtension } from './lib/build-extension';
import { openDashboard, readNotices } from './lib/lens-db';
import { repoRoot } from './lib/paths';
import { startServer } from './lib/static-server';
import { govPage, escapeHtml } from '../tests/pages/gov-page';
import { SAMPLE_PATH, siteUrl } from '../tests/pages/build-pages';
import { sampleNoticeHtml } from '../tests/pages/fixtures';

const REAL = path.resolve(repoRoot, '../shared/fixtures/real');
const shots = path.join(repoRoot, 'docs/screenshots');
const LANGUAGES = ['en', 'zh_CN'] as const;
type StorageWindow = { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } };

function realPages(): Map<string, { body: string; type: string }> {
  const routes = new Map<string, { body: string; type: string }>();
  for (const f of fs.readdirSync(REAL).filter((n) => /_pos_\d+\.txt$/.test(n)).sort()) {
    const [title, ...body] = fs.readFileSync(path.join(REAL, f), 'utf8').split('\n');
    const html = govPage({
      siteName: '政府网站',
      title,
      source: '',
      published: '',
      articleHtml: body.filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
    });
    routes.set(`/real/${f.replace('.txt', '.html')}`, { body: html, type: 'text/html; charset=utf-8' });
  }
  return routes;
}

async function shoot(page: Page, name: string): Promise<string> {
  await page.waitForTimeout(500);
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function main(): Promise<void> {
  assertChromium();
  if (process.argv.includes('--no-build')) assertExtensionBuilt();
  else buildExtension({ quiet: true });
  fs.mkdirSync(shots, { recursive: true });
  const routes = realPages();
  routes.set(SAMPLE_PATH, { body: sampleNoticeHtml(), type: 'text/html; charset=utf-8' });
  const server = await startServer(routes);
  const lens = await launchWithExtension(server.port);
  const written: string[] = [];
  try {
    const dashboard = await openDashboard(lens);
    const page = await lens.context.newPage();
    for (const p of routes.keys()) {
      await page.goto(siteUrl(p));
      await page.waitForTimeout(1500);
    }
    const notices = await waitFor('the notices to be saved', async () => {
      const n = await readNotices(dashboard);
      return n.length >= routes.size / 2 ? n : null;
    }, 60_000);
    await page.goto(siteUrl(SAMPLE_PATH));
    const sample = notices.find((n) => n.url === siteUrl(SAMPLE_PATH)) ?? notices[0];
    const tabId = await tabIdOf(dashboard, siteUrl(SAMPLE_PATH));
    await dashboard.setViewportSize({ width: 1280, height: 800 });
    for (const lang of LANGUAGES) {
      await dashboard.evaluate((l) => (globalThis as unknown as StorageWindow).chrome.storage.local.set({ uiLanguage: l }), lang);
      await dashboard.goto(lens.extensionUrl('dashboard.html'));
      await dashboard.locator('[data-testid="notice-row"]').first().waitFor({ timeout: 20_000 });
      written.push(await shoot(dashboard, `dashboard-${lang}`));
      await dashboard.goto(lens.extensionUrl(`dashboard.html?view=notice&id=${sample.id}`));
      await dashboard.locator('[data-testid="notice-page"]').waitFor({ timeout: 20_000 });
      written.push(await shoot(dashboard, `notice-page-${lang}`));
      await dashboard.goto(lens.extensionUrl('dashboard.html?view=charts'));
      await dashboard.locator('[data-testid="charts-view"] svg').first().waitFor({ timeout: 20_000 });
      written.push(await shoot(dashboard, `charts-${lang}`));
      const popup = await lens.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(lens.extensionUrl(`popup.html?tabId=${tabId}`));
      await popup.locator('[data-testid="headline-figures"]').waitFor({ timeout: 20_000 }).catch(() => undefined);
      written.push(await shoot(popup, `popup-${lang}`));
      await popup.close();
    }
    await dashboard.evaluate(() => (globalThis as unknown as StorageWindow).chrome.storage.local.remove('uiLanguage'));
    console.log(`${notices.length} notices saved; screenshots:\n${written.map((f) => `  ${path.relative(repoRoot, f)}`).join('\n')}`);
  } finally {
    await lens.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
