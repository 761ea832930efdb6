// The kinds of failure found on real notices (issue 6), each in several phrasings written for this
// test (never copied from a notice): the (code=value) pairs each sentence must give, in order.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { computeChecks } from '../../lib/facts/compute-checks';
import { extractFacts } from '../../lib/facts/extract-facts';
import { foldText } from '../../lib/text/fold';

const pairs = (text: string) => extractFacts(foldText(text), text, []).map((f) => `${f.code}=${f.value}`);

const CASES: [string, string, string[]][] = [
  // Problems found with other verbs, and the finest count (rules 18)
  ['巡视组发现', '省委第三巡视组巡视发现的3个方面12个问题，已全部完成整改。', ['problems_found=12']],
  ['市委巡察发现', '针对市委第二巡察组巡察发现的4个方面21个问题，逐项制定方案。', ['problems_found=21']],
  ['梳理出问题N个', '对照巡视反馈意见，梳理出问题23个，制定整改措施86条。', ['problems_found=23', 'measures=86']],
  ['剖析出具体问题', '针对巡察反馈的5个方面18项问题，剖析出具体问题41个。', ['problems_found=41']],
  ['细化为 after a comma', '巡视组反馈了3个方面14个问题，细化为52个具体问题。', ['problems_found=52']],
  ['two problem counts in two sentences stay', '巡视组反馈问题14个。整改中又细化为52个具体问题。', ['problems_found=14', 'problems_found=52']],
  ['细化为具体问题', '将巡视反馈问题细化为45个具体问题，逐一明确责任。', ['problems_found=45']],
  ['大项/小项', '将巡视整改问题分解为6方面19个大项44个小项问题。', ['problems_found=44']],
  ['突出问题、具体表现', '反馈了3个方面、9个突出问题、27项具体表现。', ['problems_found=27']],
  ['N项问题M项具体问题', '巡视组反馈了四方面15项问题38项具体问题表现。', ['problems_found=38']],
  ['feedback items', '县委常委领办31条巡视反馈意见，逐条销号。', ['problems_found=31']],
  ['feedback items after 反馈的', '对巡察反馈的12条意见全部制定整改方案。', ['problems_found=12']],
  ['suggestions are not problems', '巡视组提出意见建议4条。', []],
  ['own 巡察 findings', '对巡察发现的未整改到位的9个问题进行梳理，共发现5个问题，均已整改到位。', []],
  ['own rounds', '对十届区委第三轮巡察发现的11个问题进行核查。', []],
  // Boilerplate 一 (rule 19)
  ['每一个问题', '对巡察反馈的每一个问题都建立台账，确保每一项整改措施落实到位。', []],
  ['一项…一项', '整改一项、销号一项，做到一个不落。', []],
  // Partial completion (rule 17)
  ['阶段性完成', '截至目前，已完成整改40个，阶段性完成5个，基本完成3个。', ['problems_rectified=40']],
  ['阶段性完成整改', '阶段性完成整改12个问题，持续整改2个。', []],
  ['初步完成整改', '初步完成整改7个，其余正在推进。', []],
  // Measures and rules with modifiers
  ['具体措施', '细化为171条具体措施。', ['measures=171']],
  ['制定…的机制制度', '共制定完善干部管理、资金使用等方面的机制制度26项。', ['rules_made=26']],
  ['制度机制', '建立健全党委议事决策的制度机制15项。', ['rules_made=15']],
  // Money far from its verb (rule 21)
  ['追回…,共计', '追回违规发放的津补贴，共计8.6万元。', ['money_recovered=86000']],
  ['清退…,合计', '清退违规报销费用，合计12.3万元。', ['money_refunded=123000']],
  ['收缴…,金额', '收缴违规收取的管理费，涉及金额共计3.2万元。', ['money_recovered=32000']],
  // Transferred petitions (rule 10)
  ['转交', '市委巡察组转交的35件信访件已全部办结。', ['petitions=35']],
  ['转办', '省委巡视组转办信访件28件，已办结26件。', ['petitions=28', 'petitions=26']],
  // Sanctions without a number, applied (rules 8, 23)
  ['作出处理', '并对相关责任人员作出严肃处理。', ['handled=null']],
  ['作出相应处理', '已对涉及的党员干部作出相应处理。', ['handled=null']],
  ['进行问责', '对相关单位党组织进行问责。', ['accountability=null']],
  ['责令…作出深刻检查', '责令相关单位主要负责人作出深刻检查。', ['ordered_review=null']],
  ['进行约谈', '对相关负责人进行约谈。', ['interview=null']],
  ['予以通报批评', '对该局予以通报批评。', ['circulated_criticism=null']],
  ['weak grade made whole by 处分', '给予副局长李某某警告处分，给予周某某降级处分。', ['gov_warning=null', 'gov_demotion=null']],
  ['责成…检查', '责成该中心主任作出书面检查。', ['ordered_review=null']],
  ['采取留置措施', '区纪委监委对原主任赵某某立案审查调查，并采取留置措施。', ['case_filed=null', 'detention=null']],
  ['将其…移送', '给予钱某某开除党籍处分，将其涉嫌犯罪问题移送检察机关依法审查起诉。', ['party_expulsion=null', 'prosecution_transfer=null']],
  ['追究了…责任', '追究了相关人员的责任。', ['accountability=null']],
  ['已追究…责任', '已严肃追究相关单位负责人的领导责任。', ['accountability=null']],
  ['future 将追究 is no fact', '对整改不力的，将追究相关人员责任。', []],
  ['policy is no fact', '对巡视反馈的问题，将严肃追究相关人员责任，对整改不力的作出严肃处理。', []],
  // Pooled and listed measures (rule 4)
  ['等处理 pools the list', '给予诫勉谈话、批评教育等处理12人。', ['handled=12']],
  ['pooled over counted people', '共对24名党员干部进行了提醒谈话、批评教育或诫勉谈话。', ['handled=24']],
  ['分别给予', '对5名干部分别给予诫勉谈话、批评教育。', ['handled=5']],
  ['units and people listed', '对2个单位、7名个人进行通报批评。', ['circulated_criticism=2', 'circulated_criticism=7']],
  // Aliases
  ['责令辞职', '组织处理4人（责令辞职1人，免职3人）。', ['organizational_handling=4', 'organizational_handling=1', 'organizational_handling=3']],
  ['引咎辞职', '引咎辞职2人。', ['organizational_handling=2']],
  // 双重处分 is an overlap, not a sanction
  ['双重处分', '给予党纪政务处分25人（其中双重处分3人），党纪处分18人，政务处分10人。', ['discipline_total=25', 'party_discipline=18', 'gov_sanction=10']],
];

describe('facts on the kinds real notices showed', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    expect(pairs(text)).toEqual(want);
  });
});

const CHECKS: [string, string, { ok: boolean; partial?: boolean }[]][] = [
  ['其中 naming only some grades is partial', '给予党纪处分12人，其中党内警告5人，严重警告3人。', [{ ok: false, partial: true }]],
  ['含 one grade is partial', '处分9人（含留党察看2人）。', [{ ok: false, partial: true }]],
  ['an uncoded 其他 part is partial', '组织处理5人（责令辞职2人，免职1人，其他2人）。', [{ ok: false, partial: true }]],
  ['a complete parenthesis that does not add up is a mismatch', '给予党纪处分10人（党内警告5人，严重警告3人）。', [{ ok: false }]],
  ['parts over the total are a mismatch even after 其中', '给予党纪处分6人，其中党内警告5人，严重警告3人。', [{ ok: false }]],
  ['an exact breakdown is ok', '给予党纪处分8人（党内警告5人，严重警告3人）。', [{ ok: true }]],
  ['a restated breakdown is one check', '给予党纪处分10人（党内警告5人，严重警告3人）。\n二、…给予党纪处分10人（党内警告5人，严重警告3人）。', [{ ok: false }]],
];

describe('checks say mismatch only where the breakdown claims to be complete', () => {
  it.each(CHECKS)('%s', (_name, text, want) => {
    const folded = foldText(text);
    const checks = computeChecks(extractFacts(folded, text, []), folded);
    expect(checks.map(({ ok, partial }) => (partial ? { ok, partial } : { ok }))).toEqual(want);
  });
});

describe('pages that print pinyin after each character', () => {
  const NOTICE = '中共某县委关于巡察整改情况的通报\n根据县委统一部署，县委第一巡察组对某局开展了巡察。现将巡察整改情况予以公布。\n';
  const annotate = (s: string) => s.replace(/[给予党纪处分诫勉谈话清退款项万元人]/g, (c) => `${c}(${'xyz'.slice(0, 1 + (c.charCodeAt(0) % 3))})`);
  it.each([
    ['给予党纪处分12人，诫勉谈话3人。', ['party_discipline=12', 'admonishment=3']],
    ['清退款项18.5万元。', ['money_refunded=185000']],
  ])('%s', (body, want) => {
    const text = NOTICE + annotate(body);
    const out = extract(text);
    expect(out.facts.map((f) => `${f.code}=${f.value}`)).toEqual(want);
    for (const x of [...out.facts, ...out.numbers]) expect(text.slice(x.start, x.end)).toBe(x.quote);
    // The quote starts and ends on the characters, never inside an annotation.
    for (const f of out.facts) expect(f.quote).toMatch(/^[^(].*[^)]$/u);
  });
});
