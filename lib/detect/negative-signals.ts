// What its near misses look like: regulations and work rules (第一条 第二条…, or 应当… without
// articles), a single official's disciplinary case, statistical bulletins, pages that are lists
// of links, news of inspection meetings or about a notice, rectification of something other
// than an inspection (audits, environmental 督察), disclosures of the feedback alone, and
// policy explainers. Weights: ./weights.ts.
import { TITLE_RE } from '../notice/patterns';
import type { Regions, Signal } from './positive-signals';
import { count, signal } from './positive-signals';

const ARTICLE_LINE = /^\s*第[一二三四五六七八九十百零〇\d]{1,5}条/gm;
const ARTICLE_INLINE = /第[一二三四五六七八九十百零〇\d]{1,5}条[ \t]/g;
const REGULATION_TITLE = /(?:条例|规定|办法|细则|规则|规程)(?:\((?:试行|修订)\))?\s*$/m;
/** The first lines name a rule or a circular: …巡察工作规定, …工作办法(试行), 关于做好…的通知. */
const RULE_HEADING = /^[^。\n]{2,40}?(?:条例|规定|办法|细则|规则|规程|通知|意见|制度)(?:\((?:试行|修订|暂行)\))?\s*$/m;
/** Rule language (必须 is not: notices use it for emphasis, 必须把巡视整改作为…). */
const PRESCRIPTION = /应当|不得|应于/g;
/** A work summary or report of the inspection office: 2023年巡察工作综述, 工作总结, 工作要点. */
const WORK_REPORT = /(?:综述|总结|工作要点|工作报告|述职报告)$/;
const SINGLE_CASE = /严重违纪违法|接受[^。\n]{0,24}?纪律审查(?:和|与|、)?[^。\n]{0,6}?监察调查|纪律审查和监察调查|被开除党籍|开除党籍和公职|给予[^。\n]{0,12}?开除党籍处分|涉嫌[^。\n]{0,16}?接受[^。\n]{0,12}?审查调查/;
const BULLETIN = /统计公报|统计数据公报|统计年鉴/;
const NEWS = /动员会|进驻|反馈会|讲话|强调|表态发言|主持会议|出席|会议指出|会议要求|记者|据悉/g;
/** A reporter's words about a notice: 通报显示, 通报称, 本报讯, 记者, 据了解, 有关负责同志表示. */
const REPORTER = /通报显示|通报称|据通报|通报指出|本报讯|记者|据了解|据介绍|介绍说|据悉|获悉|截至发稿|(?:有关)?负责(?:同志|人)(?:表示|介绍)|(?:局长|书记|主任|县长|市长)表示/g;
const OTHER_RECTIFICATION = /审计查出|审计发现|审计整改|审计工作报告|督察组|环保督察|环境保护督察|督察整改|督察交办/g;
/** 巡察反馈 published on its own: the problems of each unit, nothing rectified yet. */
const FEEDBACK_ONLY = /存在的主要问题|反馈的主要问题|主要问题(?:是|为|如下|公布如下)|反馈意见向社会公开|公开巡[视察]反馈情况|巡[视察]反馈情况(?:如下|公布如下|向社会公开)/;
const EXPLAINER = /政策解读|答记者问|一图读懂|图解|问答|怎么看|怎么做|是什么/;
const LINK_LINE = /^.{4,80}?[\s[(]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\])]?\s*$/;

/** `hasNoticeVoice`: the page announces its rectification or invites supervision of it;
 *  `announces`: it has a notice title or 现将巡视整改情况予以公布 (news never does);
 *  `reportsItems`: its body reports feedback items as rectified. */
export function negativeSignals({ text, head }: Regions, hasNoticeVoice: boolean, announces: boolean, reportsItems: boolean): Signal[] {
  const out: Signal[] = [];
  const top = head.slice(0, 1500);
  // The short title-like lines at the top; a menu (首页 审计监督 巡视巡察) or breadcrumb is not one.
  const headings = head.split('\n').slice(0, 8).map((l) => l.trim()).filter((l) => l && l.length <= 60 && !/\s|[>>»|]|首页|当前位置/.test(l));
  const articles = Math.max(head.match(ARTICLE_LINE)?.length ?? 0, (head.match(ARTICLE_INLINE)?.length ?? 0) >= 5 ? 5 : 0);
  const prescriptions = head.slice(0, 6000).match(PRESCRIPTION)?.length ?? 0;
  if (articles >= 3) out.push(signal('regulationArticles', `regulation structure: ${articles} articles (第一条 第二条…)`));
  else if (articles >= 1 && REGULATION_TITLE.test(top)) out.push(signal('regulationTitle', 'title of a regulation (条例/规定/办法)'));
  else if (prescriptions >= 3 && !announces) out.push(signal('prescriptive', `prescribes rules: ${prescriptions} × 应当/不得`));
  else if (prescriptions >= 1 && !announces && headings.some((l) => RULE_HEADING.test(l))) out.push(signal('regulationTitle', 'title of a rule or circular (规定/办法/通知…)'));
  const report = headings.find((l) => WORK_REPORT.test(l) && !l.includes('整改'));
  if (report) out.push(signal('workReport', `a work summary or report: ${report}`));

  const single = SINGLE_CASE.exec(head.slice(0, 3000));
  if (single && !hasNoticeVoice && !reportsItems) out.push(signal('singleCase', `single official's disciplinary case: ${single[0]}`));

  const sample = text.slice(0, 40_000);
  const percents = count(sample, '%');
  const dense = percents >= 15 && percents * 1000 >= sample.length * 5;
  if ((BULLETIN.test(top) || dense) && !hasNoticeVoice) out.push(signal('bulletin', `statistical bulletin (${percents} percentages)`));

  const shape = linkListShape(text);
  if (shape) out.push(signal('linkList', shape));

  const inspections = count(text, '巡视') + count(text, '巡察');
  const other = text.slice(0, 20_000).match(OTHER_RECTIFICATION)?.length ?? 0;
  if (inspections < 2) out.push(signal('noInspection', 'hardly mentions 巡视/巡察'));
  else if (count(text, '审计') > inspections * 2 || other > inspections || headings.some((l) => /审计|督察/.test(l))) {
    out.push(signal('otherRectification', 'rectification of audit or 督察 findings, not of an inspection'));
  }

  const news = head.match(NEWS)?.length ?? 0;
  if (news >= 3 && !announces) out.push(signal('newsReport', `news report (${news} meeting/news phrases)`));
  const reporter = new Set(head.slice(0, 3000).match(REPORTER) ?? []);
  if (reporter.size >= 2) out.push(signal('newsAboutNotice', `a reporter's words: ${[...reporter].slice(0, 3).join('/')}`));

  const feedbackOnly = FEEDBACK_ONLY.exec(head);
  if (feedbackOnly && !reportsItems && !announces) out.push(signal('feedbackDisclosure', `discloses the feedback, not its rectification: ${feedbackOnly[0]}`));
  const questions = head.match(/(?:^|\n)\s*问[::]/g)?.length ?? 0;
  if (questions >= 2 || headings.some((l) => EXPLAINER.test(l))) out.push(signal('explainer', 'a policy explainer (问/答, 解读)'));
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
