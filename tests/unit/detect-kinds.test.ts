// Detection by kind of page, on short texts written here in the styles real pages show (no
// copied sentences): notices without a title, with the title over two lines, behind site
// chrome, announced in other words, inspected by teams without an ordinal, as traditional
// mirrors with pinyin after every character, or cut so that only the middle remains; and the
// near misses that share their words. Every kind has several phrasings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectionSchema } from '../../lib/contract';
import { detectionSignals, detectNotice, THRESHOLD } from '../../lib/detect/detect-notice';
import { WEIGHTS } from '../../lib/detect/weights';
import { foldText } from '../../lib/text/fold';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const detect = (text: string) => detectionSchema.parse(detectNotice(foldText(text)));

/** Every Han character followed by a reading in brackets, as some mirrors print it. */
function withPinyin(text: string): string {
  const syllables = ['wèi', 'shēng', 'jiàn', 'kāng', 'xún', 'shì', 'zhěng', 'gǎi', 'qíng', 'kuàng'];
  let i = 0;
  return text.replace(/[\u4e00-\u9fff]/g, (c) => `${c}(${syllables[i++ % syllables.length]})`);
}

const BODY = [
  '一、整改工作开展情况',
  '党组坚持把巡察整改作为重大政治任务,成立整改工作领导小组,制定整改方案,明确责任领导、责任科室和整改时限,建立整改台账,实行销号管理。',
  '二、巡察反馈问题整改落实情况',
  '(一)关于“理论学习不够深入”的问题。整改情况:修订党组理论学习中心组学习制度,已整改到位。',
  '(二)关于“财务管理不规范”的问题。整改情况:对3名相关责任人进行了约谈,清退违规发放的补贴2.4万元,已完成整改。',
].join('\n');

const OPENING = '根据县委统一部署,2023年4月10日至5月31日,县委第二巡察组对县民政局党组开展了常规巡察。7月5日,巡察组向县民政局党组反馈了巡察意见。';

const POSITIVES: [string, string][] = [
  // No title line; the announcement worded otherwise.
  ['no title, 根据有关规定将…予以公布', `${OPENING}根据有关规定,将巡察整改进展情况予以公布。\n${BODY}`],
  ['no title, 整改落实情况予以公布', `2022年9月5日至10月28日,市委第四巡察组对市统计局党组进行了巡察。12月2日,市委第四巡察组向市统计局党组反馈了巡察意见。按照巡察工作有关要求,现将整改落实情况予以公布。\n${BODY}`],
  ['no title, 现将…向社会公开', `${OPENING}为进一步推进党务公开,现将巡察整改落实情况向社会公开,接受干部群众监督。\n${BODY}`],
  ['no title, 现将有关整改情况公布如下', `2021年10月12日至12月10日,区委第一巡察组对区文化和旅游局党组开展了巡察,并于2022年1月18日反馈了巡察意见。现将有关整改情况公布如下:\n${BODY}`],
  ['announced without 现将: 整改进展情况公布如下', `2024年3月4日至4月26日,区委第一巡察组对区卫生健康局党组开展了巡察,6月3日反馈了巡察意见。按照巡察工作有关要求,区卫生健康局党组巡察整改进展情况公布如下:\n${BODY}`],
  ['announced as 予以公示', `市委第二巡察组于2023年9月对市民政局党组开展了巡察,11月16日反馈了巡察意见。按照党务公开要求,现将巡察整改情况予以公示。\n${BODY}`],
  ['announced as 现将有关情况通报如下 after the feedback', `${OPENING}根据有关规定,现将有关情况通报如下:\n${BODY}`],
  // Title over two lines, neither half a title on its own.
  ['title over two lines', `中共某某县林业局党组关于十四届县委第五轮巡察\n整改进展情况的通报\n${OPENING}现将巡察整改进展情况予以公布。\n${BODY}`],
  ['organisation line, then 关于… title line', `中共某某镇委员会\n关于巡察整改情况的通报\n2024年3月4日至4月20日,县委第三巡察组对某某镇党委开展了巡察。5月30日反馈了巡察意见。\n${BODY}`],
  // Breadcrumb and metadata block before the text.
  ['breadcrumb, 来源, 发布时间, 浏览次数, 字号, 打印 关闭', `首页>工作动态>巡视巡察\n来源:某某县纪委监委 发布时间:2024-03-12 09:20:11 浏览次数:128\n字号:大 中 小 打印 关闭\n${OPENING}现将巡察整改情况予以公布。\n${BODY}\n【打印】【关闭】`],
  ['a long menu of links before the article', `${Array.from({ length: 800 }, (_, i) => `栏目${i} 工作动态 通知公告`).join('\n')}\n中共某某县民政局党组关于巡察整改情况的通报\n${OPENING}现将巡察整改情况予以公布。\n${BODY}`],
  ['a site menu naming other columns', `首页 要闻 图解 政策解读 审计监督 环保督察 工作总结 巡视巡察\n当前位置:首页>巡视巡察\n${OPENING}现将巡察整改情况予以公布。\n${BODY}`],
  ['information-disclosure table', `索引号:11410000-2024-00012 发布机构:中共某某县委 成文日期:2024-06-20\n标 题:中共某某县委关于巡视整改进展情况的通报\n发布日期:2024-06-21\n根据省委统一部署,2023年10月9日至12月8日,省委第五巡视组对某某县开展了巡视。2024年1月15日,省委巡视组向某某县委反馈了巡视意见。现将巡视整改进展情况予以公布。\n${BODY}`],
  // Inspection teams without an ordinal.
  ['机动巡察组', `2023年8月14日至9月22日,县委机动巡察组对县医疗保障局党组开展了机动巡察。11月3日,机动巡察组向县医疗保障局党组反馈了巡察意见。现将整改进展情况予以公布。\n${BODY}`],
  ['专项巡察组', `根据市委安排,市委乡村振兴专项巡察组于2022年5月9日至6月30日对市农业农村局党组开展了专项巡察,8月12日反馈了巡察意见。根据规定,现将专项巡察整改情况予以公布。\n${BODY}`],
  ['对村巡察第N组', `2024年4月1日至4月30日,县委对村巡察第三组对某某镇某某村党支部开展了巡察。6月5日,巡察组向村党支部反馈了巡察意见。现将巡察整改情况公布如下。\n${BODY}`],
  ['N个巡察组, 我乡', `2023年3月至5月,县委3个巡察组对我乡及所辖12个村党组织开展了巡察。6月20日,县委巡察组向乡党委反馈了巡察意见。现将巡察整改情况予以公布。\n${BODY}`],
  ['省委巡视组, 我厅', `根据省委统一部署,省委巡视组于2021年4月至6月对我厅开展了巡视,7月29日反馈了巡视意见。现将巡视整改情况予以公布。\n${BODY.replace(/巡察/g, '巡视')}`],
  ['a round without a group: 市委第三轮巡察', `2022年3月至5月,市委第三轮巡察对我局开展了常规巡察,巡察组于7月8日向局党组反馈了巡察意见。按照要求,现将巡察整改进展情况予以公开。\n${BODY}`],
  // Traditional-character mirrors.
  ['traditional mirror, no title', toTraditional(`${OPENING}现将巡察整改进展情况予以公布。\n${BODY}`)],
  ['traditional with pinyin after every character', withPinyin(toTraditional(`省委第五巡视组对省卫生健康委党组开展了巡视。2022年11月9日,巡视组反馈了巡视意见。现将巡视整改进展情况予以公布。\n${BODY.replace(/巡察/g, '巡视')}`))],
  ['simplified with pinyin after every character, under a headline', `首页 > 行业新闻\n湖北某某委通报巡视整改进展\n发布时间:2023-06-24\n${withPinyin(`根据省委统一部署,省委第二巡视组对省交通运输厅党组开展了巡视,并反馈了巡视意见。按照巡视工作有关要求,现将集中整改进展情况予以公布。\n${BODY.replace(/巡察/g, '巡视')}`)}`],
  // Fragments that start mid-way: no opening, no title, no closing.
  ['fragment: per-problem 整改情况 sections with sanctions', `(三)关于“落实意识形态工作责任制不到位”的问题\n整改情况:一是局党组专题研究意识形态工作,制定责任清单;二是开展专题培训2次,已整改到位。\n(四)关于“违规发放津补贴”的问题\n整改情况:对巡察反馈的问题逐项核查,清退违规发放的津补贴3.6万元,对2名相关责任人进行诫勉谈话,已完成整改。\n(五)关于“选人用人不规范”的问题\n整改情况:修订完善干部选拔任用工作制度3项,对巡察指出的问题立行立改,已整改到位。\n三、下一步工作打算\n局党组将持续巩固巡察整改成果,对已完成的整改事项适时开展“回头看”。`],
  ['fragment: totals of the rectification', `……截至目前,巡视反馈的36个问题已完成整改31个,其余5个正在按计划推进。在巡视整改中,给予党纪政务处分7人,诫勉4人,组织处理3人;建立完善制度21项,清退违规资金58.3万元。县委将坚持目标不变、标准不降、力度不减,持续抓好巡视整改后续工作,对巡视反馈问题整改情况开展“回头看”。\n二、巡视反馈意见整改落实情况\n1.关于“贯彻落实中央决策部署不够有力”的问题。整改情况:县委常委会专题研究,制定整改措施9条,已整改到位。`],
  ['fragment naming 严重违纪违法 cases', `针对巡视反馈的“基层腐败问题多发”问题,立案查处严重违纪违法案件5件5人,给予党纪政务处分7人,诫勉3人,已整改到位。针对巡视反馈的“工程项目监管不严”问题,追回资金86万元,已完成整改。针对巡视组移交的信访件12件,已办结10件,正在办理2件。`],
  ['notice naming the 巡察反馈情况 it rectifies', `${OPENING}现将巡察整改情况予以公布。\n一、整改工作开展情况\n局党组对照巡察反馈情况,逐条制定整改措施,明确整改时限和责任人。`],
  ['fragment with rhetorical 必须', `我们必须把巡察整改作为重大政治任务,必须坚持问题导向,必须做到件件有着落。针对巡察反馈的“制度执行不严”问题,修订制度4项,已整改到位;针对巡察反馈的“档案管理不规范”问题,已完成整改;针对巡察组移交的问题线索1件,已办结。(二)关于“作风建设不够扎实”的问题\n整改情况:开展作风专项整治,已整改到位。\n(三)关于“资产管理不规范”的问题\n整改情况:清理资产台账,正在整改。`],
  ['fragment: 整改进展 of feedback items, 我局', `二是针对巡察反馈的“内部控制制度不健全”问题,我局修订完善财务管理、合同管理等制度6项,已完成整改。三是针对巡察反馈的“项目资金监管不力”问题,对相关科室负责人进行提醒谈话2人,追回资金12.5万元,整改到位。四是针对巡察组移交的问题线索2件,已办结1件,正在办理1件。下一步,我局将持续推进巡察反馈问题整改,确保件件有着落、事事有回音。`],
];

const NEGATIVES: [string, string][] = [
  // Work rules and rules on publishing notices.
  ['巡察工作规定 with articles', `中共某某县委巡察工作规定\n第一章 总则\n第一条 为加强党内监督,规范巡察工作,根据有关规定,制定本规定。\n第二条 县委建立巡察制度,设立巡察组。\n第三条 巡察组对被巡察党组织开展巡察,发现问题及时反馈。\n第四条 被巡察党组织应当在收到反馈意见后两个月内报送整改情况报告,并将整改进展情况予以公布。`],
  ['巡察整改工作办法 without articles', `某某市巡察整改工作办法(试行)\n一、被巡察党组织是巡察整改的责任主体,应当在巡察反馈后30日内制定整改方案。\n二、被巡察党组织应当在集中整改期满后,将巡察整改进展情况向社会公开,接受干部群众监督。\n三、巡察办应当会同纪委监委、组织部对整改情况进行督查,对整改不力的应当严肃问责。\n四、本办法自印发之日起施行。`],
  ['rules on publishing rectification notices', `关于做好巡视巡察整改情况公开工作的通知\n各乡镇党委、县直各单位党组(党委):\n为推动巡视巡察整改落到实处,现就整改情况公开工作通知如下:\n一、公开内容。被巡视巡察党组织应当将整改进展情况、整改措施和问责情况向社会公布。\n二、公开时限。集中整改期满后一个月内公开。\n三、公开方式。通过门户网站、公开栏等方式公开,不得以内部通报代替公开。`],
  // A commission's statistics.
  ['a commission\'s annual statistics', `2023年,全县纪检监察机关共受理信访举报586件,处置问题线索412件,立案187件,给予党纪政务处分165人,同比增长12.3%。其中,通过巡察移交问题线索立案23件,占12.3%。县纪委监委持续深化巡察成果运用,推动巡察整改与日常监督贯通融合。`],
  // Audit and environmental rectification.
  ['audit rectification report', `关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告\n县人大常委会:\n受县政府委托,现将2023年度县本级预算执行审计查出问题的整改情况报告如下:\n一、审计整改工作总体情况\n县政府认真落实审计整改主体责任,县委巡察组将审计整改情况纳入巡察监督内容。截至目前,审计查出的46个问题已整改41个,整改率89.1%,追回资金326万元,问责4人。`],
  ['中央环保督察 rectification', `中央第三生态环境保护督察组于2023年11月进驻我市开展督察,期间交办群众信访举报件312件。现将督察交办件整改情况予以公开:已办结289件,阶段性办结23件;责令整改企业146家,立案处罚37家,罚款268万元,约谈11人,问责9人。全市将持续推进督察整改,确保整改到位。`],
  // News.
  ['news with round totals', `本报讯(记者 王某)记者从省委巡视办获悉,十二届省委第三轮巡视的28个被巡视党组织日前集中公布了巡视整改进展情况。据统计,各被巡视党组织共整改问题1126个,给予党纪政务处分213人,诫勉97人,建立完善制度645项。省委巡视办有关负责同志表示,将加强整改日常监督。`],
  ['news about one notice', `近日,某某市委在市纪委监委网站通报了巡视整改进展情况。通报显示,省委第六巡视组反馈的52个问题已整改完成47个,给予党纪政务处分18人。通报称,市委将持续推进巡视整改,对整改不力的严肃问责。据了解,这是该市首次集中公布巡视整改情况。`],
  ['news quoting a notice\'s opening and announcement', `日前,某某县委在县政府门户网站公布了巡察整改进展情况。通报显示,2023年4月10日至5月31日,县委第二巡察组对县水利局党组开展了巡察,7月5日反馈了巡察意见。按照要求,现将巡察整改进展情况予以公布。通报称,巡察反馈的18个问题已整改到位15个,给予党纪政务处分2人,诫勉3人。据了解,该县已有12个单位公开整改情况。`],
  ['audit report that names the inspections', `某某县审计局关于审计查出问题整改情况的报告\n现就2023年度审计查出问题的整改情况报告如下:审计查出问题46个,已整改到位41个,正在整改5个。县委巡察组将审计整改纳入巡察监督,巡视巡察反馈的审计问题同步整改,审计发现的问题线索已移交县纪委监委。追回资金326万元,问责4人。`],
  ['news of a rectification supervision', `为压实巡察整改责任,2024年6月,县委巡察办联合县纪委监委、县委组织部组成督查组,对县委第六轮巡察的被巡察单位开展整改专项督查。督查发现,部分单位存在整改不到位、整改台账不规范等问题23个。县委巡察工作领导小组对整改不力的4家单位负责人进行了约谈,要求限期整改。`],
  ['news about one unit\'s rectification', `某某县水利局:以巡察整改促工作提升\n近日,记者走进某某县水利局,了解该局巡察整改工作。据介绍,针对县委巡察组反馈的问题,该局建立整改台账,逐项销号,已整改到位12个,正在整改3个。针对巡察反馈的“项目管理不规范”问题,该局修订制度5项。局长表示,将持续巩固巡察整改成果。`],
  // A single disciplinary case; a policy explainer; a feedback disclosure; a list.
  ['single disciplinary case', `某某县交通运输局原局长李某某严重违纪违法被开除党籍\n经查,李某某违反中央八项规定精神,违规收受礼金;利用职务便利为他人谋取利益,收受财物。经县纪委常委会会议研究并报县委批准,决定给予李某某开除党籍处分,按规定取消其退休待遇;将其涉嫌犯罪问题移送检察机关依法审查起诉。该案线索系县委巡察组移交。`],
  ['policy explainer in questions', `巡察整改“后半篇文章”怎么做?——政策解读\n问:什么是巡察整改?\n答:巡察整改是被巡察党组织针对巡察反馈问题进行的整改,是巡察工作的重要环节。\n问:整改情况要公开吗?\n答:按照规定,被巡察党组织应当将巡察整改情况向社会公开,接受监督。\n问:整改不力怎么办?\n答:对整改不力、敷衍整改的,将严肃追责问责。`],
  ['巡察反馈 disclosure without rectification', `按照县委统一部署,2024年5月至7月,县委4个巡察组对县水利局等8个单位党组织开展了常规巡察。近日,巡察组分别向被巡察党组织反馈了巡察意见。现将巡察反馈意见向社会公开:\n一、县水利局党组存在的主要问题:落实上级决策部署有差距;项目管理不规范;干部队伍建设薄弱。\n二、县医保局党组存在的主要问题:基金监管不够严格;内控制度不健全。`],
  ['list of links to notices', `巡视巡察整改公示\n中共某某县委关于巡视整改进展情况的通报 2024-06-21\n县民政局党组关于巡察整改情况的通报 2024-05-30\n县水利局党组关于巡察整改进展情况的通报 2024-05-28\n某某镇党委关于巡察整改情况的通报 2024-05-20\n县医保局党组关于巡察整改情况的通报 2024-05-18\n县教育局党组关于巡察整改进展情况的通报 2024-05-10\n共6条 首页 上一页 下一页 尾页`],
];

describe('notices of every kind are recognised', () => {
  it.each(POSITIVES)('%s', (_kind, text) => {
    const d = detect(text);
    expect(d.isNotice, d.reasons.join('; ')).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('near misses that share their words are not', () => {
  it.each(NEGATIVES)('%s', (_kind, text) => {
    const d = detect(text);
    expect(d.isNotice, d.reasons.join('; ')).toBe(false);
    expect(d.score).toBeLessThan(THRESHOLD);
  });
});

describe('every named signal', () => {
  const NEAR = resolve(__dirname, '../fixtures/near-misses');
  const SEEDS = resolve(__dirname, '../../../shared/fixtures');
  const files = [
    ...readdirSync(NEAR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(NEAR, f), 'utf8')),
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')),
  ];
  const texts = [...POSITIVES, ...NEGATIVES].map(([, t]) => t).concat(files);
  const fired = new Map<string, number>();
  for (const t of texts) {
    const { positive, negative } = detectionSignals(foldText(t));
    for (const s of [...positive, ...negative]) fired.set(s.name, (fired.get(s.name) ?? 0) + 1);
  }

  it.each(Object.keys(WEIGHTS))('%s fires on its own examples', (name) => {
    expect(fired.get(name) ?? 0).toBeGreaterThan(0);
  });

  it('keeps every score in [0, 1] with a readable reason per signal', () => {
    for (const t of texts) {
      const d = detect(t);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
      for (const r of d.reasons) expect(r.length).toBeGreaterThan(5);
    }
  });
});
