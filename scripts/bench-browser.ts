// `npm run bench:browser`: what the content script costs the page's main thread, in headless
// Chromium with the built extension, on the largest fixture page and on a generated ~5 MB page.
// Per page: the content script's own `rl:` measures (wall time, yields included), the renderer
// main-thread tasks during its run (CDP trace: busy ms, longest task, tasks > 50 ms), long tasks
// seen by a PerformanceObserver, and a 10 ms heartbeat's longest gap (how long the page froze).
// Figures only; nothing here asserts a timing. Flags: --no-build.
import type { Page } from 'playwright-core';
import { assertChromium, launchWithExtension, waitFor, type LensBrowser } from './lib/browser';
import { assertExtensionBuilt, buildExtension } from './lib/build-extension';
import { startServer } from './lib/static-server';
import { tasksInWindow, type TraceEvent } from './lib/trace-tasks';
import { textTable } from './lib/text-table';
import { bigNoticeHtml, noticeHtml, siteUrl } from '../tests/pages/build-pages';
import { loadFixtures } from '../tests/pages/fixtures';
import { bigTablePage } from '../tests/pages/hostile-pages';

const PROBE = `(() => {
  const w = window;
  w.__rlLong = [];
  w.__rlBeats = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__rlLong.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = performance.now();
  setInterval(() => { const now = performance.now(); w.__rlBeats.push([now, now - last]); last = now; }, 10);
  w.__rlFrames = [];
  let lastFrame = performance.now();
  const frame = (now) => { w.__rlFrames.push([now, now - lastFrame]); lastFrame = now; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

interface PageRun {
  measures: Record<string, number>;
  start: number;
  end: number;
  long: [number, number][];
  beats: [number, number][];
  frames: [number, number][];
  anchor: number;
}

async function runPage(lens: LensBrowser, url: string): Promise<{ run: PageRun; events: TraceEvent[] }> {
  const page: Page = await lens.context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await lens.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (m) => {
    for (const e of m.value) events.push(e as unknown as TraceEvent);
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'] },
  });
  await page.goto(url, { timeout: 120_000 });
  // Done when the analysis measured its total and nothing new was measured for a second.
  let seen = -1;
  let stableSince = Date.now();
  await waitFor('the content script to finish', async () => {
    const n = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('rl:')).length);
    const total = await page.evaluate(() => performance.getEntriesByName('rl:total').length);
    if (n !== seen) [seen, stableSince] = [n, Date.now()];
    return total > 0 && Date.now() - stableSince > 1000;
  }, 120_000, 200);
  const run = await page.evaluate(() => {
    const w = window as unknown as { __rlLong: [number, number][]; __rlBeats: [number, number][]; __rlFrames: [number, number][] };
    const rl = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('rl:'));
    const marks = performance.getEntriesByName('rl:start', 'mark');
    const measures: Record<string, number> = {};
    for (const m of rl) measures[m.name] = (measures[m.name] ?? 0) + m.duration;
    const start = marks[0]?.startTime ?? Math.min(...rl.map((m) => m.startTime));
    const end = Math.max(...rl.map((m) => m.startTime + m.duration));
    return { measures, start, end, long: w.__rlLong, beats: w.__rlBeats, frames: w.__rlFrames, anchor: marks[0]?.startTime ?? start };
  });
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { run, events };
}

async function main(): Promise<void> {
  assertChromium();
  if (process.argv.includes('--no-build')) assertExtensionBuilt();
  else buildExtension({ quiet: true });
  const fixtures = loadFixtures();
  // --only=table: just the pages whose name contains it.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const largest = fixtures.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const pages = [
    { name: `fixture ${largest.id}`, path: '/bench/largest.html', html: noticeHtml(largest) },
    { name: '~5 MB page', path: '/bench/big.html', html: bigNoticeHtml(largest, 5 * 1024 * 1024) },
    // ~80,000 numbers to highlight in one table (four a row).
    { name: '20,000-row table', path: '/bench/table.html', html: bigTablePage(largest, 20_000) },
  ].filter((p) => !only || p.name.includes(only));
  const server = await startServer(new Map(pages.map((p) => [p.path, { body: p.html, type: 'text/html; charset=utf-8' }])));
  const lens = await launchWithExtension(server.port);
  const rows: (string | number)[][] = [];
  try {
    for (const p of pages) {
      const { run, events } = await runPage(lens, siteUrl(p.path));
      const inWindow = (t: number, d = 0) => t + d >= run.start && t <= run.end;
      const longs = run.long.filter(([t, d]) => inWindow(t, d));
      // A gap is the time between two heartbeats; only its part inside the run counts.
      const gapIn = (beats: [number, number][]) => Math.max(0, ...beats.map(([t, g]) => Math.min(t, run.end) - Math.max(t - g, run.start)));
      const maxGap = gapIn(run.beats);
      const maxFrameGap = gapIn(run.frames);
      // +500 ms: the frame that paints newly registered highlights comes after the last measure.
      const trace = tasksInWindow(events, 'rl:start', run.anchor, run.start, run.end + 500);
      const kb = Math.round(Buffer.byteLength(p.html) / 1024);
      rows.push([
        `${p.name} (${kb} KB)`,
        (run.measures['rl:total'] ?? 0).toFixed(0),
        (run.measures['rl:wait'] ?? 0).toFixed(0),
        trace ? trace.busyMs.toFixed(0) : '?',
        trace ? trace.longestMs.toFixed(0) : '?',
        trace ? trace.over50 : '?',
        trace ? trace.longestScriptCpuMs.toFixed(0) : '?',
        trace ? trace.scriptOver50 : '?',
        trace ? trace.longestRenderMs.toFixed(0) : '?',
        longs.length,
        maxGap.toFixed(0),
        maxFrameGap.toFixed(0),
      ]);
      console.log(`${p.name}: measures ${Object.entries(run.measures).map(([k, v]) => `${k}=${v.toFixed(1)}ms`).join(' ')}; trace tasks in window: ${trace?.tasks ?? '?'}`);
    }
  } finally {
    await lens.close();
    await server.close();
  }
  console.log();
  console.log(textTable(
    ['page', 'rl:total ms', 'rl:wait ms (idle)', 'main-thread busy ms', 'longest task ms', 'tasks >50ms', 'longest script CPU ms', 'script >50ms', 'longest render ms', 'longtask entries', 'timer gap ms', 'frame gap ms'],
    rows, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  ));
  console.log('\nrl:* = the content script\'s own performance.measure wall times (summed over runs, yields included);');
console.log('rl:wait = waiting for the background\'s analysis (idle time for the page: extraction runs in the service worker);');
  console.log('busy = renderer main-thread task time (CDP trace) between rl:start and the last rl: measure; longest task and');
  console.log('>50ms count whole tasks overlapping that window (the first one also compiles the content script and may');
  console.log('hold page work); script CPU = a task\'s thread time minus the browser\'s style/layout/paint steps inside it');
  console.log('(what a script can slice; the rest is the browser repainting the page); timer/frame gap = longest stretch inside the window without a 10 ms setInterval tick /');
  console.log('without an animation frame (scheduler.yield() continuations run ahead of timers, so the timer gap can');
  console.log('span the whole run while frames and input still get through).');
}

main().catch((error: unknown) => {
  console.error(`bench:browser failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
