// The one vocabulary of Rectify Lens: every code of the contract (../shared/spec/extraction.md),
// its canonical simplified label, its English label, the aliases the patterns match, and the
// behaviour flags the parsers and refiners obey (which aliases need a figure, which terms take an
// object, which may be pooled…). Patterns, UI labels and CSV columns all read this table; never
// spell a term or its behaviour elsewhere.
// Aliases are simplified Chinese: traditional text is folded to simplified before matching
// (lib/text/fold.ts), so one alias covers both scripts.

export type FactKind = 'sanction' | 'money' | 'count';

export interface Term {
  readonly code: string;
  readonly kind: FactKind;
  /** Canonical simplified label, printed in `label`. */
  readonly label: string;
  /** Traditional form of the label, for the UI on traditional pages. */
  readonly labelTraditional: string;
  readonly labelEn: string;
  /** Chinese surface forms (simplified) that name this term. The label itself is implied. */
  readonly aliases: readonly string[];
  /** English surface forms (lower case) as a browser's machine translation writes them. */
  readonly aliasesEn: readonly string[];
  /** Shown in the popup's headline figures and the notices CSV. */
  readonly headline: boolean;
  readonly behaviour: Behaviour;
}

/** How the parsers treat a term (lib/facts/parsers). Absent flags are false / empty. */
export interface Behaviour {
  /** Aliases too common to stand without a figure: no null-valued fact from them (处理, 立案). */
  readonly weak?: readonly string[];
  /** Aliases whose figure must count people (处理12件 is paperwork, 处理12人 a sanction). */
  readonly peopleOnly?: readonly string[];
  /** Takes an object before its figure (查处X问题N起, 约谈X责任人N人次). */
  readonly takesObject?: boolean;
  /** A milder measure that may share one figure with others (提醒谈话、批评教育共26人 → handled). */
  readonly poolable?: boolean;
  /** Never a fact without a figure (a bare 处理/问责 is a heading or a policy). */
  readonly neverNull?: boolean;
  /** Its subject is the people counted, with no verb between (2名公职人员主动投案). */
  readonly actor?: boolean;
  /** The code it takes inside a 党纪处分 breakdown (警告 → 党内警告). */
  readonly partyGrade?: string;
}

const BEHAVIOUR: Record<string, Behaviour> = {
  discipline_total: { weak: ['处分'], takesObject: true, neverNull: true },
  gov_warning: { weak: ['警告'], partyGrade: 'party_warning' },
  gov_demotion: { weak: ['降级'] },
  gov_expulsion: { weak: ['开除'], partyGrade: 'party_expulsion' },
  organizational_handling: { weak: ['组织调整'], poolable: true },
  admonishment: { poolable: true },
  criticism_education: { poolable: true },
  reminder_talk: { poolable: true },
  ordered_review: { poolable: true },
  circulated_criticism: { takesObject: true, poolable: true },
  interview: { takesObject: true, poolable: true },
  accountability: { weak: ['问责', '追责问责'], takesObject: true, neverNull: true },
  handled: { weak: ['处理', '查处', '查办', '处置'], peopleOnly: ['处理', '处置'], takesObject: true, neverNull: true, poolable: true },
  case_filed: { weak: ['立案', '立案查处'], takesObject: true },
  voluntary_surrender: { actor: true },
};

const t = (
  code: string,
  kind: FactKind,
  label: string,
  labelTraditional: string,
  labelEn: string,
  aliases: string[],
  aliasesEn: string[],
  headline = true,
): Term => ({ code, kind, label, labelTraditional, labelEn, aliases, aliasesEn, headline, behaviour: BEHAVIOUR[code] ?? {} });

export const TERMS = [
  // Sanctions
  t('discipline_total', 'sanction', '党纪政务处分', '黨紀政務處分', 'party & government sanctions', ['党纪政务处分', '党纪和政务处分', '党纪政纪处分', '处分'], ['party discipline and government sanctions', 'party and government disciplinary sanctions', 'party and government sanctions', 'disciplinary sanctions', 'punished']),
  t('party_discipline', 'sanction', '党纪处分', '黨紀處分', 'party disciplinary sanctions', ['党纪处分'], ['party disciplinary sanctions', 'party disciplinary sanction', 'party discipline sanctions', 'party disciplinary punishment', 'party discipline']),
  t('party_warning', 'sanction', '党内警告', '黨內警告', 'intra-party warning', ['党内警告', '党内警告处分'], ['intra-party warning', 'intra-party warnings', 'inner-party warning', 'party warning', 'warning within the party']),
  t('party_serious_warning', 'sanction', '党内严重警告', '黨內嚴重警告', 'serious intra-party warning', ['党内严重警告', '严重警告'], ['serious intra-party warning', 'serious inner-party warning', 'serious warning', 'serious warnings']),
  t('party_post_removal', 'sanction', '撤销党内职务', '撤銷黨內職務', 'removal from party posts', ['撤销党内职务'], ['removal from party posts', 'removal from party post', 'dismissal from party posts', 'revocation of party posts', 'removed from party posts', 'removed from their party posts', 'removed from party positions']),
  t('party_probation', 'sanction', '留党察看', '留黨察看', 'probation within the party', ['留党察看'], ['probation within the party', 'party probation', 'placed on probation', 'probation', 'placed on probation within the party', 'placed on party probation']),
  t('party_expulsion', 'sanction', '开除党籍', '開除黨籍', 'expulsion from the party', ['开除党籍'], ['expulsion from the party', 'expelled from the party', 'expulsion from party membership']),
  t('gov_sanction', 'sanction', '政务处分', '政務處分', 'government sanctions', ['政务处分', '政纪处分'], ['government sanctions', 'government sanction', 'administrative sanctions', 'administrative sanction', 'government affairs sanctions', 'government disciplinary sanctions']),
  t('gov_warning', 'sanction', '警告', '警告', 'warning', ['政务警告', '行政警告', '警告'], ['government warning', 'administrative warning', 'warnings', 'warning']),
  t('gov_demerit', 'sanction', '记过', '記過', 'demerit', ['记过'], ['demerits', 'demerit', 'recorded demerit']),
  t('gov_major_demerit', 'sanction', '记大过', '記大過', 'major demerit', ['记大过'], ['major demerits', 'major demerit', 'serious demerit']),
  t('gov_demotion', 'sanction', '降级', '降級', 'demotion', ['降级'], ['demotions', 'demotion', 'demoted']),
  t('gov_dismissal', 'sanction', '撤职', '撤職', 'dismissal from post', ['撤职'], ['dismissal from post', 'dismissal from office', 'removal from office', 'dismissals', 'dismissal', 'dismissed']),
  t('gov_expulsion', 'sanction', '开除', '開除', 'expulsion from public office', ['开除公职', '开除'], ['expulsion from public office', 'expelled from public office', 'expulsions', 'expulsion', 'expelled']),
  t('organizational_handling', 'sanction', '组织处理', '組織處理', 'organisational handling', ['组织处理', '调离岗位', '免职', '降职', '停职检查', '组织调整', '责令辞职', '引咎辞职', '调整岗位', '调整职务'], ['organizational handling', 'organisational handling', 'organizational treatment', 'organizational measures', 'organizational adjustment', 'removed from their posts', 'dealt with organizationally', 'handled organizationally', 'organizational processing']),
  t('admonishment', 'sanction', '诫勉', '誡勉', 'admonishment', ['诫勉谈话', '诫勉'], ['admonishment talks', 'admonishment talk', 'admonishments', 'admonishment', 'admonished', 'admonition']),
  t('criticism_education', 'sanction', '批评教育', '批評教育', 'criticism and education', ['批评教育'], ['criticism and education', 'criticized and educated', 'criticised and educated', 'criticism education']),
  t('reminder_talk', 'sanction', '谈话提醒', '談話提醒', 'reminder talk', ['谈话提醒', '提醒谈话', '教育提醒', '谈话教育', '警示谈话'], ['reminder talks', 'reminder talk', 'talking reminders', 'talk reminders', 'reminder conversations', 'education and reminders', 'educational reminders', 'warning talks', 'educated and reminded', 'talked to and reminded']),
  t('ordered_review', 'sanction', '责令检查', '責令檢查', 'ordered self-criticism', ['责令检查', '责令书面检查', '责令作出深刻检查', '责令作出书面检查'], ['ordered to make written self-criticism', 'ordered to make self-criticism', 'ordered to make inspections', 'ordered to conduct self-examination', 'ordered to review', 'ordered to make a written self-criticism', 'ordered to make a self-criticism', 'ordered to make an in-depth self-criticism', 'ordered to make written self-criticisms']),
  t('circulated_criticism', 'sanction', '通报批评', '通報批評', 'circulated criticism', ['通报批评'], ['circulated criticism', 'notified criticism', 'criticized in a circular', 'public criticism', 'notified of criticism', 'notified and criticized', 'criticized by circular', 'circulated for criticism']),
  t('interview', 'sanction', '约谈', '約談', 'interview (yuetan)', ['约谈', '约谈提醒', '约谈教育'], ['interviewed', 'interviews', 'interview', 'summoned for talks']),
  t('accountability', 'sanction', '问责', '問責', 'held accountable', ['追责问责', '党内问责', '问责'], ['held accountable', 'accountability']),
  t('handled', 'sanction', '处理', '處理', 'handled', ['处理', '查处', '查办', '处置'], ['dealt with', 'handled', 'investigated and dealt with', 'criticized, educated and dealt with', 'criticised, educated and dealt with', 'criticized and educated and dealt with', 'criticism, education and handling']),
  t('case_filed', 'sanction', '立案', '立案', 'cases filed', ['立案审查调查', '立案审查', '立案查处', '党纪立案', '转立案', '立案'], ['placed on file for investigation', 'filed for investigation', 'cases filed', 'case filed', 'filed', 'registered for investigation', 'placed on file for review and investigation', 'placed on file for party discipline and government affairs', 'filed for review and investigation', 'transferred to case filing', 'placed on file']),
  t('detention', 'sanction', '留置', '留置', 'detention (liuzhi)', ['留置措施', '留置'], ['detained', 'detention', 'placed in detention', 'retention in custody']),
  t('prosecution_transfer', 'sanction', '移送司法机关', '移送司法機關', 'transferred for prosecution', ['移送司法机关', '移送检察机关', '移送审查起诉'], ['transferred to judicial organs', 'transferred to the judicial authorities', 'transferred to procuratorial organs', 'transferred for prosecution', 'transferred to the procuratorate']),
  t('voluntary_surrender', 'sanction', '主动投案', '主動投案', 'voluntary surrender', ['主动投案'], ['voluntarily surrendered', 'surrendered voluntarily', 'voluntary surrender', 'turned themselves in']),
  // Money (value in yuan)
  t('money_refunded', 'money', '清退', '清退', 'refunded', ['清退款项', '清退违规资金', '收回清退', '应退尽退', '清退', '退还'], ['refunded', 'refund of', 'cleared and refunded', 'returned']),
  t('money_recovered', 'money', '挽回经济损失', '挽回經濟損失', 'losses recovered', ['挽回经济损失', '挽回损失', '挽回', '追缴', '追回', '收缴', '收回资金', '收回', '补缴', '退缴', '退赔'], ['recovered economic losses', 'economic losses recovered', 'recovered losses', 'recovered', 'supplementary payments', 'supplementary payment', 'economic losses were recovered']),
  t('money_fined', 'money', '罚款', '罰款', 'fines', ['罚款', '罚没', '财产刑', '扣除', '扣发', '没收'], ['fines', 'fined', 'penalties', 'deducted', 'confiscated']),
  t('money_seized', 'money', '查冻扣', '查凍扣', 'assets seized or frozen', ['查冻扣涉案资产', '查冻扣', '查封扣押冻结', '查封扣押', '查扣冻', '扣押冻结'], ['seized, frozen and detained', 'seized and frozen', 'assets seized']),
  // Counts of the rectification itself
  t('problems_found', 'count', '反馈问题', '反饋問題', 'problems found', ['反馈问题', '具体问题', '具体表现', '小项问题', '突出问题'], ['problems pointed out', 'specific problems', 'problems found', 'problems identified', 'problems fed back', 'feedback problems', 'pointed out', 'problems were found', 'problems were pointed out', 'problems were fed back']),
  t('problems_rectified', 'count', '完成整改', '完成整改', 'problems rectified', ['完成整改', '整改到位', '整改完成', '整改完毕', '已整改'], ['completed rectification', 'rectification completed']),
  t('measures', 'count', '整改措施', '整改措施', 'rectification measures', ['整改措施', '整改举措'], ['rectification measures', 'rectification initiatives', 'measures']),
  t('rules_made', 'count', '建立完善制度', '建立完善制度', 'rules made or revised', ['建立完善制度', '新制定制度', '修改完善制度', '完善制度', '建章立制', '工作制度', '防控制度'], ['rules and regulations', 'systems established', 'rules', 'systems were established and improved', 'systems established and improved', 'systems were established', 'systems were improved', 'systems have been established', 'prevention and control systems', 'work systems']),
  t('petitions', 'count', '信访件', '信訪件', 'petitions transferred', ['信访举报件', '信访件'], ['petitions', 'letters and visits']),
  t('clues', 'count', '问题线索', '問題線索', 'problem clues', ['问题线索'], ['problem clues', 'clues', 'leads']),
] as const satisfies readonly Term[];

export type Code = (typeof TERMS)[number]['code'];
export const CODES = TERMS.map((x) => x.code) as Code[];

const BY_CODE = new Map<string, Term>(TERMS.map((x) => [x.code, x]));

export function termOf(code: string): Term {
  const term = BY_CODE.get(code);
  if (!term) throw new Error(`unknown code: ${code}`);
  return term;
}

export function isCode(code: string): code is Code {
  return BY_CODE.has(code);
}

/** Units the contract allows for counted things. Money is always 元. */
export const COUNT_UNITS = ['人', '人次', '件', '起', '条', '项', '个'] as const;
