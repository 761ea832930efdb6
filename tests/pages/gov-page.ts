// The chrome of a Chinese government web page around an article: header, breadcrumbs,
// 来源/发布时间 line, share buttons, related links, footer with 版权所有 / ICP / 网站标识码.
// Deliberately realistic: the content script must find the notice among all of this.

export interface GovPage {
  siteName: string;
  title: string;
  source: string;
  /** 'YYYY-MM-DD HH:mm' as a site prints it, or '' for none. */
  published: string;
  /** The article's inner HTML (already escaped), or an empty container's placeholder. */
  articleHtml: string;
  charset?: string;
  /** Extra markup in <head> (scripts of the late-loading variant). */
  head?: string;
  breadcrumbs?: string[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c]);

/** One <p> per non-empty line of a plain-text document. */
export function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

const relatedLinks = [
  '中央纪委国家监委网站',
  '省纪委省监委网站',
  '巡视巡察工作条例',
  '关于巡视整改情况的公告汇编',
  '网上信访举报',
];

export function govPage(p: GovPage): string {
  const crumbs = (p.breadcrumbs ?? ['首页', '工作之窗', '巡视巡察'])
    .map((c, i) => `<a href="/${i ? `col${i}/` : ''}">${escapeHtml(c)}</a>`)
    .join(' &gt; ');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${p.charset ?? 'utf-8'}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ArticleTitle" content="${escapeHtml(p.title)}">
<title>${escapeHtml(p.title)}_${escapeHtml(p.siteName)}</title>
<style>
  body { margin: 0; font: 16px/1.8 "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; color: #222; background: #f4f4f4; }
  .top { background: #b31b1b; color: #fff; padding: 14px 40px; font-size: 26px; letter-spacing: 2px; }
  .nav { background: #8f1010; padding: 6px 40px; } .nav a { color: #fff; margin-right: 24px; text-decoration: none; }
  .wrap { display: flex; gap: 24px; max-width: 1180px; margin: 16px auto; }
  .main { flex: 1; background: #fff; padding: 20px 36px; } .side { width: 240px; background: #fff; padding: 16px; }
  .crumbs { font-size: 13px; color: #666; } .crumbs a { color: #666; }
  h1 { font-size: 24px; text-align: center; color: #b31b1b; line-height: 1.5; }
  .info { text-align: center; font-size: 13px; color: #888; border-bottom: 1px solid #ddd; padding-bottom: 8px; }
  .article p { text-indent: 2em; margin: 0 0 10px; }
  .share { margin-top: 24px; font-size: 13px; color: #666; } .share a { margin-right: 10px; color: #666; }
  .side h3 { font-size: 15px; border-left: 4px solid #b31b1b; padding-left: 8px; } .side li { font-size: 13px; margin: 6px 0; }
  .foot { background: #333; color: #bbb; text-align: center; font-size: 12px; padding: 16px; line-height: 2; }
</style>
${p.head ?? ''}
</head>
<body>
<div class="top">${escapeHtml(p.siteName)}</div>
<div class="nav"><a href="/">首页</a><a href="/col1/">工作之窗</a><a href="/col2/">巡视巡察</a><a href="/col3/">信息公开</a><a href="/col4/">互动交流</a></div>
<div class="wrap">
  <div class="main">
    <div class="crumbs">当前位置：${crumbs}</div>
    <h1>${escapeHtml(p.title)}</h1>
    <div class="info">来源：${escapeHtml(p.source)}${p.published ? `　　发布时间：${escapeHtml(p.published)}` : ''}　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　　<a href="#" onclick="window.print();return false">打印</a></div>
    <div class="article" id="zoom">
${p.articleHtml}
    </div>
    <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>　<a href="#" onclick="window.close();return false">【关闭窗口】</a></div>
  </div>
  <div class="side">
    <h3>相关链接</h3>
    <ul>${relatedLinks.map((l, i) => `<li><a href="/link/${i}.html">${l}</a></li>`).join('')}</ul>
  </div>
</div>
<div class="foot">
  版权所有：${escapeHtml(p.siteName)}　主办单位：${escapeHtml(p.source)}<br>
  浙ICP备05012345号-1　浙公网安备 33030202000123号　网站标识码：3303020001<br>
  建议使用1280×768分辨率浏览本网站
</div>
</body>
</html>
`;
}
