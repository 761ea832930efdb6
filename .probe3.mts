import { readFileSync, readdirSync } from 'node:fs';
import { foldText } from './lib/text/fold';
import { detectNotice } from './lib/detect/detect-notice';
import { extractNoticeFields } from './lib/notice/extract-notice-fields';
import { govPage, paragraphs } from './tests/pages/gov-page';
import { htmlToText } from './scripts/cli/read-document';
const dir = '/work/shared/fixtures/';
for (const f of readdirSync(dir).filter(f=>f.endsWith('.txt'))) {
  const t = readFileSync(dir+f,'utf8');
  const lines = t.split('\n');
  const variants: Record<string,string> = {
    head3000: t.slice(0, 3000),
    noClosing: lines.slice(0, -4).join('\n'),
    firstHalf: t.slice(0, t.length/2),
  };
  try { variants.page = htmlToText(govPage({ siteName: '清廉某某网', title: '中共某某区委关于巡视整改情况的通报', source: '某某区委', published: '2025-06-10 09:30', articleHtml: paragraphs(t) })); } catch (e) { console.log('page err', e); }
  for (const [k, v] of Object.entries(variants)) { const fv = foldText(v); const d = detectNotice(fv); console.log(f.slice(0,3), k, d.isNotice, d.score, JSON.stringify(extractNoticeFields(fv))); }
}
const nm = htmlToText(readFileSync('tests/fixtures/html/near-miss-news.html','utf8'));
console.log('near-miss-news.html', detectNotice(foldText(nm)));
console.log(variants_dummy());
function variants_dummy(){return ''}
