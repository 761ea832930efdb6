// `npm run bench:scale`: every view and transfer at 1,000 and 10,000 notices (~50 facts each),
// in headless Chromium with the built extension. The collection is made by the app's own code
// (scripts/lib/scale-seed.ts); then: popup open -> totals shown, dashboard first render, a filter
// keystroke -> table updated, opening a notice, long tasks while scrolling, CSV export (whole),
// backup export, delete one notice, and in a fresh profile the backup's import and re-import
// (IndexedDB writes counted under Dexie). Peaks: the page's JS heap (CDP) and the extension
// renderer's RSS (/proc). Figures only, never asserted. Flags: --no-build, --sizes=1000,10000,
// --pool=60. The dashboard's table may be a grid or a table: selectors fall back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page, Worker } from 'playwright-core';
import { assertChromium, launchWithExtension, waitFor, type LensBrowser } from './lib/browser';
import { assertExtensionBuilt, buildExtension } from './lib/build-extension';
import { longTasksSince, PROBE, probeState, sampleMemory, untilQuiet } from './lib/scale-probe';
import { makePool, seed } from './lib/scale-seed';
import { textTable } from './lib/text-table';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROW = '[data-testid=notice-row]';
const mem = (p: { heapMb: number; rssMb: number; startHeapMb: number; startRssMb: number }) =>
  `${p.startHeapMb.toFixed(0)}→${p.heapMb.toFixed(0)} / ${p.startRssMb.toFixed(0)}→${p.rssMb.toFixed(0)}`;
const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '?' : x.toFixed(0));

type Figures = Record<string, string>;

async function worker(lens: LensBrowser): Promise<Worker> {
  return lens.context.serviceWorkers()[0] ?? lens.context.waitForEvent('serviceworker');
}

async function newPage(lens: LensBrowser, file: string): Promise<Page> {
  const page = await lens.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(lens.extensionUrl(file));
  return page;
}

async function popupTotals(lens: LensBrowser, out: Figures): Promise<void> {
  const page = await newPage(lens, 'popup.html');
  // Attached, not visible: the totals sit in the popup's collection fold, closed by default.
  await page.waitForSelector('[data-testid=collection-totals]', { state: 'attached', timeout: 60_000 });
  const s = await probeState(page);
  out['popup totals ms'] = ms(s.seen['[data-testid=collection-totals]']);
  await page.close();
}

async function dashboardViews(lens: LensBrowser, out: Figures): Promise<Page> {
  const page = await newPage(lens, 'dashboard.html');
  await page.waitForSelector(ROW, { timeout: 120_000 });
  let s = await untilQuiet(page);
  out['dashboard first row ms'] = ms(s.seen[ROW]);
  out['dashboard settled ms'] = ms(s.lastMutation);
  // A filter keystroke: from the key to the table's last change.
  const filter = page.locator('[data-testid=filter-input]').first();
  await filter.click();
  const before = s.now;
  await page.keyboard.type('7');
  s = await untilQuiet(page);
  out['filter key ms'] = ms(s.lastMutation - s.lastInput);
  out['filter longest task ms'] = ms(longTasksSince(s, before).longest);
  await page.keyboard.press('Backspace');
  await untilQuiet(page);
  // Open a notice: a click on the first row to its facts shown.
  const t0 = (await probeState(page)).now;
  await page.locator(ROW).first().click();
  s = await untilQuiet(page);
  out['open notice ms'] = ms(s.lastMutation - s.lastInput);
  out['open longest task ms'] = ms(longTasksSince(s, t0).longest);
  // Scroll: 30 wheel turns over the table.
  const grid = page.locator('[data-testid=notices-grid], [data-testid=notices-table]').first();
  const box = await grid.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 800) / 2);
  const t1 = (await probeState(page)).now;
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(60);
  }
  s = await untilQuiet(page, 500);
  const scroll = longTasksSince(s, t1);
  out['scroll tasks >50ms'] = String(scroll.over50);
  out['scroll longest task ms'] = ms(scroll.longest);
  return page;
}

async function downloadsOf(page: Page, count: number, start: () => Promise<void>): Promise<{ files: Download[]; ms: number }> {
  const files: Download[] = [];
  const on = (d: Download) => files.push(d);
  page.on('download', on);
  const t0 = Date.now();
  await start();
  await waitFor(`${count} download(s)`, async () => files.length >= count, 600_000, 50);
  const took = Date.now() - t0;
  page.off('download', on);
  return { files, ms: took };
}

async function transfers(lens: LensBrowser, page: Page, out: Figures, dir: string): Promise<string> {
  const cdp = await lens.context.newCDPSession(page);
  let stop = await sampleMemory(cdp);
  const csv = await downloadsOf(page, 2, () => page.locator('[data-testid=export-csv]').first().click());
  let peak = await stop();
  out['CSV export ms'] = ms(csv.ms - 300); // the button waits 300 ms between its two downloads
  out['CSV heap/RSS before→peak MB'] = mem(peak);
  let bytes = 0;
  for (const f of csv.files) bytes += fs.statSync((await f.path())!).size;
  out['CSV MB'] = (bytes / 1048576).toFixed(1);
  stop = await sampleMemory(cdp);
  const backup = await downloadsOf(page, 1, () => page.locator('[data-testid=export-backup]').first().click());
  peak = await stop();
  const file = path.join(dir, backup.files[0].suggestedFilename());
  await backup.files[0].saveAs(file);
  out['backup export ms'] = ms(backup.ms);
  out['backup heap/RSS before→peak MB'] = mem(peak);
  out['backup MB'] = (fs.statSync(file).size / 1048576).toFixed(1);
  await cdp.detach();
  return file;
}

async function deleteOne(lens: LensBrowser, out: Figures): Promise<void> {
  const w = await worker(lens);
  const took = await w.evaluate(async () => {
    const g = globalThis as unknown as { rectifyLens: { db: { notices: { orderBy(k: string): { first(): Promise<{ id: number }> } } }; removeNotice(id: number): Promise<unknown> } };
    const { id } = await g.rectifyLens.db.notices.orderBy('id').first();
    const t0 = performance.now();
    await g.rectifyLens.removeNotice(id);
    return performance.now() - t0;
  });
  out['delete one ms'] = ms(took);
}

async function importInto(page: Page, file: string, previous: string | null): Promise<{ ms: number; text: string }> {
  const t0 = Date.now();
  await page.locator('[data-testid=import-backup]').setInputFiles(file);
  const text = await waitFor('the import message', async () => {
    const el = page.locator('[data-testid=import-message]');
    if (!(await el.count())) return null;
    const t = await el.innerText();
    return t && t !== previous ? t : null;
  }, 900_000, 50);
  return { ms: Date.now() - t0, text };
}

async function importFresh(port: number, file: string, out: Figures): Promise<void> {
  const lens = await launchWithExtension(port);
  try {
    const page = await newPage(lens, 'dashboard.html');
    await page.waitForFunction(() => !!(globalThis as { rectifyLens?: unknown }).rectifyLens, undefined, { timeout: 30_000 });
    const cdp = await lens.context.newCDPSession(page);
    const stop = await sampleMemory(cdp);
    const first = await importInto(page, file, null);
    const peak = await stop();
    out['import ms'] = ms(first.ms);
    out['import heap/RSS before→peak MB'] = mem(peak);
    const before = (await probeState(page)).writes;
    const again = await importInto(page, file, first.text);
    out['re-import ms'] = ms(again.ms);
    out['re-import IDB writes'] = String((await probeState(page)).writes - before);
    console.log(`  import: ${first.text}\n  re-import: ${again.text}`);
  } finally {
    await lens.close();
  }
}

async function runSize(n: number, pool: ReturnType<typeof makePool>, dir: string): Promise<Figures> {
  const out: Figures = { notices: String(n) };
  const port = 9; // nothing is served: the pages are the extension's own
  const lens = await launchWithExtension(port);
  try {
    const t0 = Date.now();
    await seed(await worker(lens), pool, 0, n, (done) => process.stdout.write(`\r  seeding ${done}/${n}`));
    process.stdout.write('\n');
    out['seed s'] = ((Date.now() - t0) / 1000).toFixed(0);
    const dash0 = await newPage(lens, 'dashboard.html');
    out.facts = String(await dash0.evaluate(() => (globalThis as unknown as { rectifyLens: { db: { facts: { count(): Promise<number> } } } }).rectifyLens.db.facts.count()));
    await dash0.close();
    // A step that fails (a view that is not there, a timeout) is reported and the rest still run.
    const step = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
      const at = Date.now();
      try {
        const known = new Set(Object.keys(out));
        const result = await run();
        const figures = Object.entries(out).filter(([k]) => !known.has(k)).map(([k, v]) => `${k}=${v}`).join(', ');
        console.log(`  ${name} (${((Date.now() - at) / 1000).toFixed(0)} s): ${figures}`);
        return result;
      } catch (error) {
        console.log(`  ${name} FAILED after ${((Date.now() - at) / 1000).toFixed(0)} s: ${String(error).split('\n')[0]}`);
        out[`${name} failed`] = 'yes';
        return undefined;
      }
    };
    await step('delete one', () => deleteOne(lens, out));
    await step('popup', () => popupTotals(lens, out));
    const page = await step('dashboard views', () => dashboardViews(lens, out));
    const file = await step('exports', async () => {
      const p = page ?? (await newPage(lens, 'dashboard.html'));
      await p.reload();
      await p.waitForSelector('[data-testid=export-backup]', { timeout: 300_000 });
      return transfers(lens, p, out, dir);
    });
    await lens.close();
    if (file) await step('import, re-import', () => importFresh(port, file, out));
  } finally {
    await lens.close();
  }
  return out;
}

async function main(): Promise<void> {
  assertChromium();
  if (process.argv.includes('--no-build')) assertExtensionBuilt();
  else buildExtension({ quiet: true });
  const sizes = (arg('sizes') ?? '1000,10000').split(',').map(Number);
  const pool = makePool(Number(arg('pool') ?? 60));
  const facts = pool.reduce((a, p) => a + p.request.extraction.facts.length, 0) / pool.length;
  console.log(`pool: ${pool.length} extracted variants, ${facts.toFixed(1)} facts each on average`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-bench-scale-'));
  const results: Figures[] = [];
  try {
    for (const n of sizes) {
      console.log(`${n} notices:`);
      const r = await runSize(n, pool, dir);
      console.log(Object.entries(r).map(([k, v]) => `  ${k}: ${v}`).join('\n'));
      results.push(r);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const keys = [...new Set(results.flatMap((r) => Object.keys(r)))];
  console.log();
  console.log(textTable(['measure', ...results.map((r) => `${r.notices} notices`)], keys.map((k) => [k, ...results.map((r) => r[k] ?? '?')]), results.map((_, i) => i + 1)));
  console.log('\nTimes from navigation start (popup, dashboard) or from the input event to the last DOM change');
  console.log('(filter, open). Peaks: JS heap of the page (CDP) / RSS of the extension renderer (/proc).');
}

main().catch((error: unknown) => {
  console.error(`bench:scale failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
