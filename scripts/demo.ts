// `npm run demo`: builds the extension, opens the bundled sample notice as if it were on a
// government site (http://www.example.gov.cn/…, served on loopback) in headless Chromium with
// the extension, waits for it to be saved, prints what the extension stored and writes
// screenshots to docs/screenshots/. Flags: --no-build (reuse .output/chrome-mv3).
import fs from 'node:fs';
import path from 'node:path';
import { assertChromium, launchWithExtension, tabIdOf, waitFor, type LensBrowser } from './lib/browser';
import { buildExtension, assertExtensionBuilt } from './lib/build-extension';
import { openDashboard, readFacts, waitForNotice } from './lib/lens-db';
import { firstSanctionPoint, scrollToFirstSanction } from './lib/page-views';
import { repoRoot } from './lib/paths';
import { startServer, type StaticServer } from './lib/static-server';
import { textTable } from './lib/text-table';
import { SAMPLE_PATH, siteUrl } from '../tests/pages/build-pages';
import { sampleNoticeHtml } from '../tests/pages/fixtures';

const shots = path.join(repoRoot, 'docs/screenshots');
const say = (s = '') => console.log(s);

async function main(): Promise<void> {
  assertChromium();
  if (process.argv.includes('--no-build')) assertExtensionBuilt();
  else {
    say('Building the extension (wxt build)…');
    buildExtension({ quiet: true });
  }
  fs.mkdirSync(shots, { recursive: true });

  let server: StaticServer | undefined;
  let lens: LensBrowser | undefined;
  try {
    server = await startServer(new Map([[SAMPLE_PATH, { body: sampleNoticeHtml(), type: 'text/html; charset=utf-8' }]]));
    lens = await launchWithExtension(server.port);
    const url = siteUrl(SAMPLE_PATH);
    say(`Opening ${url} (served on 127.0.0.1:${server.port}) in headless Chromium with the extension ${lens.extensionId}…`);
    const dashboard = await openDashboard(lens);
    const page = await lens.context.newPage();
    await page.goto(url);

    const sizes = await waitFor('highlights on the sample page (is the content script matching *.gov.cn and recognising the notice?)', () =>
      page.evaluate(() => {
        const n = CSS.highlights.get('rl-number')?.size ?? 0;
        return n ? { numbers: n, sanctions: CSS.highlights.get('rl-sanction')?.size ?? 0 } : null;
      }), 30_000);
    const notice = await waitForNotice(dashboard, [url]);
    const facts = await readFacts(dashboard, notice.id);

    say();
    say(`Saved notice #${notice.id} (saved ${notice.savedAt}); detection score ${notice.detection.score.toFixed(2)}`);
    say(textTable(['field', 'value'], Object.entries(notice.notice).map(([k, v]) => [k, v ?? '—'])));
    say();
    const headline = facts.filter((f) => f.headline);
    say(`Headline figures (${headline.length}):`);
    say(textTable(['code', 'label', 'value', 'unit', 'quote'], headline.map((f) => [f.code, f.label, f.value ?? '—', f.unit ?? '', f.quote]), [2]));
    say();
    const byKind = facts.reduce<Record<string, number>>((m, f) => ({ ...m, [f.kind]: (m[f.kind] ?? 0) + 1 }), {});
    say(`Facts: ${facts.length} (${Object.entries(byKind).map(([k, n]) => `${n} ${k}`).join(', ')}); numbers: ${notice.numbers.length}`);
    say(`Highlighted on the page: ${sizes.numbers} numbers, ${sizes.sanctions} facts; badge: ${(await page.locator('[data-rectify-lens]').count()) ? 'shown' : 'missing'}`);
    const failed = notice.checks.filter((c) => !c.ok);
    say(`Checks: ${notice.checks.length} totals compared with their parts, ${failed.length} mismatched${failed.length ? ':' : '.'}`);
    if (failed.length) say(textTable(['code', 'stated', 'sum of parts'], failed.map((c) => [c.code, c.stated, c.sumOfParts]), [1, 2]));

    await scrollToFirstSanction(page);
    await page.waitForTimeout(300);
    const pageShot = path.join(shots, 'highlighted-page.png');
    await page.screenshot({ path: pageShot });
    const point = await firstSanctionPoint(page);
    let hoverShot: string | null = null;
    if (point) {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(600);
      hoverShot = path.join(shots, 'hover-card.png');
      await page.screenshot({ path: hoverShot });
    }

    const tabId = await tabIdOf(dashboard, url);
    const popup = await lens.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(lens.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('[data-testid="headline-figures"]').waitFor({ timeout: 20_000 }).catch(() => undefined);
    await popup.waitForTimeout(300);
    const popupShot = path.join(shots, 'popup-en.png');
    await popup.screenshot({ path: popupShot });

    say();
    say('Screenshots:');
    for (const s of [pageShot, popupShot, hoverShot]) if (s) say(`  ${path.relative(repoRoot, s)}`);
    if (!facts.length) throw new Error('the notice was saved without any facts');
  } finally {
    await lens?.close();
    await server?.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
