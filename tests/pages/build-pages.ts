// The e2e/demo/bench test site: every page served at http://www.example.gov.cn/…, built from
// the shared fixtures (../shared/fixtures) when present, else from the bundled sample notice.
// Run as a script (`npx tsx tests/pages/build-pages.ts --write-sample`) it regenerates
// tests/pages/sample-notice.html from fixture 001.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { Routes } from '../../scripts/lib/static-server';
import { loadFixtures, type Fixture } from './fixtures';
import { escapeHtml, govPage, paragraphs, type GovPage } from './gov-page';
import { inspectionArrival, statisticalBulletin } from './near-miss';

export const HOST = 'www.example.gov.cn';
export const siteUrl = (p: string) => `http://${HOST}${p}`;
const HTML = 'text/html; charset=utf-8';

export interface TestPage {
  path: string;
  url: string;
  /** The iframe's URL when the article lives in one. */
  frameUrl?: string;
  fixture?: Fixture;
  isNotice: boolean;
}

export const SAMPLE_PATH = '/col/col1229/art/2025/6/10/art_1229_sample.html';
const here = path.dirname(fileURLToPath(import.meta.url));
export const samplePagePath = path.join(here, 'sample-notice.html');

function pageFor(f: Fixture, articleHtml: string, extra: Partial<GovPage> = {}): GovPage {
  return {
    siteName: f.siteName,
    title: f.title,
    source: f.issuer,
    published: f.published,
    articleHtml,
    ...extra,
  };
}

/** The notice page of a fixture: its title as <h1> (dropped from the text when it repeats it). */
export function noticeHtml(f: Fixture, extra: Partial<GovPage> = {}): string {
  return govPage(pageFor(f, paragraphs(f.bodyWithoutTitle), extra));
}

/** A page of about `bytes` UTF-8 bytes: the fixture's paragraphs repeated (browser benchmark). */
export function bigNoticeHtml(f: Fixture, bytes: number): string {
  const chunk = paragraphs(f.bodyWithoutTitle);
  const times = Math.max(1, Math.ceil(bytes / Buffer.byteLength(chunk)));
  return govPage(pageFor(f, Array.from({ length: times }, () => chunk).join('\n')));
}

function gbk(html: string): Buffer {
  const bytes = iconv.encode(html, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== html) throw new Error('page text does not survive GBK encoding');
  return bytes;
}

function lateScript(jsonPath: string): string {
  // Like a CMS that fills the article from an API after load.
  return `<script>
window.addEventListener('load', () => setTimeout(async () => {
  const res = await fetch(${JSON.stringify(jsonPath)});
  const { html } = await res.json();
  document.getElementById('zoom').innerHTML = html;
}, 1000));
</script>`;
}

/**
 * A notice on a university site: served for that host only (a host + path route), so only the
 * content script's *.edu.cn match can have put it in the collection.
 */
export function eduNoticeRoute(f: Fixture) {
  const route = 'www.example.edu.cn/info/1021/xszg-001.html';
  return { route, url: `http://${route}`, served: { body: noticeHtml(f, { siteName: '某某大学' }), type: HTML } };
}

export interface TestSite {
  routes: Routes;
  pages: Record<'plain' | 'gbk' | 'iframe' | 'late' | 'english' | 'arrival' | 'bulletin', TestPage>;
}

export function buildTestSite(): TestSite {
  const fixtures = loadFixtures();
  const pick = (id: string) => fixtures.find((f) => f.id === id) ?? fixtures[0];
  const [f001, f000, f004] = [pick('001'), pick('000'), pick('004')];
  const routes: Routes = new Map();
  const page = (p: string, body: string | Buffer, type = HTML) => routes.set(p, { body, type });

  page('/xsxc/2025/plain-001.html', noticeHtml(f001));
  page('/xsxc/2022/gbk-000.html', gbk(noticeHtml(f000, { charset: 'gbk' })), 'text/html; charset=GBK');
  page(
    '/xsxc/2021/iframe-004.html',
    govPage(pageFor(f004, `<iframe src="/xsxc/2021/content-004.html" title="正文" style="width:100%;height:2400px;border:0"></iframe>`)),
  );
  page('/xsxc/2021/content-004.html', `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(f004.title)}</title></head><body style="font:16px/1.8 sans-serif">\n${paragraphs(f004.text)}\n</body></html>`);
  page('/xsxc/2025/late-001.html', govPage(pageFor(f001, '<p class="loading">正在加载……</p>', { head: lateScript('/xsxc/2025/late-001.json') })));
  page('/xsxc/2025/late-001.json', JSON.stringify({ html: paragraphs(f001.bodyWithoutTitle) }), 'application/json; charset=utf-8');
  // A notice as the browser's page translation leaves it: English text in the same site chrome.
  const englishText = fs.readFileSync(path.join(here, '../fixtures/english/lucheng-001.en.txt'), 'utf8');
  page('/xsxc/2025/translated-001.html', govPage({ ...pageFor(f001, paragraphs(englishText)), title: 'Notice on the rectification of the inspection' }));
  const nearMiss = (p: string, a: { title: string; text: string }, crumbs: string[]) =>
    page(p, govPage({ siteName: '某某市人民政府', title: a.title, source: '某某市人民政府办公室', published: '2024-04-08 17:30', articleHtml: paragraphs(a.text), breadcrumbs: crumbs }));
  nearMiss('/news/2024/arrival.html', inspectionArrival, ['首页', '新闻中心', '工作动态']);
  nearMiss('/tjgb/2024/bulletin.html', statisticalBulletin, ['首页', '数据发布', '统计公报']);

  const tp = (p: string, fixture: Fixture | undefined, isNotice: boolean, frame?: string): TestPage => ({
    path: p,
    url: siteUrl(p),
    frameUrl: frame && siteUrl(frame),
    fixture,
    isNotice,
  });
  return {
    routes,
    pages: {
      plain: tp('/xsxc/2025/plain-001.html', f001, true),
      gbk: tp('/xsxc/2022/gbk-000.html', f000, true),
      iframe: tp('/xsxc/2021/iframe-004.html', f004, true, '/xsxc/2021/content-004.html'),
      late: tp('/xsxc/2025/late-001.html', f001, true),
      english: tp('/xsxc/2025/translated-001.html', undefined, true),
      arrival: tp('/news/2024/arrival.html', undefined, false),
      bulletin: tp('/tjgb/2024/bulletin.html', undefined, false),
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--write-sample')) {
  const f = loadFixtures().find((x) => x.id === '001');
  if (!f || f.bundled) throw new Error('fixture 001 not found under ../shared/fixtures');
  fs.writeFileSync(samplePagePath, noticeHtml(f));
  console.log(`wrote ${samplePagePath}`);
}
