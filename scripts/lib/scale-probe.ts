// Page-side instruments for scripts/bench-scale.ts, installed before the page's own scripts:
// when each watched selector first appeared, long tasks, the last DOM change, the last input
// event, and every IndexedDB write request (put/add/delete/clear), counted below Dexie.
import fs from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

export const WATCHED = [
  '[data-testid=collection-totals]', '[data-testid=notice-row]', '[data-testid=notices-grid]', '[data-testid=notices-table]',
  '[data-testid=facts-table]', '[data-testid=fact-row]',
];

export const PROBE = `(() => {
  const w = window;
  w.__seen = {}; w.__long = []; w.__lastMutation = 0; w.__lastInput = 0; w.__writes = 0;
  const watched = ${JSON.stringify(WATCHED)};
  const check = () => { for (const s of watched) if (!(s in w.__seen) && document.querySelector(s)) w.__seen[s] = performance.now(); };
  new MutationObserver(() => { w.__lastMutation = performance.now(); check(); })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  for (const type of ['keydown', 'pointerdown', 'click']) addEventListener(type, () => { w.__lastInput = performance.now(); }, true);
  for (const m of ['put', 'add', 'delete', 'clear']) {
    const original = IDBObjectStore.prototype[m];
    IDBObjectStore.prototype[m] = function (...args) { w.__writes++; return original.apply(this, args); };
  }
})();`;

export interface ProbeState {
  seen: Record<string, number>;
  long: [number, number][];
  lastMutation: number;
  lastInput: number;
  writes: number;
  now: number;
}

export function probeState(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, number>; __long: [number, number][]; __lastMutation: number; __lastInput: number; __writes: number };
    return { seen: w.__seen, long: w.__long, lastMutation: w.__lastMutation, lastInput: w.__lastInput, writes: w.__writes, now: performance.now() };
  });
}

/** Waits until the page's DOM has not changed for quietMs; returns the state then. */
export async function untilQuiet(page: Page, quietMs = 700, timeoutMs = 120_000): Promise<ProbeState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await probeState(page);
    if (s.now - s.lastMutation > quietMs || Date.now() > until) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Long tasks that started at or after `from` (page time): count over 50 ms and the longest. */
export function longTasksSince(s: ProbeState, from: number): { over50: number; longest: number } {
  const tasks = s.long.filter(([t]) => t >= from);
  return { over50: tasks.filter(([, d]) => d > 50).length, longest: Math.max(0, ...tasks.map(([, d]) => d)) };
}

/** RSS of Chromium's extension renderer processes (MB), read from /proc. */
function extensionRendererRss(): number {
  let max = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) max = Math.max(max, Number(rss[1]) / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return max;
}

/** Samples the page's JS heap (CDP) and the extension renderer's RSS until stopped; peaks in MB. */
export async function sampleMemory(cdp: CDPSession): Promise<() => Promise<{ heapMb: number; rssMb: number; startHeapMb: number; startRssMb: number }>> {
  await cdp.send('Performance.enable');
  // Where the page stood before: the peaks include whatever the page already held.
  const start = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const startRssMb = extensionRendererRss();
  let heap = 0;
  let rss = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap = Math.max(heap, (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576);
      } catch {
        // page busy or closing
      }
      rss = Math.max(rss, extensionRendererRss());
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { heapMb: heap, rssMb: rss, startHeapMb: start / 1048576, startRssMb };
  };
}
