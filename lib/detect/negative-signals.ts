// What its near misses look like: regulations (第一条 第二条…), a single official's disciplinary
// case, statistical bulletins, pages that are lists of links, news of inspection meetings, and
// rectification of something other than an inspection (audits).
import { TITLE_RE } from '../notice/patterns';
import type { Regions, Signal } from './positive-signals';
import { count } from './positive-signals';

const ARTICLE_LINE = /^\s*第[一二三四五六七八九十百零〇\d]{1,5}条/gm;
const ARTICLE_INLINE = /第[一二三四五六七八九十百零〇\d]{1,5}条[ \t]/g;
const REGULATION_TITLE = /(?:条例|规定|办法|细则|规则|规程)(?:\((?:试行|修订)\))?\s*$/m;
const SINGLE_CASE = /严重违纪违法|接受[^。\n]{0,24}?纪律审查(?:和|与|、)?[^。\n]{0,6}?监察调查|纪律审查和监察调查|被开除党籍|开除党籍和公职|给予[^。\n]{0,12}?开除党籍处分|涉嫌[^。\n]{0,16}?接受[^。\n]{0,12}?审查调查/;
const BULLETIN = /统计公报|统计数据公报|统计年鉴/;
const NEWS = /动员会|进驻|反馈会|讲话|强调|表态发言|主持会议|出席|会议指出|会议要求|记者|据悉/g;
const LINK_LINE = /^.{4,80}?[\s\[(]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\])]?\s*$/;

/** `hasNoticeVoice`: the page announces its rectification or invites supervision of it;
 *  `announces`: it has a notice title or 现将巡视整改情况予以公布 (news never does). */
export function negativeSignals({ text, head }: Regions, hasNoticeVoice: boolean, announces: boolean): Signal[] {
  const out: Signal[] = [];
  const articles = Math.max(head.match(ARTICLE_LINE)?.length ?? 0, (head.match(ARTICLE_INLINE)?.length ?? 0) >= 5 ? 5 : 0);
  if (articles >= 3) out.push({ weight: 0.7, reason: `regulation structure: ${articles} articles (第一条 第二条…)` });
  else if (articles >= 1 && REGULATION_TITLE.test(head.slice(0, 1500))) out.push({ weight: 0.4, reason: 'title of a regulation (条例/规定/办法)' });

  const single = SINGLE_CASE.exec(head.slice(0, 3000));
  if (single && !hasNoticeVoice) out.push({ weight: 0.5, reason: `single official's disciplinary case: ${single[0]}` });

  const sample = text.slice(0, 40_000);
  const percents = count(sample, '%');
  const dense = percents >= 15 && percents * 1000 >= sample.length * 5;
  if ((BULLETIN.test(head.slice(0, 1500)) || dense) && !hasNoticeVoice) out.push({ weight: 0.6, reason: `statistical bulletin (${percents} percentages)` });

  const shape = linkListShape(text);
  if (shape) out.push({ weight: 0.7, reason: shape });

  const inspections = count(text, '巡视') + count(text, '巡察');
  if (inspections < 2) out.push({ weight: 0.4, reason: 'hardly mentions 巡视/巡察' });
  else if (count(text, '审计') > inspections * 2) out.push({ weight: 0.3, reason: 'rectification of audit findings, not of an inspection' });

  const news = head.match(NEWS)?.length ?? 0;
  if (news >= 3 && !announces) out.push({ weight: 0.3, reason: `news report (${news} meeting/news phrases)` });
  return out;
}

/** Many short dated lines and no paragraph of prose: an index of links, not an article. */
function linkListShape(text: string): string | null {
  const lines = text.slice(0, 30_000).split('\n');
  let links = 0;
  let prose = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length >= 150) prose++;
    else if (LINK_LINE.test(line) || TITLE_RE.test(line)) links++;
  }
  return links >= 6 && prose <= 1 ? `list of links: ${links} dated or notice-title lines, no article body` : null;
}
