// Test pages that attack or strain the content script: hidden planted figures (one page per
// trick), a live clock and ticker, a page that tries to switch the extension off and to read or
// forge its badge, a 20,000-row table. Each is the real notice 001 in a gov.cn page.
import type { Fixture } from './fixtures';
import { noticeHtml } from './build-pages';
import { escapeHtml } from './gov-page';

/** False figures planted in hidden text: the saved facts must never show them. */
export const PLANTED = '共给予党纪处分999人，政务处分888人，清退款项7777万元。';

/** How each trick hides its text (the wrapper around PLANTED), with the CSS it needs. */
export const HIDING_TRICKS: Record<string, { css?: string; open: string; close: string }> = {
  'opacity-0': { open: '<p style="opacity:0">', close: '</p>' },
  'opacity-0-ancestor': { css: '.ghost{opacity:0}', open: '<div class="ghost"><div><p>', close: '</p></div></div>' },
  'font-size-0': { css: '.tiny{font-size:0}', open: '<p class="tiny">', close: '</p>' },
  'visibility-hidden': { css: '.inv{visibility:hidden}', open: '<p class="inv">', close: '</p>' },
  'display-none': { css: '.gone{display:none}', open: '<div class="gone"><p>', close: '</p></div>' },
  'clip-rect': { css: '.sr{position:absolute;clip:rect(0 0 0 0)}', open: '<p class="sr">', close: '</p>' },
  'clip-path-inset': { css: '.cp{clip-path:inset(50%)}', open: '<p class="cp">', close: '</p>' },
  'clip-path-circle': { css: '.cc{clip-path:circle(0)}', open: '<p class="cc">', close: '</p>' },
  'off-screen': { css: '.away{position:absolute;left:-9999px}', open: '<p class="away">', close: '</p>' },
  'text-indent': { css: '.article .ind{text-indent:-9999px;overflow:hidden;white-space:nowrap}', open: '<p class="ind">', close: '</p>' },
  'zero-size-box': { css: '.zero{width:0;height:0;overflow:hidden}', open: '<div class="zero"><p>', close: '</p></div>' },
  'same-colour': { css: '.same{color:#fff;background:#fff}', open: '<p class="same">', close: '</p>' },
  transparent: { css: '.clear{color:transparent}', open: '<p class="clear">', close: '</p>' },
  'aria-hidden': { open: '<p aria-hidden="true">', close: '</p>' },
  'hidden-attribute': { open: '<p hidden>', close: '</p>' },
};

/** The notice with PLANTED hidden in the middle of its article by `trick`. */
export function hiddenTextPage(f: Fixture, trick: string): string {
  const t = HIDING_TRICKS[trick];
  const html = noticeHtml({ ...f, title: `${f.title}(${trick})` });
  const planted = `${t.open}${escapeHtml(PLANTED)}${t.close}\n`;
  // At the top of the article, ahead of the real summary, where a headline figure is read from.
  const open = '<div class="article" id="zoom">';
  const at = html.indexOf(open) + open.length;
  const withPlant = `${html.slice(0, at)}\n${planted}${html.slice(at)}`;
  return withPlant.replace('</head>', `<style>${t.css ?? ''}</style>\n</head>`);
}

const TICKER = [
  '全市召开第三季度经济形势分析会，部署下一阶段稳增长各项重点工作任务安排',
  '市政府常务会议研究城市更新、老旧小区改造和保障性住房建设有关事项并作出部署',
  '我市举办2025年秋季人才招聘大会，提供就业岗位三千余个，吸引众多高校毕业生参加',
];

/** The notice with a clock ticking every 200 ms and a rotating news ticker in its header. */
export function clockPage(f: Fixture): string {
  const html = noticeHtml({ ...f, title: `${f.title}(时钟)` });
  const header = `<div class="top"><span id="clock">2025-06-10 09:30:00</span><ul id="ticker">${TICKER.map((t) => `<li>${t}</li>`).join('')}</ul>`;
  const script = `<script>
setInterval(() => { document.getElementById('clock').textContent = new Date().toISOString(); }, 200);
setInterval(() => { const ul = document.getElementById('ticker'); ul.appendChild(ul.firstElementChild); }, 700);
</script>`;
  return html.replace('<div class="top">', header).replace('</body>', `${script}\n</body>`);
}

/**
 * A page that tries to switch the lens off and to read or forge its badge: it records and
 * replays every window message, sends WXT's "content script started" event (by postMessage and
 * as the document event) with guessed ids for the extension id in its query string, predefines
 * the old badge tag as a custom element, and looks for a shadow root to read and rewrite.
 */
export function hostilePage(f: Fixture): string {
  const html = noticeHtml({ ...f, title: `${f.title}(敌意页面)` });
  const script = `<script>
(() => {
  const seen = (window.__seen = { messages: [], shadowRoots: [], badgeText: [], attachErrors: 0, forged: 0 });
  window.addEventListener('message', (e) => {
    let s; try { s = JSON.stringify(e.data); } catch { s = String(e.data); }
    seen.messages.push(s);
    if (seen.messages.length < 200) window.postMessage(e.data, '*');
  });
  customElements.define('rectify-lens-ui', class extends HTMLElement {
    constructor() { super(); seen.forged++; const r = this.attachShadow({ mode: 'open' }); r.textContent = 'Saved ✓ 已保存 (forged)'; }
  });
  const ext = new URLSearchParams(location.search).get('ext') || 'unknown';
  const type = ext + ':content:wxt:content-script-started';
  let n = 0;
  const attack = setInterval(() => {
    const detail = { contentScriptName: 'content', messageId: 'guess' + n++ };
    window.postMessage({ type, ...detail }, '*');
    document.dispatchEvent(new CustomEvent(type, { detail }));
    for (const host of document.querySelectorAll('[data-rectify-lens]')) {
      seen.shadowRoots.push(String(host.shadowRoot));
      seen.badgeText.push(host.textContent + '|' + host.innerText);
      try { host.attachShadow({ mode: 'open' }).textContent = 'Saved ✓ (forged)'; } catch { seen.attachErrors++; }
    }
    if (n > 60) clearInterval(attack);
  }, 100);
})();
</script>`;
  return html.replace('</head>', `${script}\n</head>`);
}

/** The notice followed by a table of `rows` rows of figures (four numbers a row). */
export function bigTablePage(f: Fixture, rows: number): string {
  const html = noticeHtml({ ...f, title: `${f.title}(大表)` });
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}</td><td>${(i * 7) % 1000}人</td><td>${(i * 13) % 100}.5万元</td><td>${2000 + (i % 25)}年</td></tr>`).join('');
  const table = `<table border="1"><tbody>${body}</tbody></table>`;
  return html.replace('<div class="share">', `${table}\n<div class="share">`);
}
