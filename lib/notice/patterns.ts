// The notice's set phrases, as regexes over folded (NFKC, simplified) text. Shared by the
// notice fields and by detection. Bounded gaps only ([^。\n]{0,n}), so no regex backtracks
// over more than a sentence.

const NUM = '第?[一二三四五六七八九十\\d]{1,3}';
const LEVEL = '(?:中央|省委|市委|区委|县委|州委|旗委|盟委|自治区党委)';
/** A unit's own committee that runs inspections: 集团党委, 校党委, 省交通运输厅党组. */
const ORG = '(?:(?!根据|按照|据|照|部署|安排|统一|要求|经|由|在|于)[\\u4e00-\\u9fff]){1,8}?(?:党委|党组)';
const ROUND = '(?:第[一二三四五六七八九十\\d]{1,3}轮(?:巡视|巡察)?)';
/** What may stand between the committee and 巡视组: 机动, 专项, 对村, 3个, or a long quoted name
 *  (深化“最多跑一次”改革、优化营商环境专项); never a clause break, another body's words or a verb
 *  of the sentence around it (县委高度重视巡察组反馈的问题 names no body). */
const QUALIFIER = '(?:(?!巡视|巡察|委|组|开展|进行|重视|认真|坚持|针对|根据|按照|落实|召开|反馈|向|把|将|在|和|及|与|为)[^。\\n,;:!?()]){0,30}?';
/** 省委巡视一组, 省委第八巡视组, 市委巡察一组, 中央第十巡视组, 县委巡察组, 县委机动巡察组,
 *  县委对村巡察第二组, 省委第十一轮巡视第二巡视组, 市委深化“…”改革、优化营商环境专项巡察组,
 *  集团党委第一巡察组; or a round without a group before its object: 市委第三轮巡察对…. */
export const BODY_SOURCE = [
  `${LEVEL}${ROUND}?${QUALIFIER}(?:${NUM})?(?:巡视|巡察)(?:${NUM})?组`,
  `${ORG}${ROUND}?(?:机动|专项)?(?:${NUM})?(?:巡视|巡察)(?:${NUM})?组`,
  `${LEVEL}第[一二三四五六七八九十\\d]{1,3}轮(?:巡视|巡察)(?=[^。\\n,;]{0,6}?对)`,
].join('|');

/** After the body: 对<unit>开展了/进行了[常规/专项…]巡视. Group 1 = unit, 2 = 巡视|巡察. */
export const OBJECT_RE = /^[^。\n]{0,40}?对([^。\n,;]{2,40}?)(?:开展了?|进行了?|实施了?)[^。\n]{0,16}?(巡视|巡察)/;
/** Or: 省委第二巡视组进驻某某县(,)开展为期两个月的巡视. Group 1 = unit, 2 = 巡视|巡察. */
export const ARRIVAL_RE = /^[^。\n]{0,40}?进驻([^。\n,;]{2,30}?)(?:,|开展|进行)[^。\n]{0,20}?(巡视|巡察)/;

/** A title line: …关于巡视整改情况的通报, …巡察整改进展情况的通报, …巡视整改情况通报. */
export const TITLE_RE = /^[^。!?;,]{0,60}?(?:巡视|巡察)[^。!?;,]{0,24}?整改[^。!?;,]{0,16}?(?:通报|报告|公告|公示|公开|情况)(?:\([^()]{1,10}\))?$/;

const PUBLISH = '(?:予以公布|公布如下|报告如下|通报如下|予以通报|予以公开|公开如下|公告如下|予以公示|公示如下|向社会公布|向社会公开|向社会通报|向社会公示|公布)';
/** The notice announcing itself: 现将巡视整改情况予以公布 / 根据有关规定,将巡察整改进展情况予以公布 /
 *  现将…整改落实情况向社会公开 / 现就…整改情况报告如下. Group 1 = what it publishes. A 将 only
 *  after a clause break or 规定/要求 (国土部今日将…公布 is news). */
export const ANNOUNCE_RE = new RegExp(`(?:现将|现就|特将|(?:^|(?<=[,:;]|规定|要求|原则))将)([^。\\n]{0,30}?整改[^。\\n]{0,16}?(?:情况|进展|成效))[^。\\n]{0,10}?${PUBLISH}`, 'm');
/** Without 现将: (按照…要求,)巡视整改进展情况公布如下. */
export const ANNOUNCE_BARE_RE = /(?:巡视|巡察)[^。\n]{0,10}?整改[^。\n]{0,12}?(?:情况|进展)(?:公布|通报|报告|公告|公示)如下/;
/** The generic form 现将有关情况报告如下, counted only in a sentence about 整改. */
export const ANNOUNCE_GENERIC_RE = /现将[^。\n]{0,12}?情况(?:予以公布|公布如下|报告如下|通报如下|予以通报)/;

/** 反馈了巡视意见 / 向…反馈巡视意见 / 反馈会. */
// 反馈了巡视意见, 反馈巡视“回头看”情况, 反馈会, 进行了集中反馈.
export const FEEDBACK_RE = /反馈了?(?:巡视|巡察)?(?:[“"]?回头看[”"]?|专项)?(?:发现的)?(?:意见|情况|问题)|反馈会|(?:进行了?|作了?|作出)(?:集中|专题|书面)?反馈/;

/** 欢迎广大干部群众对巡视整改落实情况进行监督. */
export const CLOSING_RE = /欢迎[^。\n]{0,14}?对[^。\n]{0,8}?(?:巡视|巡察)整改[^。\n]{0,10}?监督/;
export const CONTACT_RE = /联系电话|电子邮箱|邮政信箱|通信地址|通讯地址/;

/** A signing body: 中共厦门市湖里区委, 中共XX党组, XX党委, 中共福州市委滨海新城工作委员会. */
export const ORG_RE = /^(?:中共|中国共产党)?[\u4e00-\u9fff()]{1,40}?(?:委|委员会|党委|党组|工委|党工委|党总支|党支部|政府|纪委监委|办公室|领导小组)$/;

/** The page's own date line: 发布时间:2021-10-11 08:54, 【信息时间:…, 发表时间:…, 日期:[…]. Group 1 = label. */
export const PAGE_DATE_RE = /((?:发布|发表|发文|成文|信息|更新|印发)(?:时间|日期)|发布于|(?<![\u4e00-\u9fff])(?:时间|日期))\s*[::]?\s*[[(【]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/g;
/** A bare date line under the title: 2022年08月16日 来源:…, 2020-12-11 08:55:00 来源:…, [2020-07-30],
 *  来源:某某网 2024-05-06 10:00. */
export const DATE_LINE_RE = /^(?:\s*(?:来源|作者|编辑|责任编辑|供稿|发布)[::]?\s*[^\s\d]{0,30}\s+)*\s*[[(【]?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?[\])】]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=\s*$|\s+(?:来源|作者|编辑|字体|字号|浏览|阅读|点击|【|\[))/m;

export type InspectionType = '巡视' | '巡察';
export const typeOf = (s: string): InspectionType | null => (s.includes('巡察') ? '巡察' : s.includes('巡视') ? '巡视' : null);

/** The sentence around `pos`: from after the previous 。/newline to the next one (inclusive),
 *  at most 600 characters either way. */
export function sentenceAt(text: string, pos: number): { start: number; end: number } {
  const floor = Math.max(0, pos - 600);
  const ceiling = Math.min(text.length, pos + 600);
  let start = pos;
  while (start > floor && text[start - 1] !== '。' && text[start - 1] !== '\n') start--;
  let end = pos;
  while (end < ceiling && text[end] !== '。' && text[end] !== '\n') end++;
  return { start, end: Math.min(text.length, end + 1) };
}
