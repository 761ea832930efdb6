// The units and counters a number can carry in a notice, as a regex alternation.

/**
 * Units and counters, written as they appear. Money is written 元 after a token that may carry
 * 万/亿 (185.82万元 → token 185.82万, unit 元). 年 counts only as a duration (二年, 3年); years
 * of dates are excluded before units are tried. 日 and 月 are never units (dates), 个月 and 天 are.
 */
export const UNITS = [
  // quantities with a long form first: the alternation takes the first that matches
  '个百分点', '平方公里', '个工作日', '个季度', '平方米', '立方米', '工作日',
  '人次', '件次', '场次', '批次', '户次', '个月', '小时', '分钟', '公里', '千米', '公顷', '美元', '方面', '周岁',
  '人', '名', '位', '户', '家', '个', '件', '起', '条', '项', '次', '场', '批', '份', '所', '支',
  '处', '座', '台', '辆', '套', '篇', '本', '轮', '宗', '笔', '张', '部', '栋', '间', '亩', '吨',
  '米', '倍', '天', '岁', '块', '年', '元',
] as const;
export type Unit = (typeof UNITS)[number];

/** Money units: the value is in yuan, so 185.82万元 has value 1858200 and unit 元. */
export const MONEY_UNIT = '元';

// Single-character counters that begin common words (处理, 所有, 起草, 支付, 台账, 本级 …):
// the counter is taken only when the next character does not make it such a word.
const NOT_FOLLOWED_BY: Partial<Record<string, string>> = {
  处: '理分级置罚室长',
  所: '有属在以谓得',
  起: '草诉步点始到来',
  支: '付出持撑援',
  台: '账河县山',
  本: '级地部单身届',
  间: '断接',
  名: '义单称额',
  条: '例件款',
  场: '所地景',
  张: '贴',
  年: '度级轻底初末终',
  元: '旦素',
  米: '粮',
  人: '民',
  次: '日',
  个: '别',
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source (non-capturing) matching one unit, longest form first. */
export const UNIT_SOURCE = `(?:${UNITS.map((u) => {
  const not = NOT_FOLLOWED_BY[u];
  return not ? `${escape(u)}(?![${not}])` : escape(u);
}).join('|')})`;
