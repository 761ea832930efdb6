// Notice fields by kind of page, on short texts written here in the styles real pages show (no
// copied sentences): metadata lines and date lines, titles behind a column tag, names with
// (以下简称…), pronouns for the inspected unit, bodies without an ordinal or with a long quoted
// name, ranges across a year boundary, dates the site ran together, pinyin after characters.
import { describe, expect, it } from 'vitest';
import { noticeFieldsSchema, type NoticeFields } from '../../lib/contract';
import { extractNoticeFields } from '../../lib/notice/extract-notice-fields';
import { stripPinyin } from '../../lib/text/strip-pinyin';
import { foldText } from '../../lib/text/fold';

const fields = (text: string) => noticeFieldsSchema.parse(extractNoticeFields(foldText(text)));
const OPEN = '2023年4月10日至5月31日,县委第二巡察组对县民政局党组开展了巡察。7月5日,巡察组向县民政局党组反馈了巡察意见。现将巡察整改情况予以公布。';
const CLOSE = '欢迎广大干部群众对巡察整改落实情况进行监督。';

type Case = [string, string, Partial<NoticeFields>];

const METADATA: Case[] = [
  ['标 题: in an information-disclosure table; 成文日期 is the document date', `索引号:11410000-2024-00012 发布机构:中共某某县民政局党组 成文日期:2024-09-20\n标 题:中共某某县民政局党组关于巡察整改进展情况的通报 发文字号:\n发布日期:2024-09-23\n${OPEN}`, { title: '中共某某县民政局党组关于巡察整改进展情况的通报', issuer: '中共某某县民政局党组', publishedDate: '2024-09-20' }],
  ['标题: without a space, 成文时间 with a clock time', `标题:中共某某区委关于巡视整改情况的通报\n成文时间:2022年3月8日 10:30\n2021年9月1日至10月30日,省委第三巡视组对某某区开展了巡视。`, { title: '中共某某区委关于巡视整改情况的通报', issuer: '中共某某区委', publishedDate: '2022-03-08' }],
  ['发布时间 with seconds, no signature', `县民政局党组关于巡察整改情况的通报\n来源:某某县民政局 发布时间:2024-08-01 16:48:14 浏览量:312\n${OPEN}`, { publishedDate: '2024-08-01', issuer: '县民政局党组' }],
  ['发表时间 between an editor and the source', `中共某某市财政局党组关于巡察整改进展情况的通报\n编辑:宣传科 发表时间:2021-11-05 10:56 来源:清廉某某网\n${OPEN}`, { publishedDate: '2021-11-05', issuer: '中共某某市财政局党组' }],
  ['信息时间 inside bracket chrome', `【通报】中共某某市教育局党组关于巡察整改情况的通报\n【信息来源:【信息时间:2023-07-18 17:38 阅读次数: 】【字号 】【我要打印】【关闭\n${OPEN}`, { title: '中共某某市教育局党组关于巡察整改情况的通报', issuer: '中共某某市教育局党组', publishedDate: '2023-07-18' }],
  ['发布日期 written in characters', `中共某某镇委员会关于巡察整改情况的通报\n发布日期:2024年06月03日\n${OPEN}`, { publishedDate: '2024-06-03' }],
  ['a bare date line under the title, then 来源 naming an organisation', `政府公告\n中共某某市委关于巡视整改进展情况的通报\n2022年08月16日 来源: 中共某某市委 作者: 字体:\n2021年9月2日至9月30日,省委第九巡视组对某某市进行了巡视。11月11日反馈了巡视意见。`, { publishedDate: '2022-08-16', issuer: '中共某某市委', title: '中共某某市委关于巡视整改进展情况的通报' }],
  ['a bare date line with a clock time', `中共某某县教育局党组关于巡察整改进展情况的通报\n2020-12-11 08:55:00 来源:某某县教育局\n${OPEN}`, { publishedDate: '2020-12-11' }],
  ['a date line after the source', `县民政局党组关于巡察整改情况的通报\n来源:某某县纪委监委网 2024-05-06 10:00\n${OPEN}`, { publishedDate: '2024-05-06' }],
  ['a date line in brackets', `[2021-04-06]\n${OPEN}`, { publishedDate: '2021-04-06' }],
  ['来源 alone never gives the issuer', `来源:中共某某县委 发布时间:2024-05-06\n${OPEN}`, { issuer: null, title: null, publishedDate: '2024-05-06' }],
  ['the signature date wins over the page date', `发布时间:2024-10-09 09:00\n${OPEN}\n${CLOSE}\n中共某某县民政局党组\n2024年9月30日`, { publishedDate: '2024-09-30', issuer: '中共某某县民政局党组' }],
  ['the opening sentence is never a date line', `2023年4月10日至5月31日,县委第二巡察组对县民政局党组开展了巡察。`, { publishedDate: null, inspectionStart: '2023-04-10' }],
];

const TITLES: Case[] = [
  ['【巡察整改】 tag before the title', `【巡察整改】中共某某市市场监督管理局党组关于巡察整改进展情况的通报\n${OPEN}`, { title: '中共某某市市场监督管理局党组关于巡察整改进展情况的通报', issuer: '中共某某市市场监督管理局党组' }],
  ['【整改情况通报】 tag, title without 的通报', `【整改情况通报】中共某某市中医医院党委关于巡察整改进展情况\n${OPEN}`, { title: '中共某某市中医医院党委关于巡察整改进展情况', issuer: '中共某某市中医医院党委' }],
  ['title over two lines after a breadcrumb', `首页 > 巡视巡察 > 整改公示\n中共某某县林业局党组关于十四届县委第五轮巡察\n整改进展情况的通报\n${OPEN}`, { title: '中共某某县林业局党组关于十四届县委第五轮巡察整改进展情况的通报', issuer: '中共某某县林业局党组' }],
  ['metadata on the title\'s own line', `中共某某县委关于巡视整改进展情况的通报 发布时间:2024-05-06 来源:某某县纪委监委\n2023年10月9日至12月8日,省委第五巡视组对某某县开展了巡视。`, { title: '中共某某县委关于巡视整改进展情况的通报', issuer: '中共某某县委', publishedDate: '2024-05-06' }],
  ['the title behind a long menu', `${Array.from({ length: 800 }, (_, i) => `栏目${i} 工作动态 通知公告`).join('\n')}\n中共某某县民政局党组关于巡察整改情况的通报\n${OPEN}`, { title: '中共某某县民政局党组关于巡察整改情况的通报', issuer: '中共某某县民政局党组', inspectedUnit: '县民政局党组' }],
  ['a section heading is not a title', `${OPEN}\n二、巡察反馈问题整改落实情况\n(一)关于“学习不深入”的问题。`, { title: null, issuer: null }],
];

const UNITS: Case[] = [
  ['(以下简称…) dropped from the unit', `2022年5月9日至6月30日,省委第三巡视组对某某投资集团有限公司党委(以下简称“某某集团党委”)开展了巡视。`, { inspectedUnit: '某某投资集团有限公司党委' }],
  ['(下文简称…) with full-width brackets', `2022年5月9日至6月30日,市委第一巡察组对市公共资源交易中心（下文简称交易中心）进行了巡察。`, { inspectedUnit: '市公共资源交易中心' }],
  ['我市 from the title\'s issuer', `中共某某市委关于巡视整改进展情况的通报\n2021年9月2日至9月30日,省委第九巡视组对我市进行了巡视。`, { inspectedUnit: '某某市' }],
  ['我县 from the feedback sentence, no title', `2017年7月5日至8月31日,省委第八巡视组对我县进行了巡视。2017年9月27日,省委巡视组向某某县委反馈了巡视意见。`, { inspectedUnit: '某某县', issuer: null }],
  ['我区 from a 委员会 in the signature', `2023年3月29日至6月16日,市委第一巡视组对我区进行了巡视。\n${CLOSE}\n中共某某市某某区委员会\n2023年12月1日`, { inspectedUnit: '某某市某某区' }],
  ['我乡 from the title', `中共某某乡委员会关于巡察整改情况的通报\n2024年3月4日至4月20日,县委第三巡察组对我乡开展了巡察。`, { inspectedUnit: '某某乡' }],
  ['我局 to the 党组 that issues the notice', `中共某某县财政局党组关于巡察整改情况的通报\n2024年3月4日至4月20日,县委第一巡察组对我局开展了巡察。`, { inspectedUnit: '中共某某县财政局党组' }],
  ['我单位 to the body the feedback went to', `2024年8月18日至9月14日,县委第二巡察组对我单位进行了巡察。10月24日,巡察组向中共某某县农业农村局党组反馈了巡察意见。`, { inspectedUnit: '中共某某县农业农村局党组' }],
  ['我院 to the hospital\'s party committee', `中共某某市人民医院委员会关于巡察整改进展情况的通报\n2023年6月1日至7月15日,市委第四巡察组对我院开展了巡察。`, { inspectedUnit: '中共某某市人民医院委员会' }],
  ['我委 to the commission\'s 党组', `中共某某市发展和改革委员会党组关于巡察整改情况的通报\n2023年6月1日至7月15日,市委第二巡察组对我委开展了巡察。`, { inspectedUnit: '中共某某市发展和改革委员会党组' }],
  ['我街道 from a 工作委员会 title', `中共某某街道工作委员会关于巡察整改情况的通报\n2024年3月4日至4月20日,区委第二巡察组对我街道开展了巡察。`, { inspectedUnit: '某某街道' }],
  ['我会 to the body the feedback went to', `2023年6月1日至7月15日,市委第五巡察组对我会开展了巡察。9月1日,巡察组向中共某某市红十字会党组反馈了巡察意见。`, { inspectedUnit: '中共某某市红十字会党组' }],
  ['我局党组 to the issuer', `中共某某区司法局党组关于巡察整改进展情况的通报\n2023年6月1日至7月15日,区委第一巡察组对我局党组开展了巡察。`, { inspectedUnit: '中共某某区司法局党组' }],
  ['a pronoun nothing resolves stays as written', `2023年6月1日至7月15日,县委第二巡察组对我镇开展了巡察。`, { inspectedUnit: '我镇' }],
];

const BODIES: Case[] = [
  ['机动巡察组', `2023年8月14日至9月22日,县委机动巡察组对县医疗保障局党组开展了机动巡察。11月3日反馈了巡察意见。`, { inspectionBody: '县委机动巡察组', inspectedUnit: '县医疗保障局党组', inspectionType: '巡察', feedbackDate: '2023-11-03' }],
  ['专项巡察组 with a theme', `市委乡村振兴专项巡察组于2022年5月9日至6月30日对市农业农村局党组开展了专项巡察。`, { inspectionBody: '市委乡村振兴专项巡察组', inspectionStart: '2022-05-09', inspectionEnd: '2022-06-30' }],
  ['a long quoted name', `2021年3月1日至4月30日,市委推进“放管服”改革、优化营商环境专项巡察组对市行政审批服务局进行了专项巡察。`, { inspectionBody: '市委推进“放管服”改革、优化营商环境专项巡察组', inspectedUnit: '市行政审批服务局' }],
  ['对村巡察第N组', `2024年4月1日至4月30日,县委对村巡察第三组对某某镇某某村党支部开展了巡察。`, { inspectionBody: '县委对村巡察第三组', inspectedUnit: '某某镇某某村党支部' }],
  ['a round without a group', `2022年3月至5月,市委第三轮巡察对市档案馆党组开展了常规巡察。`, { inspectionBody: '市委第三轮巡察', inspectedUnit: '市档案馆党组' }],
  ['a company\'s own inspection team', `根据集团党委统一部署,集团党委第一巡察组于2023年5月8日至6月20日对某某分公司党委开展了巡察。`, { inspectionBody: '集团党委第一巡察组', inspectedUnit: '某某分公司党委' }],
  ['a university\'s 校党委巡察组', `校党委巡察组于2022年10月10日至11月25日对学校后勤处直属党支部进行了专项巡察。`, { inspectionBody: '校党委巡察组', inspectionEnd: '2022-11-25' }],
  ['a sentence that names no body', `县委高度重视巡察组反馈的问题,逐条研究整改措施。`, { inspectionBody: null }],
  ['省委巡视组 without an ordinal', `省委巡视组于2021年4月6日至6月2日对某某大学党委开展了巡视。`, { inspectionBody: '省委巡视组', inspectedUnit: '某某大学党委', inspectionType: '巡视' }],
];

const DATES: Case[] = [
  ['a range across a year boundary, both years written', `2020年12月16日至2021年2月3日,市委第一巡察组对市林业局党组进行了巡察。2021年5月19日反馈了巡察意见。`, { inspectionStart: '2020-12-16', inspectionEnd: '2021-02-03', feedbackDate: '2021-05-19' }],
  ['起至', `2023年3月6日起至4月28日,区委第一巡察组对区城市管理局党组开展了巡察。`, { inspectionStart: '2023-03-06', inspectionEnd: '2023-04-28' }],
  ['至次年', `2020年12月16日至次年2月3日,市委第一巡察组对市林业局党组进行了巡察。`, { inspectionStart: '2020-12-16', inspectionEnd: '2021-02-03' }],
  ['至 a yearless date after a December start', `2022年12月5日至1月20日,县委第四巡察组对县统计局党组进行了巡察。3月2日,巡察组反馈了巡察意见。`, { inspectionStart: '2022-12-05', inspectionEnd: '2023-01-20', feedbackDate: '2023-03-02' }],
  ['年 and 月 dropped by the site: null, never guessed', `根据委统一部署,202442日至820日,县委第一巡察组对县中医医院党委开展了巡察。2024919日,县委第一巡察组反馈了巡察意见。`, { inspectionStart: null, inspectionEnd: null, feedbackDate: null, inspectionBody: '县委第一巡察组', inspectedUnit: '县中医医院党委' }],
  ['digits run together and the group number lost', `根据省委统一部署,202331531省委第巡视组对某某新区党工委进行了巡视2023726,省委巡视组新区党工委反馈了巡视意见`, { inspectionStart: null, inspectionEnd: null, feedbackDate: null, inspectionBody: null, inspectedUnit: '某某新区党工委' }],
  ['years kept, 年 and 月 dropped', `2019321日至2019521日,市委第三巡察组对市中医医院党委开展了巡察。201982日反馈了巡察意见。`, { inspectionStart: null, inspectionEnd: null, feedbackDate: null }],
];

/** Every Han character followed by a reading in brackets, as some mirrors print it. */
const withPinyin = (text: string) => text.replace(/[\u4e00-\u9fff]/g, (c) => `${c}(shì)`);

const MIRRORS: Case[] = [
  ['pinyin after every character', withPinyin(`中共某某县民政局党组关于巡察整改情况的通报\n发布时间:2024-08-01\n${OPEN}`), { title: '中共某某县民政局党组关于巡察整改情况的通报', inspectionBody: '县委第二巡察组', inspectedUnit: '县民政局党组', inspectionType: '巡察', inspectionStart: '2023-04-10', inspectionEnd: '2023-05-31', feedbackDate: '2023-07-05', publishedDate: '2024-08-01' }],
  ['pinyin after some traditional characters', `發(fā)布時間:2023-06-24\n根據省委統一部署,2022年8月下旬至9月底,省委第五巡視組對省衛(wèi)生健康委黨組開展了專項巡視。2022年11月9日,省委第五巡視組向省衛(wèi)生健康委黨組反饋了巡視意見。`, { inspectionType: '巡视', inspectionStart: null, feedbackDate: '2022-11-09', publishedDate: '2023-06-24', inspectedUnit: '省卫生健康委党组' }],
];

describe.each<[string, Case[]]>([
  ['metadata and date lines', METADATA],
  ['titles', TITLES],
  ['inspected units', UNITS],
  ['inspection bodies', BODIES],
  ['dates', DATES],
  ['mirrors with pinyin', MIRRORS],
])('notice fields: %s', (_kind, cases) => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(fields(text)).toMatchObject(expected);
  });
});

describe('stripPinyin', () => {
  it.each([
    ['衛(wèi)生(shēng)健(jiàn)康(kāng)委', '衛生健康委'],
    ['醫(yī)療器械(xiè)', '醫療器械'],
    ['读音(du2 yin1)标在后面', '读音标在后面'],
    ['全角括号（wèi）也去掉', '全角括号也去掉'],
    ['办法(试行)', '办法(试行)'],
    ['项目(PPP)', '项目(PPP)'],
    ['(一)关于', '(一)关于'],
    ['version (beta) 2', 'version (beta) 2'],
    ['没有注音', '没有注音'],
  ])('%s → %s', (text, want) => {
    expect(stripPinyin(text)).toBe(want);
  });
});
