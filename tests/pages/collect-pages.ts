// The list-page collection's test site (issue 10): a column list (巡视巡察 › 整改公开) linking to
// seven pages (two notices, one GBK-encoded notice, a 404, one slower than the timeout, a near
// miss, one already saved), site chrome and off-site links that must not be collected, and a
// second list page behind 下一页 with one more notice. Shared by the unit and e2e tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { escapeHtml, govPage, paragraphs } from './gov-page';
import { inspectionArrival } from './near-miss';

export const COLLECT_HOST = 'www.example.gov.cn';
const here = path.dirname(fileURLToPath(import.meta.url));
const at = (p: string) => `http://${COLLECT_HOST}${p}`;

export interface CollectRoute {
  body: string | Buffer;
  type: string;
  delayMs?: number;
}

function heldout(file: string): { title: string; body: string } {
  const text = fs.readFileSync(path.join(here, '../fixtures/heldout', file), 'utf8');
  const [title, ...rest] = text.split(/\r?\n/);
  return { title: title.trim(), body: rest.join('\n') };
}

function noticePage(file: string, charset?: string): string {
  const { title, body } = heldout(file);
  return govPage({ siteName: '清廉某某网', title, source: '某某纪委监委', published: '2024-05-10 09:30', articleHtml: paragraphs(body), charset });
}

const BASE = '/xsxc/zggk';
export const COLLECT_PATHS = {
  list: `${BASE}/index.html`,
  list2: `${BASE}/index_1.html`,
  notice1: `${BASE}/2024/05/notice-h01.html`,
  notice2: `${BASE}/2024/05/notice-h03.html`,
  gbk: `${BASE}/2022/11/notice-h04-gbk.html`,
  missing: `${BASE}/2023/01/gone.html`,
  slow: `${BASE}/2023/02/slow.html`,
  nearMiss: `${BASE}/2024/04/arrival.html`,
  saved: `${BASE}/2023/06/notice-h06.html`,
  page2: `${BASE}/2021/03/notice-h08.html`,
} as const;
export type CollectKey = keyof typeof COLLECT_PATHS;
export const collectUrl = (k: CollectKey) => at(COLLECT_PATHS[k]);

/** The seven articles of the first list page, in page order, then the one behind 下一页. */
export const LIST_ORDER: CollectKey[] = ['notice1', 'notice2', 'gbk', 'missing', 'slow', 'nearMiss', 'saved', 'page2'];

/** What each URL's report line must say. */
export const EXPECTED: Record<string, { status: string; reason?: string }> = {
  notice1: { status: 'saved' },
  notice2: { status: 'saved' },
  gbk: { status: 'saved' },
  missing: { status: 'failed', reason: 'http-404' },
  slow: { status: 'failed', reason: 'timeout' },
  nearMiss: { status: 'skipped', reason: 'not-a-notice' },
  saved: { status: 'skipped', reason: 'already-saved' },
  page2: { status: 'saved' },
};

const titles: Record<string, string> = {
  notice1: heldout('h01-jianyang-district.txt').title,
  notice2: heldout('h03-county-city-xuncha.txt').title,
  gbk: heldout('h04-province-dept-xunshi.txt').title,
  missing: '关于巡察整改情况的通报（已撤稿）',
  slow: '关于巡视整改进展情况的通报（附件较大）',
  nearMiss: inspectionArrival.title,
  saved: heldout('h06-soe-provincial.txt').title,
  page2: heldout('h08-town-county-xuncha.txt').title,
};

function listPage(keys: CollectKey[], pager: string): string {
  const rows = keys.map((k, i) => `<li><a href="${COLLECT_PATHS[k]}" title="${escapeHtml(titles[k])}" target="_blank">${escapeHtml(titles[k].slice(0, 24))}${titles[k].length > 24 ? '…' : ''}</a><span class="date">2024-0${(i % 9) + 1}-1${i}</span></li>`);
  const article = `<ul class="list">
${rows.join('\n')}
<li><a href="http://www.other.gov.cn/xsxc/2024/elsewhere.html">另一网站关于巡视整改情况的通报</a></li>
<li><a href="${COLLECT_PATHS.notice1}#top">${escapeHtml(titles.notice1)}</a></li>
<li><a href="javascript:void(0)">关于巡视整改情况的通报（脚本链接）</a></li>
</ul>
<div class="pagebar">${pager}</div>`;
  return govPage({ siteName: '清廉某某网', title: '整改公开', source: '某某纪委监委', published: '', articleHtml: article, breadcrumbs: ['首页', '巡视巡察', '整改公开'] });
}

export function buildCollectSite(): Map<string, CollectRoute> {
  const html = 'text/html; charset=utf-8';
  const routes = new Map<string, CollectRoute>();
  const page1 = LIST_ORDER.filter((k) => k !== 'page2');
  routes.set(COLLECT_PATHS.list, { body: listPage(page1, `<span>1</span> <a href="${COLLECT_PATHS.list2}">2</a> <a href="${COLLECT_PATHS.list2}">下一页</a> <a href="${COLLECT_PATHS.list2}">尾页</a>`), type: html });
  // The second page links back (上一页) and repeats one article of the first: neither is queued twice.
  routes.set(COLLECT_PATHS.list2, { body: listPage(['page2', 'notice1'], `<a href="${COLLECT_PATHS.list}">上一页</a> <a href="${COLLECT_PATHS.list}">1</a> <span>2</span>`), type: html });
  routes.set(COLLECT_PATHS.notice1, { body: noticePage('h01-jianyang-district.txt'), type: html });
  routes.set(COLLECT_PATHS.notice2, { body: noticePage('h03-county-city-xuncha.txt'), type: html });
  // GBK bytes, declared only by <meta charset> (the header names no charset, as many sites do).
  routes.set(COLLECT_PATHS.gbk, { body: iconv.encode(noticePage('h04-province-dept-xunshi.txt', 'gbk'), 'gbk'), type: 'text/html' });
  routes.set(COLLECT_PATHS.slow, { body: noticePage('h05-university-central-tw.txt'), type: html, delayMs: 5000 });
  routes.set(COLLECT_PATHS.nearMiss, { body: govPage({ siteName: '某某市人民政府', title: inspectionArrival.title, source: '某某市人民政府办公室', published: '2024-04-08 17:30', articleHtml: paragraphs(inspectionArrival.text) }), type: html });
  routes.set(COLLECT_PATHS.saved, { body: noticePage('h06-soe-provincial.txt'), type: html });
  routes.set(COLLECT_PATHS.page2, { body: noticePage('h08-town-county-xuncha.txt'), type: html });
  return routes;
}

/** A second column of four notices, for pausing, resuming and cancelling a run. */
export const SECOND_LIST = `${BASE}2/index.html`;
const SECOND_FILES = ['h10-county-mingunits.txt', 'h11-district-named-list.txt', 'h12-subdistrict-jiedao.txt', 'h13-county-hedged-money.txt'];
export const secondListUrls = () => SECOND_FILES.map((_, i) => at(`${BASE}2/2024/n${i + 1}.html`));

export function buildSecondList(): Map<string, CollectRoute> {
  const html = 'text/html; charset=utf-8';
  const routes = new Map<string, CollectRoute>();
  const rows = SECOND_FILES.map((f, i) => `<li><a href="${BASE}2/2024/n${i + 1}.html">${escapeHtml(heldout(f).title)}</a><span>2024-06-0${i + 1}</span></li>`);
  routes.set(SECOND_LIST, { body: govPage({ siteName: '清廉某某网', title: '整改公开', source: '某某纪委监委', published: '', articleHtml: `<ul>${rows.join('')}</ul>` }), type: html });
  SECOND_FILES.forEach((f, i) => routes.set(`${BASE}2/2024/n${i + 1}.html`, { body: noticePage(f), type: html }));
  return routes;
}
