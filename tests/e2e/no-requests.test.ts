// "No request leaves": one browsing session (a notice, a near miss, the popup, the dashboard, both
// CSV exports and a JSON backup export) recorded three ways — Playwright's request events (pages,
// extension pages and, in Chromium, the extension's service worker), the loopback server's log,
// and Chromium's own net log (every URL request of every process). Apart from the test pages
// themselves, nothing may be requested. Two planted probes (a fetch from the service worker and
// one from the dashboard) prove each recorder would see an extension request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, tabIdOf, waitFor, type LensBrowser } from '../../scripts/lib/browser';
import { openDashboard, waitForNotice } from '../../scripts/lib/lens-db';
import { startServer, type StaticServer } from '../../scripts/lib/static-server';
import { buildTestSite, type TestSite } from '../pages/build-pages';
import { waitForAnalysis, waitForHighlights } from './harness';

const NETWORK = /^(https?|wss?|ftp):/i;
const PROBE = '/__probe__/';

interface Seen {
  url: string;
  fromWorker: boolean;
}

let site: TestSite;
let server: StaticServer;
let lens: LensBrowser;
let netLogFile: string;
const seen: Seen[] = [];

beforeAll(async () => {
  site = buildTestSite();
  server = await startServer(site.routes);
  netLogFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rl-netlog-')), 'net-log.json');
  lens = await launchWithExtension(server.port, { args: [`--log-net-log=${netLogFile}`] });
  lens.context.on('request', (r: Request) => seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null }));
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
  if (netLogFile) fs.rmSync(path.dirname(netLogFile), { recursive: true, force: true });
});

/** URL requests in Chromium's net log: url, initiator origin and request type. */
function netLogRequests(file: string): { url: string; initiator: string; type: string }[] {
  const log = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string; request_type?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '', type: e.params!.request_type ?? '' }));
}

async function downloads(during: () => Promise<void>, page: import('playwright-core').Page, count: number): Promise<string[]> {
  const got: Download[] = [];
  const onDownload = (d: Download) => got.push(d);
  page.on('download', onDownload);
  await during();
  await waitFor(`${count} download(s)`, async () => got.length >= count, 15_000);
  page.off('download', onDownload);
  return got.map((d) => d.suggestedFilename());
}

describe('a browsing session', () => {
  it('requests nothing but the test pages (pages, extension pages, service worker)', async () => {
    const { plain, arrival } = site.pages;
    const dashboard = await openDashboard(lens);

    const notice = await lens.context.newPage();
    await notice.goto(plain.url);
    await waitForHighlights(notice);
    await waitForNotice(dashboard, [plain.url]);
    const nearMiss = await lens.context.newPage();
    await nearMiss.goto(arrival.url);
    await waitForAnalysis(nearMiss);

    const tabId = await tabIdOf(dashboard, plain.url);
    const popup = await lens.context.newPage();
    await popup.goto(lens.extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.getByTestId('notice-status').first().getAttribute('data-status'), { timeout: 20_000 }).toBe('notice');
    const fromPopup = await downloads(() => popup.getByTestId('export-csv').click(), popup, 2);

    await dashboard.reload();
    await dashboard.getByTestId('notice-row').first().waitFor({ timeout: 20_000 });
    const fromDashboard = [
      ...(await downloads(() => dashboard.getByTestId('export-csv').click(), dashboard, 2)),
      ...(await downloads(() => dashboard.getByTestId('export-backup').click(), dashboard, 1)),
    ];
    expect(fromPopup.every((n) => n.endsWith('.csv'))).toBe(true);
    expect(fromDashboard.filter((n) => /\.jsonl(\.gz)?$/.test(n))).toHaveLength(1);

    // The probes: an extension request from the worker and from an extension page must be seen.
    const [worker] = lens.context.serviceWorkers();
    const origin = `http://127.0.0.1:${server.port}`;
    await worker.evaluate((u) => fetch(u).then(() => true, () => false), `${origin}${PROBE}worker`);
    await dashboard.evaluate((u) => fetch(u).then(() => true, () => false), `${origin}${PROBE}page`);
    await waitFor('both probes at the server', async () => server.requests.filter((r) => r.includes(PROBE)).length >= 2, 10_000);
    await lens.close(); // flushes the net log

    const pages = new Set([plain.url, arrival.url]);
    const isProbe = (url: string) => url.includes(PROBE);

    // 1. Playwright: no network request but the two pages; the worker made only its probe.
    const network = seen.filter((s) => NETWORK.test(s.url));
    expect(network.filter((s) => !isProbe(s.url) && !pages.has(s.url))).toEqual([]);
    expect(network.filter((s) => s.fromWorker).map((s) => new URL(s.url).pathname)).toEqual([`${PROBE}worker`]);
    expect(network.filter((s) => isProbe(s.url) && !s.fromWorker).map((s) => new URL(s.url).pathname)).toEqual([`${PROBE}page`]);

    // 2. The server saw the pages (and the browser's own favicon fetch), nothing else.
    const pagePaths = new Set([...pages].map((u) => new URL(u).host + new URL(u).pathname));
    const served = server.requests.filter((r) => !r.includes(PROBE));
    expect(served.filter((r) => !pagePaths.has(r) && !r.endsWith('/favicon.ico'))).toEqual([]);

    // 3. Chromium's net log: every request the extension initiated is a probe; every request a
    // page initiated (content scripts run as the page) is a test page or its favicon.
    const logged = netLogRequests(netLogFile).filter((r) => NETWORK.test(r.url));
    const extOrigin = `chrome-extension://${lens.extensionId}`;
    const byExtension = logged.filter((r) => r.initiator === extOrigin);
    expect(byExtension.map((r) => new URL(r.url).pathname).sort()).toEqual([`${PROBE}page`, `${PROBE}worker`]);
    const siteOrigins = new Set([...pages].map((u) => new URL(u).origin));
    const byPages = logged.filter((r) => siteOrigins.has(r.initiator) || r.type.includes('frame'));
    expect(byPages.filter((r) => !pages.has(r.url) && !r.url.endsWith('/favicon.ico'))).toEqual([]);

    const browserOwn = logged.length - byExtension.length - byPages.length;
    console.log(
      `no-requests: ${seen.length} requests seen by Playwright (${network.length} network, 2 of them probes), ` +
        `${server.requests.length} at the server, ${logged.length} network requests in the net log ` +
        `(${byExtension.length} by the extension = the probes, ${byPages.length} by the pages, ${browserOwn} Chromium's own, unresolved)`,
    );
  });
});
