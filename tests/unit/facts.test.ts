// Table-driven tests of the fact patterns on short sentences written for the purpose (not the
// fixtures): each row is a sentence and the (code, value) pairs it must give, in order.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/facts/extract-facts';

function facts(text: string) {
  const folded = text.normalize('NFKC');
  const original = folded.length === text.length ? text : folded;
  return extractFacts(folded.length === text.length ? folded : original, original, []);
}
const pairs = (text: string) => facts(text).map((f) => `${f.code}=${f.value}`);

const CASES: [string, string, string[]][] = [
  // Sanctions: term + figure
  ['term then figure', '共立案审查调查15人，给予党纪政务处分12人，组织处理8人，诫勉谈话5人。', ['case_filed=15', 'discipline_total=12', 'organizational_handling=8', 'admonishment=5']],
  ['cases and people → people', '立案审查调查50件50人，移送检察机关2件2人。', ['case_filed=50', 'prosecution_transfer=2']],
  ['人次 kept', '约谈涉问题单位责任人16人次。', ['interview=16']],
  ['Chinese numerals', '给予党纪处分十三人，政务处分两人。', ['party_discipline=13', 'gov_sanction=2']],
  ['full-width digits', '诫勉４２人。', ['admonishment=42']],
  ['bare 处分 is the pooled total', '留置4人，处分11人，移送司法机关4人。', ['detention=4', 'discipline_total=11', 'prosecution_transfer=4']],
  ['主动投案', '主动投案5人。', ['voluntary_surrender=5']],
  // Figure before the term
  ['对N名…处理', '对21名相关人员已处理。', ['handled=21']],
  ['对N人开展', '对3人开展批评教育，对2人开展提醒谈话。', ['criticism_education=3', 'reminder_talk=2']],
  ['对N名…立案', '对5名区管干部立案审查调查，党纪政务处分4人。', ['case_filed=5', 'discipline_total=4']],
  ['units counted', '对2个单位进行通报批评。', ['circulated_criticism=2']],
  ['给予N人', '给予3人党纪处分。', ['party_discipline=3']],
  // 查处 / 查办
  ['查处…N起N人', '查处违反中央八项规定精神问题5起5人。', ['handled=5']],
  ['查处…问题N个', '共查处土地征收领域腐败和作风问题7个。', ['handled=7']],
  ['查处N起,处理N人 is one fact', '查处侵害群众利益问题8起，处理12人。', ['handled=12']],
  ['查处 of events is enforcement', '执法3030人次，查处违规事件187起。', []],
  ['查办 of criminal groups is police work', '共查办黑社会性质犯罪组织1个。', []],
  ['立案 governs a list', '立案涉黑涉恶腐败案件2件2人，保护伞案件2件2人，其他失职失责案件1件1人。', ['case_filed=2', 'case_filed=2', 'case_filed=1']],
  ['rank list is not a sanction list', '对21名相关人员已处理，涉及处级干部10人，科级干部5人。', ['handled=21']],
  ['administrative 立案', '处罚立案7起，批捕1人。', []],
  // Pooled
  ['pooled measures', '提醒谈话、批评教育、诫勉共26人。', ['handled=26']],
  ['pooled with 和', '批评教育和处理共19人。', ['handled=19']],
  ['各 gives each', '党内警告、党内严重警告各1人。', ['party_warning=1', 'party_serious_warning=1']],
  // Null-valued sanctions
  ['给予其…处分', '给予其党内严重警告处分。', ['party_serious_warning=null']],
  ['对当事人开展了谈话提醒', '区政府党组书记对当事人开展了谈话提醒并督促其完成补学。', ['reminder_talk=null']],
  ['duration is not a count', '已给予原一级科员刘某留党察看二年和撤职处分。', ['party_probation=null', 'gov_dismissal=null']],
  ['named people', '已对区科学技术局原调研员王某诫勉处理；已对原副部长柯某诫勉谈话。', ['admonishment=null', 'admonishment=null']],
  ['split 责令…检查', '已经责令集团党委书记书面检查。', ['ordered_review=null']],
  ['约谈 of persons', '集体约谈被检查单位班子成员。', ['interview=null']],
  ['units named', '对某街道进行通报批评。', ['circulated_criticism=null']],
  // Exclusions
  ['routine talks', '开展日常谈话提醒60人次，节前谈话提醒39场次，任前廉政谈话59人次，进行廉政风险集体提醒谈话。', []],
  ['policy statement', '对综合评价等次为“差”的，实行约谈提醒、限期整改。', []],
  ['conditional', '对整改不力的，将严肃追责问责；如有应付了事的，一律给予通报批评。', []],
  ['约谈 of matters', '已召开2次会议，约谈督办了电杆迁改等事项。', []],
  ['heading', '(一)党纪政务处分情况\n二是严肃查处问责。', []],
  ['title of a regulation', '学习《中国共产党组织处理规定(试行)》。', []],
  ['mechanisms', '已完善立案查处机制，建立督考问责等机制。', []],
  // Money
  ['refunded', '清退款项185.82万元，挽回其他经济损失1548.65万元。', ['money_refunded=1858200', 'money_recovered=15486500']],
  ['fined, approx', '累计罚款约76.54万元，追缴违纪资金3100余万元。', ['money_fined=765400', 'money_recovered=31000000']],
  ['seized', '查冻扣涉案资产2615.5万元。', ['money_seized=26155000']],
  ['confiscated gains are 罚没', '收缴违纪违法所得86.4万元，收缴违纪款项42万元。', ['money_fined=864000', 'money_recovered=420000']],
  ['分别 gives the figures in order', '处理31人，其中给予党纪处分、政务处分分别为17人、5人。', ['handled=31', 'party_discipline=17', 'gov_sanction=5']],
  ['a duration before 处分', '给予其留党察看一年处分。', ['party_probation=null']],
  ['an aside in brackets inside the object', '镇党委书记约谈村(社区)党组织书记14人次。', ['interview=14']],
  ['money as a hedged bare magnitude', '清退违规发放资金逾千万元，收回出租收益百余万元。', ['money_refunded=10000000', 'money_recovered=1000000']],
  ['等制度N项 after titles', '修订完善《县委常委会议事规则》等制度11项。', ['rules_made=11']],
  ['等制度N项 after a list', '完善财务管理、采购管理等制度14项。', ['rules_made=14']],
  ['责令 units counted', '责令2个单位作出书面检查。', ['ordered_review=2']],
  ['责令 with a counted object inside', '责令市直3个单位作出深刻检查。', ['ordered_review=3']],
  ['责令 a named unit', '责令区住建局党组作出书面检查。', ['ordered_review=null']],
  ['责令 a mixed list has no figure', '责令4个单位及街道时任分管领导作出深刻检查。', ['ordered_review=null']],
  ['责令 as a future rule', '对整改不力的，将责令相关单位作出书面检查。', []],
  ['1.1亿元', '挽回经济损失1.1亿元。', ['money_recovered=110000000']],
  ['economic sums are not money facts', '总投资约14.81亿元，实现总税收11.14亿元，兑现扶持资金共计13473.94万元，基金总规模达7亿元。', []],
  ['per-person rate', '清退每人500元，共计清退3.5万元。', ['money_refunded=35000']],
  // Counts
  ['feedback problems', '巡视组反馈巡视意见，指出了4个方面12项共35个问题。', ['problems_found=35']],
  ['具体问题', '围绕巡视反馈的12个问题子类、27个具体问题，细化制定了110条整改举措。', ['problems_found=27', 'measures=110']],
  ['self-found problems excluded', '对巡察发现的未整改到位的17个问题进行梳理，共发现5个问题，均已整改到位。', []],
  ['rectified', '完成问题整改30个，基本完成整改4个、未完成整改1个。', ['problems_rectified=30']],
  ['self-check rectified excluded', '印发自查自纠的通知，区政府党组等单位完成10个问题整改。', []],
  ['measures', '研究制定整改措施112项。', ['measures=112']],
  ['rules', '建立完善制度55项，建章立制42项，建立健全了37项工作制度和风险防控机制，防控制度28项。', ['rules_made=55', 'rules_made=42', 'rules_made=37', 'rules_made=28']],
  ['not rules', '修订完善主体责任清单措施213条，制定防控措施19条，自查涉企政策措施165条。', []],
  ['transferred petitions', '巡视组反馈巡视意见，移交涉及处、科级干部的信访件16件14人。', ['petitions=16']],
  ['transferred clues and status', '省委巡视组共向我区移交问题线索6条以及信访件65件次。问题线索方面，已办结6条。信访件方面，已办结63件，正在办理2件。', ['clues=6', 'petitions=65', 'clues=6', 'petitions=63', 'petitions=2']],
  ['items 项, 整改完成', '巡视反馈的23项问题已完成整改21项，4个方面38个问题已整改完成35个。', ['problems_found=23', 'problems_rectified=21', 'problems_found=38', 'problems_rectified=35']],
  ['own inspections excluded', '十届区委第三轮巡察共向12个被巡察单位反馈问题156个。', []],
  ['status in the same sentence', '省委巡视组移交的信访件32件，已办结30件，正在办理2件。', ['petitions=32', 'petitions=30', 'petitions=2']],
  ['police 查处 excluded', '共查处违法犯罪人员12人，查办涉黑涉恶腐败问题3起3人。', ['handled=3']],
  ['处理N件 is not a sanction', '受理群众来信来访56件，处理12件。', []],
  ['被 marks an applied sanction', '某村原党支部书记张某某严重违纪违法，被开除党籍。', ['party_expulsion=null']],
  ['a named list line: post, then the sanction alone', '赵某某，区住建局建管股原股长，免职。', ['organizational_handling=null']],
  ['移送…依法审查起诉 of a named person', '给予开除党籍处分，涉嫌犯罪问题移送检察机关依法审查起诉。', ['party_expulsion=null', 'prosecution_transfer=null']],
  ['second item of a list shares the sanction (units, people)', '共问责党组织3个、党员干部42名。', ['accountability=3', 'accountability=42']],
  ['second item of a list shares the verb', '对2名干部予以免职、1名干部降职。', ['organizational_handling=2', 'organizational_handling=1']],
  ['two counted objects before one term', '对3个单位、5名干部进行约谈。', ['interview=3', 'interview=5']],
  ['追究…责任N人', '追究相关责任人员责任6人。', ['accountability=6']],
  ['追究责任 as a warning is not a fact', '对整改不力的，将严肃追究相关人员责任。', []],
  ['查封扣押冻结 is seized', '查封扣押冻结涉案资产4.6亿元。', ['money_seized=460000000']],
  ['restated feedback problems (same number)', '巡视反馈问题14项。截至目前，14项问题中已完成整改11项。', ['problems_found=14', 'problems_found=14', 'problems_rectified=11']],
  ['remainder after rectified is not problems_found', '巡察反馈的19个问题，已完成整改16个，3个问题正在持续推进。', ['problems_found=19', 'problems_rectified=16']],
  ['其余N件正在办理 is a status part', '省委巡视组移交问题线索46件，已办结41件，其余5件正在办理中。', ['clues=46', 'clues=41', 'clues=5']],
  ['slogan 一起 is not one case', '发现一起、查处一起。', []],
  ['收缴违纪款项', '收缴违纪款项42万元。', ['money_recovered=420000']],
  ['problems restated with no feedback context are not problems_found', '区委开展专项治理。截至目前，12个问题中已整改到位10个。', ['problems_rectified=10']],
  ['处理 with a people noun before the figure', '运用“四种形态”处理干部236人次。', ['handled=236']],
  ['pooled 批评教育和处理 with a people noun', '批评教育和处理党员干部1,236人次。', ['handled=1236']],
  ['pooled with 和, figure before', '对21名干部进行提醒谈话和批评教育。', ['handled=21']],
  ['subject counted before 主动投案', '2名公职人员主动投案。', ['voluntary_surrender=2']],
  ['处分 with a people noun', '立案审查11件11人，处分干部9人。', ['case_filed=11', 'discipline_total=9']],
  ['个 counting officials through their unit', '对3个社区党委书记进行约谈提醒。', ['interview=3']],
  ['long object before the figure', '对闽侯县政协原主席陈某等12名在巡视期间仍违规接受宴请的公职人员作出严肃处理。', ['handled=12']],
  ['受到 marks an applied sanction', '张某受到批评教育处理；赵某受到政务警告处分。', ['criticism_education=null', 'gov_warning=null']],
  ['modifier before the count', '对履职不力的1名干部给予政务警告处分，严肃问责领导干部5人。', ['gov_warning=1', 'accountability=5']],
  ['免职 applied', '对直接责任人免职。', ['organizational_handling=null']],
  ['rules of a mechanism are not sanctions', '已建立健全约谈提醒、函询诫勉等制度；对苗头性问题及时进行谈话提醒。', []],
  ['money verbs', '收缴违纪款项5.6万元，责令退还违规发放的津补贴12万元，追回资金100万元以上。', ['money_recovered=56000', 'money_refunded=120000', 'money_recovered=1000000']],
  ['rules made', '新建制度15项，修订完善制度23项。', ['rules_made=15', 'rules_made=23']],
  ['zero is a figure', '给予政务处分0人；诫勉0人。', ['gov_sanction=0', 'admonishment=0']],
  ['number before the transferred item', '巡视组移交的12件问题线索和35件信访件已全部办结。', ['clues=12', 'petitions=35']],
  ['suffixes after a term', '采取留置措施3人，移送检察机关审查起诉2人，问责处理5人。', ['detention=3', 'prosecution_transfer=2', 'accountability=5']],
  ['rules with a companion noun', '建立完善制度机制47项，新建制度文件12个。', ['rules_made=47', 'rules_made=12']],
  ['parts before their total', '给予党内警告3人，党内严重警告2人，共计党纪处分5人。', ['party_warning=3', 'party_serious_warning=2', 'party_discipline=5']],
  ['administrative 立案查处', '市场监管部门立案查处违法案件56起，区纪委立案查处违纪案件5件5人。', ['case_filed=5']],
  ['fiscal 收回 is not a recovery', '盘活收回存量资金2.1亿元，收回本金10万元。', ['money_recovered=100000']],
  ['N人受到', '共有12人受到党纪处分，3名干部被免职。', ['party_discipline=12', 'organizational_handling=3']],
  ['general clue workload excluded', '今年以来办理问题线索89条，受理各类线索46条。', []],
];

describe('extractFacts on short sentences', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    expect(pairs(text)).toEqual(want);
  });
});

describe('fact fields', () => {
  it('quote is the original slice and units follow the contract', () => {
    const text = '在巡视整改工作中，给予党纪处分42人（党内警告28人，严重警告8人）；清退款项3100余万元。\n一、关于问题的整改情况\n诫勉16人。';
    const fs = facts(text);
    for (const f of fs) expect(f.quote).toBe(text.slice(f.start, f.end));
    expect(fs.map((f) => [f.code, f.unit, f.parent, f.headline, f.approx])).toEqual([
      ['party_discipline', '人', null, true, false],
      ['party_warning', '人', 'party_discipline', true, false],
      ['party_serious_warning', '人', 'party_discipline', true, false],
      ['money_refunded', '元', null, true, true],
      ['admonishment', '人', null, false, false],
    ]);
  });

  it('警告 and 开除 take their code from the breakdown', () => {
    const got = facts('给予党纪处分5人(警告3人,开除2人);政务处分4人(警告1人,开除3人)。').map((f) => `${f.code}<${f.parent}`);
    expect(got).toEqual([
      'party_discipline<null', 'party_warning<party_discipline', 'party_expulsion<party_discipline',
      'gov_sanction<null', 'gov_warning<gov_sanction', 'gov_expulsion<gov_sanction',
    ]);
  });

  it('其中 and 含 link parts; plain sequences do not', () => {
    const got = facts('对21名相关人员已处理;其中立案6人(含已党纪政务处分1人),批评教育15人。党纪政务立案7人,留置3人。')
      .map((f) => `${f.code}=${f.value}<${f.parent}`);
    expect(got).toEqual([
      'handled=21<null', 'case_filed=6<handled', 'discipline_total=1<case_filed', 'criticism_education=15<handled',
      'case_filed=7<null', 'detention=3<null',
    ]);
  });

  it('headline: facts before the first numbered section, else the first paragraph with figures', () => {
    const sectioned = facts('反馈问题27个。\n给予党纪处分4人，诫勉2人。\n一、整改情况\n诫勉1人。');
    expect(sectioned.map((f) => f.headline)).toEqual([true, true, true, false]);
    const plain = facts('巡视组反馈了意见。\n给予党纪处分4人，诫勉2人。\n另对1人进行诫勉谈话。');
    expect(plain.map((f) => f.headline)).toEqual([true, true, false]);
  });

  it('works on traditional characters through the folding', async () => {
    const { foldText } = await import('../../lib/text/fold');
    const text = '給予黨紀處分42人（黨內警告28人，嚴重警告14人）；清退款項185.82萬元。';
    const fs = extractFacts(foldText(text), text, []);
    expect(fs.map((f) => `${f.code}=${f.value}`)).toEqual([
      'party_discipline=42', 'party_warning=28', 'party_serious_warning=14', 'money_refunded=1858200',
    ]);
    expect(fs[0].quote).toBe('黨紀處分42人');
    expect(fs[0].label).toBe('党纪处分');
  });

  it('null-valued facts have null unit', () => {
    const [f] = facts('给予其党内严重警告处分。');
    expect(f).toMatchObject({ value: null, unit: null, approx: false, label: '党内严重警告' });
  });

  it('never throws and returns [] on empty or odd input', () => {
    expect(extractFacts('', '', [])).toEqual([]);
    expect(() => extractFacts('((((((处分'.repeat(1000), '((((((处分'.repeat(1000), [])).not.toThrow();
  });
});
